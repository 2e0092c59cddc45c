import { useTranslation } from 'react-i18next'
import type { PromiseProgress } from '../../../server/shared/api/promise-schemas.ts'
import { errorMessage } from '../forms/form-problems.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { activitiesId } from '../promises/indicator-links.ts'
import { hasAllActivities } from '../promises/year-activities.ts'
import { useAllActivities } from '../promises/use-all-activities.ts'
import { PromiseActivityList } from './promise-activity-list.tsx'

interface PromiseActivitiesProps {
  promise: PromiseProgress
  /** Whether the reader asked for every activity. */
  expanded: boolean
  /** How many times the reader has asked: asking again after a failure tries again. */
  asks: number
  onExpand(): void
  onCollapse(): void
}

/** A promise's latest activities, and all of them on request, loaded only then. */
export function PromiseActivities({ promise, expanded, asks, onExpand, onCollapse }: PromiseActivitiesProps) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const all = useAllActivities(promise.id, expanded ? asks : null)
  const showingAll = expanded && all.activities !== null
  const shown = showingAll ? (all.activities ?? []) : promise.latest_activities
  const listId = `${activitiesId(promise.id)}-lista`
  const more = !hasAllActivities(promise)
  return (
    <section id={activitiesId(promise.id)} className="pp-activities" aria-labelledby={`${activitiesId(promise.id)}-rubrik`}>
      <h4 id={`${activitiesId(promise.id)}-rubrik`} className="pp-activities__heading">
        {showingAll ? t('promises.activities.headingAll') : t('promises.activities.heading')}
      </h4>
      {shown.length === 0 ? <p className="pp-muted">{t('promises.activities.none')}</p> : <PromiseActivityList id={listId} activities={shown} />}
      <div role="status" className="status-region pp-no-print">
        {all.loading && <p>{t('promises.activities.loading')}</p>}
        {showingAll && <p className="visually-hidden">{t('promises.activities.shown', { total: shown.length, position: promise.position })}</p>}
      </div>
      {all.error !== null && expanded && (
        <p role="alert" className="message message--error">
          {t('promises.activities.loadError', { message: errorMessage(all.error, context) })}
        </p>
      )}
      {more && (
        <button
          type="button"
          className="button button--secondary pp-no-print"
          aria-expanded={showingAll}
          aria-controls={shown.length > 0 ? listId : undefined}
          onClick={expanded && all.error === null ? onCollapse : onExpand}
        >
          {expanded && all.error === null ? t('promises.activities.showLatest') : t('promises.activities.showAll', { total: promise.activity_count })}
        </button>
      )}
    </section>
  )
}
