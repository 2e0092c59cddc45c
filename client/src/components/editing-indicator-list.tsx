import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { IndicatorProgress, PromiseProgress } from '../../../server/shared/api/promise-schemas.ts'
import { deleteIndicator } from '../promise-editing/editing-api.ts'
import { focusSoon } from '../promise-editing/focus-soon.ts'
import { nextPosition } from '../promise-editing/form-result.ts'
import { useSession } from '../session/session-context.ts'
import { ConfirmButton } from './confirm-button.tsx'
import { EditingIndicatorForm, indicatorFormId } from './editing-indicator-form.tsx'

interface EditingIndicatorListProps {
  promise: PromiseProgress
  published: boolean
  /** Says what happened once the period is read again. */
  onChanged(message: string): Promise<void>
}

/** A promise's indicators, each changed in place; one form open at a time. Removal only while the period is a draft. */
export function EditingIndicatorList({ promise, published, onChanged }: EditingIndicatorListProps) {
  const { t } = useTranslation()
  const { call } = useSession()
  const [open, setOpen] = useState<number | 'new' | null>(null)
  const headingId = `pe-indicators-${promise.id}-heading`
  const addId = `pe-indicator-add-${promise.id}`
  const editId = (indicator: IndicatorProgress) => `pe-indicator-${indicator.id}-edit`

  const start = (target: IndicatorProgress | null) => {
    setOpen(target ? target.id : 'new')
    focusSoon(`${indicatorFormId(promise, target)}-position`)
  }
  const close = (target: IndicatorProgress | null) => {
    setOpen(null)
    focusSoon(target ? editId(target) : addId)
  }
  const saved = async (target: IndicatorProgress | null, message: string) => {
    setOpen(null)
    await onChanged(message)
    focusSoon(target ? editId(target) : addId)
  }
  const remove = async (indicator: IndicatorProgress) => {
    await deleteIndicator(call, indicator.id)
    await onChanged(t('promiseEditing.indicators.removed', { label: indicator.label }))
    focusSoon(addId)
  }

  const form = (indicator: IndicatorProgress | null) => (
    <EditingIndicatorForm
      promise={promise}
      indicator={indicator}
      published={published}
      nextPosition={nextPosition(promise.indicators)}
      onSaved={(message) => saved(indicator, message)}
      onCancel={() => close(indicator)}
    />
  )

  return (
    <section className="pe-sub" aria-labelledby={headingId}>
      <h4 id={headingId} className="pe-sub__heading">
        {t('promiseEditing.indicators.heading')}
      </h4>
      {promise.indicators.length === 0 && <p className="pe-empty">{t('promiseEditing.indicators.none')}</p>}
      {promise.indicators.length > 0 && (
        <ul className="pe-items">
          {promise.indicators.map((indicator) => (
            <li key={indicator.id} className="pe-item">
              {open === indicator.id ? (
                form(indicator)
              ) : (
                <>
                  <p className="pe-item__title">
                    {indicator.position}. {indicator.label}
                  </p>
                  <p className="pe-item__meta">
                    {t(`promiseEditing.kinds.${indicator.kind}`)} ·{' '}
                    {indicator.target_per_year === null
                      ? t('promiseEditing.indicators.targetAny')
                      : t('promiseEditing.indicators.targetValue', { target: indicator.target_per_year })}
                  </p>
                  <div className="pe-item__actions">
                    <button id={editId(indicator)} type="button" className="button button--secondary button--small" onClick={() => start(indicator)}>
                      {t('promiseEditing.edit')}
                      <span className="visually-hidden"> {t('promiseEditing.indicators.what', { label: indicator.label })}</span>
                    </button>
                    {!published && (
                      <ConfirmButton
                        label={t('promiseEditing.remove')}
                        what={t('promiseEditing.indicators.what', { label: indicator.label })}
                        confirmLabel={t('promiseEditing.removeConfirm')}
                        onConfirm={() => remove(indicator)}
                      />
                    )}
                  </div>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {open === 'new' ? (
        form(null)
      ) : (
        <p>
          <button id={addId} type="button" className="button button--secondary" onClick={() => start(null)}>
            {t('promiseEditing.indicators.add')}
            <span className="visually-hidden"> {t('promiseEditing.indicators.addTo', { position: promise.position })}</span>
          </button>
        </p>
      )}
    </section>
  )
}
