import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { MunicipalitySummary } from '../../../server/shared/api/municipality-schemas.ts'
import { navigate } from '../routing/history.ts'
import './municipalities.css'
import { withMunicipality } from './municipality-choice.ts'

interface MunicipalityChooserProps {
  /** The page's path, which the choice keeps. */
  path: string
  search: string
  municipalities: readonly MunicipalitySummary[]
  chosen: MunicipalitySummary
}

/**
 * Which municipality of the police area a public page shows (`?kommun=`). The choice takes effect
 * with the button, not when the list changes, so a keyboard or screen reader user can go through
 * the list without the page changing under them (WCAG 3.2.2). Shown only with several municipalities.
 * When the page shows another one (the button, or back and forward), the list follows it without
 * being made anew, so focus stays on the button that was pressed.
 */
export function MunicipalityChooser({ path, search, municipalities, chosen }: MunicipalityChooserProps) {
  const { t } = useTranslation()
  const [code, setCode] = useState(chosen.code)
  const [shown, setShown] = useState(chosen.code)
  if (shown !== chosen.code) {
    setShown(chosen.code)
    setCode(chosen.code)
  }
  if (municipalities.length < 2) return null

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const target = municipalities.find((municipality) => municipality.code === code)
    if (target) navigate(withMunicipality(path, search, target.code, target.is_default))
  }

  return (
    <form className="municipality-chooser" onSubmit={submit} aria-label={t('municipalities.chooseHint')}>
      <label className="field__label" htmlFor="municipality-chooser">
        {t('municipalities.choose')}
      </label>
      <select id="municipality-chooser" className="field__input field__select" value={code} onChange={(event) => setCode(event.target.value)}>
        {municipalities.map((municipality) => (
          <option key={municipality.code} value={municipality.code}>
            {municipality.name}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--secondary">
        {t('municipalities.show')}
      </button>
    </form>
  )
}
