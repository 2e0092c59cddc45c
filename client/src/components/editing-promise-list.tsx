import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PromisePage, PromiseProgress } from '../../../server/shared/api/promise-schemas.ts'
import { focusSoon } from '../promise-editing/focus-soon.ts'
import { nextPosition } from '../promise-editing/form-result.ts'
import { EditingPromiseCard, promiseEditId } from './editing-promise-card.tsx'
import { EditingPromiseForm, promiseFormId } from './editing-promise-form.tsx'

const addId = 'pe-promise-add'
export const promisesHeadingId = 'pe-promises-heading'

interface EditingPromiseListProps {
  page: PromisePage
  /** Says what happened once the period is read again. */
  onChanged(message: string): Promise<void>
}

/** The period's promises in order, each changed in place, and a new one added last; one promise form open at a time. */
export function EditingPromiseList({ page, onChanged }: EditingPromiseListProps) {
  const { t } = useTranslation()
  const [open, setOpen] = useState<number | 'new' | null>(null)
  const published = page.period.published_at !== null

  const start = (promise: PromiseProgress | null) => {
    setOpen(promise ? promise.id : 'new')
    focusSoon(`${promiseFormId(promise)}-position`)
  }
  const close = (promise: PromiseProgress | null) => {
    setOpen(null)
    focusSoon(promise ? promiseEditId(promise) : addId)
  }
  const saved = async (promise: PromiseProgress | null, message: string) => {
    setOpen(null)
    await onChanged(message)
    focusSoon(promise ? promiseEditId(promise) : addId)
  }

  return (
    <section className="pe-part" aria-labelledby={promisesHeadingId}>
      <h2 id={promisesHeadingId}>{t('promiseEditing.promises.heading')}</h2>
      <p className="pe-part__intro">{t('promiseEditing.promises.intro')}</p>
      {page.promises.length === 0 && <p className="pe-empty">{t('promiseEditing.promises.none')}</p>}
      {page.promises.map((promise) => (
        <EditingPromiseCard
          key={promise.id}
          periodId={page.period.id}
          promise={promise}
          published={published}
          editing={open === promise.id}
          onEdit={() => start(promise)}
          onSaved={(message) => saved(promise, message)}
          onCancel={() => close(promise)}
          onChanged={onChanged}
          onRemoved={async (message) => {
            await onChanged(message)
            focusSoon(addId)
          }}
        />
      ))}
      {open === 'new' ? (
        <EditingPromiseForm
          periodId={page.period.id}
          promise={null}
          published={published}
          nextPosition={nextPosition(page.promises)}
          onSaved={(message) => saved(null, message)}
          onCancel={() => close(null)}
        />
      ) : (
        <p>
          <button id={addId} type="button" className="button" onClick={() => start(null)}>
            {t('promiseEditing.promises.add')}
          </button>
        </p>
      )}
    </section>
  )
}
