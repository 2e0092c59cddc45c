import { useTranslation } from 'react-i18next'
import type { ProtocolEntryBody, WalkObservation, WalkProtocol } from '../../../server/shared/api/walk-schemas.ts'
import { factsFromSummary } from '../walk-protocol/walk-facts.ts'
import { WalkProtocolEntry } from './walk-protocol-entry.tsx'
import { WalkProtocolFacts } from './walk-protocol-facts.tsx'
import { WalkProtocolMap } from './walk-protocol-map.tsx'

interface WalkProtocolViewProps {
  protocol: WalkProtocol
  /** Only for those who may edit; without it the protocol is read-only (the public page, the police). */
  onSave?: (observation: WalkObservation, body: ProtocolEntryBody) => Promise<void>
}

/**
 * A walk's protocol, the same for staff and the public and on paper: the walk, its summary, the
 * route with numbered observations, and each observation with its measure. Editors get a form
 * per row; nothing else differs.
 */
export function WalkProtocolView({ protocol, onSave }: WalkProtocolViewProps) {
  const { t } = useTranslation()
  const { walk, observations } = protocol
  const facts = factsFromSummary(walk)
  return (
    <div className="wp-view">
      <div className="wp-view__top">
        <section className="wp-view__facts" aria-labelledby="wp-facts-heading">
          <h2 id="wp-facts-heading" className="wp-section__heading">
            {t('walkProtocol.facts.heading')}
          </h2>
          <WalkProtocolFacts walk={facts} forJoining={false} />
          {walk.protocol_summary && (
            <>
              <h3 className="wp-view__summary-heading">{t('walkProtocol.summary.heading')}</h3>
              <p className="wp-view__summary">{walk.protocol_summary}</p>
            </>
          )}
        </section>
        <WalkProtocolMap walk={facts} observations={observations} />
      </div>
      <section className="wp-observations" aria-labelledby="wp-observations-heading">
        <h2 id="wp-observations-heading" className="wp-section__heading">
          {t('walkProtocol.observations.heading', { count: observations.length })}
        </h2>
        {observations.length === 0 ? (
          <p>{t('walkProtocol.observations.none')}</p>
        ) : (
          <>
            <p className="wp-observations__order">{t('walkProtocol.observations.order')}</p>
            <ol className="wp-observations__list">
              {observations.map((observation, index) => (
                <WalkProtocolEntry key={observation.id} observation={observation} number={index + 1} onSave={onSave} />
              ))}
            </ol>
          </>
        )}
      </section>
    </div>
  )
}
