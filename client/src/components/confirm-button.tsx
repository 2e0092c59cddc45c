import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage } from '../forms/form-problems.ts'

interface ConfirmButtonProps {
  /** The button's words, e.g. "Ta bort"; `what` names the thing for screen readers. */
  label: string
  what: string
  confirmLabel: string
  onConfirm(): Promise<void>
}

/**
 * A removal in two presses: the first asks, the second removes. No browser dialog, so it reads
 * well with a screen reader and works the same on a phone; focus moves to the question.
 */
export function ConfirmButton({ label, what, confirmLabel, onConfirm }: ConfirmButtonProps) {
  const { t } = useTranslation()
  const [asking, setAsking] = useState(false)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const context = useFormatContext()
  const confirmRef = useRef<HTMLButtonElement>(null)
  const startRef = useRef<HTMLButtonElement>(null)
  const wasAsking = useRef(false)

  useEffect(() => {
    if (asking) confirmRef.current?.focus()
    else if (wasAsking.current) startRef.current?.focus()
    wasAsking.current = asking
  }, [asking])

  if (!asking) {
    return (
      <>
        <button ref={startRef} type="button" className="button button--secondary button--small" onClick={() => setAsking(true)}>
          {label}
          <span className="visually-hidden"> {what}</span>
        </button>
        {failure && (
          <span role="alert" className="message--error gs-confirm__error">
            {failure}
          </span>
        )}
      </>
    )
  }
  const confirm = async () => {
    if (busy) return
    setBusy(true)
    setFailure(null)
    try {
      await onConfirm()
    } catch (error) {
      setFailure(errorMessage(error, context))
    } finally {
      setBusy(false)
      setAsking(false)
    }
  }
  return (
    <span className="gs-confirm">
      <button ref={confirmRef} type="button" className="button button--danger button--small" aria-disabled={busy || undefined} onClick={() => void confirm()}>
        {busy ? t('form.busy') : confirmLabel}
        <span className="visually-hidden"> {what}</span>
      </button>
      <button type="button" className="button button--secondary button--small" onClick={() => setAsking(false)}>
        {t('grannsamverkan.cancel')}
      </button>
    </span>
  )
}
