import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { PeriodSummary } from '../../../server/shared/api/promise-schemas.ts'
import { promisePath } from '../promises/promise-address.ts'
import { navigate } from '../routing/history.ts'
import { SelectField } from './select-field.tsx'

/**
 * Picks one of several published periods. A button confirms the choice, so moving through the
 * list with the keyboard does not change the page under the reader's feet.
 */
export function PromisePeriodChooser({ periods, currentId }: { periods: readonly PeriodSummary[]; currentId: number }) {
  const { t } = useTranslation()
  const [chosen, setChosen] = useState(String(currentId))
  const submit = (event: FormEvent) => {
    event.preventDefault()
    navigate(promisePath({ periodId: Number(chosen), year: null }))
  }
  return (
    <form className="pp-chooser pp-no-print" onSubmit={submit}>
      <SelectField id="pp-period" label={t('promises.chooser.label')} value={chosen} onChange={(event) => setChosen(event.target.value)}>
        {periods.map((period) => (
          <option key={period.id} value={period.id}>
            {period.in_force_until === null ? t('promises.chooser.current', { title: period.title }) : period.title}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="button button--secondary">
        {t('promises.chooser.show')}
      </button>
    </form>
  )
}
