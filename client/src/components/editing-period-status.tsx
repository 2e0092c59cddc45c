import { useTranslation } from 'react-i18next'
import type { MunicipalitySummary } from '../../../server/shared/api/municipality-schemas.ts'
import type { PromisePeriod } from '../../../server/shared/api/promise-schemas.ts'
import { pagePaths } from '../../../server/shared/page-paths.ts'
import { todayInSweden } from '../../../server/today.ts'
import { formatDate } from '../features/format-value.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { intlLocales } from '../i18n/languages.ts'
import { withMunicipality } from '../municipalities/municipality-choice.ts'
import { municipalityTitle } from '../municipalities/municipality-name.ts'
import { publishPeriod } from '../promise-editing/editing-api.ts'
import { AppLink } from '../routing/app-link.tsx'
import { useSession } from '../session/session-context.ts'
import { ConfirmButton } from './confirm-button.tsx'

export const periodHeadingId = 'pe-period-heading'

interface EditingPeriodStatusProps {
  period: PromisePeriod
  /** The police area's municipalities; null while loading. */
  municipalities: readonly MunicipalitySummary[] | null
  /** Names the period's municipality (for those who work in the whole police area). */
  showMunicipality: boolean
  onPublished(period: PromisePeriod): void
}

/**
 * The chosen period's name and whether the public sees it, in words beside the colour. A draft
 * can be published here, in two presses; what publishing means is said before the first one,
 * because it cannot be undone: from then on every change is shown publicly as a correction.
 */
export function EditingPeriodStatus({ period, municipalities, showMunicipality, onPublished }: EditingPeriodStatusProps) {
  const { t } = useTranslation()
  const { call } = useSession()
  const context = useFormatContext()
  const { language } = context
  const published = period.published_at !== null
  const municipality = municipalities?.find((candidate) => candidate.code === period.municipality_code)
  // The public page opens on the period's own municipality, so its chooser and texts match the period.
  const publicPath = withMunicipality(pagePaths.promises, `?period=${period.id}`, period.municipality_code, municipality?.is_default ?? true)
  const publish = async () => onPublished(await publishPeriod(call, period.id))

  return (
    <section className="pe-status" aria-labelledby={periodHeadingId}>
      <h2 id={periodHeadingId} tabIndex={-1} className="pe-status__heading">
        {period.title}
      </h2>
      <p className="pe-status__line">
        <span className={published ? 'pe-tag pe-tag--published' : 'pe-tag pe-tag--draft'}>
          {published ? t('promiseEditing.status.published', { date: formatDate(todayInSweden(new Date(period.published_at ?? '')), intlLocales[language]) }) : t('promiseEditing.status.draft')}
        </span>
        {showMunicipality && municipality && (
          <span className="pe-status__municipality">{t('promiseEditing.status.municipality', { municipality: municipalityTitle(municipality.name, context) })}</span>
        )}
        {published && (
          <AppLink className="pe-status__link" to={publicPath}>
            {t('promiseEditing.status.publicLink')}
          </AppLink>
        )}
      </p>
      <p className="pe-status__note">{t(published ? 'promiseEditing.status.publishedNote' : 'promiseEditing.status.draftNote')}</p>
      {!published && (
        <div className="pe-publish">
          <p id="pe-publish-explain" className="pe-publish__explain">
            {t('promiseEditing.publish.explain')}
          </p>
          <ConfirmButton label={t('promiseEditing.publish.button')} what={t('promiseEditing.publish.what', { title: period.title })} confirmLabel={t('promiseEditing.publish.confirm')} onConfirm={publish} />
        </div>
      )}
    </section>
  )
}
