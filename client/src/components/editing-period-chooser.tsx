import { useTranslation } from 'react-i18next'
import type { MunicipalitySummary } from '../../../server/shared/api/municipality-schemas.ts'
import type { PeriodSummary } from '../../../server/shared/api/promise-schemas.ts'
import { pagePaths } from '../../../server/shared/page-paths.ts'
import { editingSearchFor } from '../promise-editing/editing-search.ts'
import { AppLink } from '../routing/app-link.tsx'

interface EditingPeriodChooserProps {
  periods: readonly PeriodSummary[]
  /** The period shown; null while a new one is being written. */
  selectedId: number | null
  creating: boolean
  /** Given when the list holds several municipalities' periods (the police, admins): each option names its municipality. */
  municipalities: readonly MunicipalitySummary[] | null
  onChoose(periodId: number): void
}

/** Which period the page edits, drafts included (each option says whether it is public), and the way to a new one. */
export function EditingPeriodChooser({ periods, selectedId, creating, municipalities, onChoose }: EditingPeriodChooserProps) {
  const { t } = useTranslation()
  const nameOf = (code: string) => municipalities?.find((municipality) => municipality.code === code)?.name
  const label = (period: PeriodSummary) => {
    const municipality = nameOf(period.municipality_code)
    if (municipality === undefined) return t(period.published_at ? 'promiseEditing.chooser.published' : 'promiseEditing.chooser.draft', { title: period.title })
    return t(period.published_at ? 'promiseEditing.chooser.publishedIn' : 'promiseEditing.chooser.draftIn', { title: period.title, municipality })
  }
  return (
    <div className="pe-chooser">
      {periods.length > 0 && (
        <div className="pe-chooser__field">
          <label htmlFor="pe-period-choice" className="field__label">
            {t('promiseEditing.chooser.label')}
          </label>
          <p id="pe-period-choice-hint" className="field__hint">
            {t('promiseEditing.chooser.hint')}
          </p>
          <select
            id="pe-period-choice"
            className="field__input field__select"
            aria-describedby="pe-period-choice-hint"
            value={selectedId === null ? '' : String(selectedId)}
            onChange={(event) => onChoose(Number(event.target.value))}
          >
            {selectedId === null && <option value="">{t('promiseEditing.chooser.newPeriod')}</option>}
            {periods.map((period) => (
              <option key={period.id} value={period.id}>
                {label(period)}
              </option>
            ))}
          </select>
        </div>
      )}
      {!creating && (
        <p className="pe-chooser__new">
          <AppLink className="button-link button--secondary" to={`${pagePaths.promiseEditing}${editingSearchFor({ creating: true })}`}>
            {t('promiseEditing.chooser.newPeriod')}
          </AppLink>
        </p>
      )}
    </div>
  )
}
