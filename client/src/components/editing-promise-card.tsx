import { useTranslation } from 'react-i18next'
import type { PromiseProgress } from '../../../server/shared/api/promise-schemas.ts'
import { deletePromise } from '../promise-editing/editing-api.ts'
import { useSession } from '../session/session-context.ts'
import { ConfirmButton } from './confirm-button.tsx'
import { EditingActivityLog } from './editing-activity-log.tsx'
import { EditingIndicatorList } from './editing-indicator-list.tsx'
import { EditingPromiseForm } from './editing-promise-form.tsx'

export const promiseEditId = (promise: PromiseProgress) => `pe-promise-${promise.id}-edit`

interface EditingPromiseCardProps {
  periodId: number
  promise: PromiseProgress
  published: boolean
  /** This promise's own form is open in place of its text. */
  editing: boolean
  onEdit(): void
  onSaved(message: string): Promise<void>
  onCancel(): void
  /** Says what happened once the period is read again. */
  onChanged(message: string): Promise<void>
  onRemoved(message: string): Promise<void>
}

/** One promise: its text and who answers for it (or the form that changes them), its indicators and its activity log. */
export function EditingPromiseCard(props: EditingPromiseCardProps) {
  const { periodId, promise, published, editing, onChanged } = props
  const { t } = useTranslation()
  const { call } = useSession()
  const headingId = `pe-promise-${promise.id}-heading`

  const remove = async () => {
    await deletePromise(call, promise.id)
    await props.onRemoved(t('promiseEditing.promises.removed', { position: promise.position }))
  }

  return (
    <article className="pe-promise" aria-labelledby={headingId}>
      <h3 id={headingId} className="pe-promise__heading">
        {t('promiseEditing.promises.itemHeading', { position: promise.position })}
      </h3>
      {editing ? (
        <EditingPromiseForm periodId={periodId} promise={promise} published={published} nextPosition={promise.position} onSaved={props.onSaved} onCancel={props.onCancel} />
      ) : (
        <>
          <p className="pe-promise__text">{promise.text}</p>
          <p className="pe-item__meta">
            {t('promiseEditing.promises.responsibleLine', { who: t(`promiseEditing.responsible.${promise.responsible}`) })}
            {promise.responsible_text && (
              <>
                {' · '}
                {t('promiseEditing.promises.responsibleWords', { words: promise.responsible_text })}
              </>
            )}
          </p>
          <div className="pe-item__actions">
            <button id={promiseEditId(promise)} type="button" className="button button--secondary button--small" onClick={props.onEdit}>
              {t('promiseEditing.edit')}
              <span className="visually-hidden"> {t('promiseEditing.promises.what', { position: promise.position })}</span>
            </button>
            {!published && (
              <ConfirmButton
                label={t('promiseEditing.remove')}
                what={t('promiseEditing.promises.removeWhat', { position: promise.position })}
                confirmLabel={t('promiseEditing.removeConfirm')}
                onConfirm={remove}
              />
            )}
          </div>
          {published && <p className="pe-note">{t('promiseEditing.promises.removeLocked')}</p>}
        </>
      )}
      <EditingIndicatorList promise={promise} published={published} onChanged={onChanged} />
      <EditingActivityLog promise={promise} onChanged={onChanged} />
    </article>
  )
}
