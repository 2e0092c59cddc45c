import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { CandidateSite, HotspotResult } from '../../../server/shared/api/planning-schemas.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { formulaInWords } from '../planning/score-words.ts'
import type { ScoreWeights } from '../planning/score-words.ts'
import { readableDate } from '../planning/site-words.ts'
import { PlanningSiteItem } from './planning-site-item.tsx'

interface PlanningSiteListProps {
  result: HotspotResult | null
  /** The weights the result was counted with. */
  weights: ScoreWeights | null
  loading: boolean
  selectedRank: number | null
  canCreate: boolean
  onShow(site: CandidateSite): void
  onCreate(site: CandidateSite): void
  /** The export buttons, shown once there is a result. */
  exports: ReactNode
}

/**
 * The candidate sites by rank. The formula is said once in plain words above the list, and each
 * site repeats it with its own numbers; an empty selection says "no data" rather than failing.
 */
export function PlanningSiteList(props: PlanningSiteListProps) {
  const { result, weights, loading, selectedRank, canCreate, onShow, onCreate, exports } = props
  const { t } = useTranslation()
  const context = useFormatContext()
  const empty = result !== null && result.evidence_count === 0
  const noClusters = result !== null && !empty && result.sites.length === 0
  return (
    <section className="gs-section pl-sites" aria-labelledby="pl-sites-heading">
      <h2 id="pl-sites-heading" className="gs-section__heading">
        {t('planning.result.heading')}
      </h2>
      <div role="status" className="status-region pl-sites__status">
        {!result && loading && <p>{t('planning.result.loading')}</p>}
        {result && !empty && (
          <p className="pl-sites__summary">
            {t('planning.result.summary', {
              count: result.evidence_count,
              from: readableDate(result.period.from, context),
              to: readableDate(result.period.to, context),
              noise: result.noise_count,
            })}{' '}
            {t('planning.result.clusters', { count: result.sites.length })}
          </p>
        )}
        {empty && (
          <div className="pl-sites__empty">
            <p className="pl-sites__empty-title">{t('planning.result.noData')}</p>
            <p>{t('planning.result.noDataHint')}</p>
          </div>
        )}
        {noClusters && (
          <div className="pl-sites__empty">
            <p className="pl-sites__empty-title">{t('planning.result.noClusters')}</p>
            <p>{t('planning.result.noClustersHint')}</p>
          </div>
        )}
      </div>
      {weights && (
        <div className="pl-formula">
          <h3 className="pl-formula__heading">{t('planning.result.formulaHeading')}</h3>
          <p>{formulaInWords(weights, context)}</p>
          <p className="pl-formula__places">{t('planning.result.places')}</p>
        </div>
      )}
      {result && weights && result.sites.length > 0 && (
        <ol className="pl-sites__list" aria-label={t('planning.result.listLabel')}>
          {result.sites.map((site) => (
            <PlanningSiteItem
              key={site.rank}
              site={site}
              weights={weights}
              selected={site.rank === selectedRank}
              canCreate={canCreate}
              onShow={() => onShow(site)}
              onCreate={() => onCreate(site)}
            />
          ))}
        </ol>
      )}
      {result && exports}
    </section>
  )
}
