import { useTranslation } from 'react-i18next'
import { formatShortDateTime } from '../features/format-value.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { intlLocales } from '../i18n/languages.ts'
import type { QueueSummary } from '../walk-field/observation-queue.ts'
import type { StorageHealth } from '../walk-field/observation-sender.ts'

interface WalkFieldQueueSummaryProps {
  summary: QueueSummary
  storage: StorageHealth
  onRetry(): void
}

/**
 * Says plainly what waits on the phone and what has reached the server, near the top where it is
 * seen. It is a live region, so the change from "2 waiting" to "all sent" is announced.
 */
export function WalkFieldQueueSummary({ summary, storage, onRetry }: WalkFieldQueueSummaryProps) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const locale = intlLocales[context.language]
  return (
    <div className="wf-summary">
      <div role="status" className="wf-summary__status">
        {summary.waiting > 0 && <p className="wf-summary__waiting">{t('walkField.queue.waiting', { count: summary.waiting })}</p>}
        {summary.problems > 0 && <p className="wf-summary__problems">{t('walkField.queue.problems', { count: summary.problems })}</p>}
        {summary.waiting === 0 && summary.problems === 0 && summary.lastSentAt && (
          <p className="wf-summary__sent">{t('walkField.queue.allSent', { time: formatShortDateTime(summary.lastSentAt, locale) })}</p>
        )}
      </div>
      {storage !== 'ok' && (
        <p role="alert" className="wf-warning">
          {t(storage === 'full' ? 'walkField.queue.storageFull' : 'walkField.queue.storageUnavailable')}
        </p>
      )}
      {summary.waiting > 0 && (
        <button type="button" className="button button--secondary wf-button" onClick={onRetry}>
          {t('walkField.queue.retry')}
        </button>
      )}
    </div>
  )
}
