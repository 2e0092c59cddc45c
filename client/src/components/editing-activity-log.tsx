import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PromiseActivity, PromiseProgress } from '../../../server/shared/api/promise-schemas.ts'
import { formatDate } from '../features/format-value.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage } from '../forms/form-problems.ts'
import { intlLocales } from '../i18n/languages.ts'
import { deleteActivity, readPaths } from '../promise-editing/editing-api.ts'
import { focusSoon } from '../promise-editing/focus-soon.ts'
import { useApiGet } from '../promise-editing/use-api-get.ts'
import { useSession } from '../session/session-context.ts'
import { ConfirmButton } from './confirm-button.tsx'
import { activityFormId, EditingActivityForm } from './editing-activity-form.tsx'

interface EditingActivityLogProps {
  promise: PromiseProgress
  onChanged(message: string): Promise<void>
}

/**
 * A promise's activity log, folded away until opened (a period has several promises, and most
 * visits add one entry to one of them); the whole log is fetched when it opens, newest first.
 */
export function EditingActivityLog({ promise, onChanged }: EditingActivityLogProps) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const { call } = useSession()
  const [open, setOpen] = useState(false)
  const log = useApiGet<{ activities: PromiseActivity[] }>(call, open ? readPaths.activities(promise.id) : null)
  const activities = log.data?.activities ?? null
  const listHeadingId = `pe-activities-${promise.id}-heading`
  const locale = intlLocales[context.language]

  // The period is read again too: its activity count and the indicators that count activities change.
  const changed = async (message: string) => {
    await Promise.all([log.refresh(), onChanged(message)])
  }
  const remove = async (activity: PromiseActivity) => {
    await deleteActivity(call, activity.id)
    await changed(t('promiseEditing.activities.removed', { title: activity.title }))
    focusSoon(`${activityFormId(promise)}-title`)
  }

  return (
    <details className="pe-log" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="pe-log__summary">{t('promiseEditing.activities.summary', { count: promise.activity_count })}</summary>
      <div className="pe-log__body">
        <p className="pe-note">{t('promiseEditing.activities.intro')}</p>
        <EditingActivityForm promise={promise} onSaved={changed} />
        <h5 id={listHeadingId} className="pe-log__heading">
          {t('promiseEditing.activities.listHeading')}
        </h5>
        <div role="status" className="status-region">
          {open && !activities && log.error === null && <p>{t('promiseEditing.activities.loading')}</p>}
        </div>
        {log.error !== null && (
          <p role="alert" className="message message--error">
            {t('promiseEditing.activities.loadError', { message: errorMessage(log.error, context) })}
          </p>
        )}
        {activities && activities.length === 0 && <p className="pe-empty">{t('promiseEditing.activities.none')}</p>}
        {activities && activities.length > 0 && (
          <ul className="pe-items" aria-labelledby={listHeadingId}>
            {activities.map((activity) => (
              <li key={activity.id} className="pe-item">
                <p className="pe-item__title">
                  <span className="pe-item__date">{formatDate(activity.happened_on, locale)}</span> {activity.title}
                </p>
                {activity.description && <p className="pe-item__text">{activity.description}</p>}
                <div className="pe-item__actions">
                  <ConfirmButton
                    label={t('promiseEditing.remove')}
                    what={t('promiseEditing.activities.what', { title: activity.title, date: formatDate(activity.happened_on, locale) })}
                    confirmLabel={t('promiseEditing.removeConfirm')}
                    onConfirm={() => remove(activity)}
                  />
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
    </details>
  )
}
