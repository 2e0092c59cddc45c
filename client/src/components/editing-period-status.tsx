import { useTranslation } from 'react-i18next'
import type { PromisePeriod } from '../../../server/shared/api/promise-schemas.ts'
import { pagePaths } from '../../../server/shared/page-paths.ts'
import { todayInSweden } from '../../../server/today.ts'
import { formatDate } from '../features/format-value.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { intlLocales } from '../i18n/languages.ts'
import { publishPeriod } from '../promise-editing/editing-api.ts'
import { AppLink } from '../routing/app-link.tsx'
import { useSession } from '../session/session-context.ts'
import { ConfirmButton } from './confirm-button.tsx'

export const periodHeadingId = 'pe-period-heading'

interface EditingPeriodStatusProps {
  period: PromisePeriod
  onPublished(period: PromisePeriod): void
}

/**
 * The chosen period's name and whether the public sees it, in words beside the colour. A draft
 * can be published here, in two presses; what publishing means is said before the first one,
 * because it cannot be undone: from then on every change is shown publicly as a correction.
 */
export function EditingPeriodStatus({ period, onPublished }: EditingPeriodStatusProps) {
  const { t } = useTranslation()
  const { call } = useSession()
  const { language } = useFormatContext()
  const published = period.published_at !== null
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
        {published && (
          <AppLink className="pe-status__link" to={`${pagePaths.promises}?period=${period.id}`}>
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
