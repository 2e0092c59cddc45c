import { useTranslation } from 'react-i18next'
import type { QueuedObservation } from '../walk-field/observation-queue.ts'
import { WalkFieldQueueItem } from './walk-field-queue-item.tsx'

interface WalkFieldQueueProps {
  /** This walk's observations from this phone, in queue order. */
  items: readonly QueuedObservation[]
  sendingId: string | null
  onFix(item: QueuedObservation): void
  onDiscard(item: QueuedObservation): Promise<void>
}

export const queueHeadingId = 'wf-queue-heading'

/** This phone's observations on the walk, the latest first. */
export function WalkFieldQueue({ items, sendingId, onFix, onDiscard }: WalkFieldQueueProps) {
  const { t } = useTranslation()
  return (
    <section className="wf-section" aria-labelledby={queueHeadingId}>
      <h2 id={queueHeadingId} tabIndex={-1} className="wf-section__heading">
        {t('walkField.queue.heading')}
      </h2>
      {items.length === 0 ? (
        <p>{t('walkField.queue.none')}</p>
      ) : (
        <ul className="wf-list">
          {[...items].reverse().map((item) => (
            <WalkFieldQueueItem key={item.clientId} item={item} sending={item.clientId === sendingId} onFix={onFix} onDiscard={onDiscard} />
          ))}
        </ul>
      )}
    </section>
  )
}
