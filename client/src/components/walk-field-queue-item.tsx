import { useTranslation } from 'react-i18next'
import { formatShortDateTime } from '../features/format-value.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { intlLocales } from '../i18n/languages.ts'
import type { QueuedObservation } from '../walk-field/observation-queue.ts'
import { FAR_FROM_ROUTE_METRES } from '../walks/walk-options.ts'
import { ConfirmButton } from './confirm-button.tsx'

interface WalkFieldQueueItemProps {
  item: QueuedObservation
  sending: boolean
  onFix(item: QueuedObservation): void
  onDiscard(item: QueuedObservation): Promise<void>
}

/** One observation from this phone: waiting, sent (with a warning far from the route) or refused, with the server's words. */
export function WalkFieldQueueItem({ item, sending, onFix, onDiscard }: WalkFieldQueueItemProps) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const locale = intlLocales[context.language]
  const title = t('titles.observation', {
    assessment: t(`values.assessment.${item.body.assessment}`),
    category: t(`values.category.${item.body.category}`),
  })
  const noted = formatShortDateTime(item.createdAt, locale)
  const problem = item.problem
  const problemText = problem ? (context.language === 'sv' ? problem.messageSv || problem.messageEn : problem.messageEn || problem.messageSv) : ''
  const fieldTexts = (problem?.fields ?? []).map((field) => (context.language === 'sv' ? field.message_sv : field.message))

  let state = t('walkField.queue.stateWaiting')
  if (sending) state = t('walkField.queue.stateSending')
  else if (item.sent) state = t('walkField.queue.stateSent', { time: formatShortDateTime(item.sent.at, locale) })

  return (
    <li className={`wf-item wf-item--${item.state}`}>
      <p className="wf-item__title">
        {title}
        {item.body.photo && <span className="wf-item__meta"> ({t('walkField.queue.withPhoto')})</span>}
      </p>
      <p className="wf-item__meta">
        {noted}
        {item.body.description && ` · ${item.body.description}`}
      </p>
      {item.state !== 'problem' && <p className="wf-item__state">{state}</p>}
      {item.sent?.farFromRoute && <p className="wf-warning">{t('walkField.queue.far', { metres: FAR_FROM_ROUTE_METRES })}</p>}
      {problem && (
        <>
          <p className="wf-item__problem">{t('walkField.queue.refused', { message: [problemText || t('errors.unknown'), ...fieldTexts].join(' ') })}</p>
          <div className="wf-item__actions">
            {correctable(problem.code) && (
              <button type="button" className="button button--secondary wf-button" onClick={() => onFix(item)}>
                {t('walkField.queue.fix')}
                <span className="visually-hidden"> {title}</span>
              </button>
            )}
            <ConfirmButton label={t('walkField.queue.discard')} what={title} confirmLabel={t('walkField.queue.discardConfirm')} onConfirm={() => onDiscard(item)} />
          </div>
        </>
      )}
    </li>
  )
}

/** Refusals about the walk, not the observation: correcting it would not help, only removing it. */
const correctable = (code: string) => !['walk_closed', 'walk_not_found', 'observation_elsewhere'].includes(code)
