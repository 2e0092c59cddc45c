import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { promisePath } from '../promises/promise-address.ts'
import { navigate } from '../routing/history.ts'
import { SelectField } from './select-field.tsx'

interface PromisePrintControlsProps {
  periodId: number
  /** The followed-up years, oldest first. */
  years: readonly number[]
  /** The year of the report on screen; null on the whole page. */
  year: number | null
  /** The year offered first: the last whole year, or the only one there is. */
  suggested: number
}

/**
 * Choose a year for the printable yearly follow-up. The year goes in the address (`?ar=`), so the
 * report can be linked, reloaded and printed again the same.
 */
export function PromisePrintControls({ periodId, years, year, suggested }: PromisePrintControlsProps) {
  const { t } = useTranslation()
  const [chosen, setChosen] = useState(String(year ?? suggested))
  const submit = (event: FormEvent) => {
    event.preventDefault()
    navigate(promisePath({ periodId, year: Number(chosen) }))
  }
  const newestFirst = [...years].sort((a, b) => b - a)
  return (
    <form className="pp-print-form" onSubmit={submit}>
      <SelectField id="pp-report-year" label={t('promises.print.year')} value={chosen} onChange={(event) => setChosen(event.target.value)}>
        {newestFirst.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="button button--secondary">
        {year === null ? t('promises.print.show') : t('promises.print.otherYear')}
      </button>
    </form>
  )
}
