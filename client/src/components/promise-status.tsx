import { useTranslation } from 'react-i18next'
import type { YearStatus } from '../../../server/shared/api/promise-schemas.ts'
import { statusKey } from '../promises/indicator-years.ts'

/** A year's verdict as a word with an icon and a colour: the word carries it, the rest helps the eye. */
export function PromiseStatus({ status }: { status: YearStatus }) {
  const { t } = useTranslation()
  return (
    <span className={`pp-status pp-status--${status}`}>
      <StatusIcon status={status} />
      {t(statusKey(status))}
    </span>
  )
}

// Three different shapes, so the statuses differ in black and white and for colour-blind readers.
function StatusIcon({ status }: { status: YearStatus }) {
  return (
    <svg className="pp-status__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {status === 'met' && <path d="M3 8.5l3.2 3.2L13 4.8" fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" />}
      {status === 'not_met' && <path d="M4 4l8 8M12 4l-8 8" fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />}
      {status === 'in_progress' && (
        <>
          <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M8 4.5V8l2.5 1.8" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </>
      )}
    </svg>
  )
}
