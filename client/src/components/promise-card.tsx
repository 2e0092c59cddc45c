import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PromiseCorrection, PromiseProgress } from '../../../server/shared/api/promise-schemas.ts'
import { correctionsOf } from '../promises/correction-changes.ts'
import { PromiseActivities } from './promise-activities.tsx'
import { PromiseCorrectedMark } from './promise-corrected-mark.tsx'
import { PromiseIndicatorTable } from './promise-indicator-table.tsx'
import { PromiseResponsible } from './promise-responsible.tsx'

interface PromiseCardProps {
  promise: PromiseProgress
  endYear: number
  stillInForce: boolean
  corrections: readonly PromiseCorrection[]
}

/** One promise: its words, who answers for it, each indicator year by year, and what was done. */
export function PromiseCard({ promise, endYear, stillInForce, corrections }: PromiseCardProps) {
  const { t } = useTranslation()
  const [expanded, setExpanded] = useState(false)
  const [asks, setAsks] = useState(0)
  const expand = () => {
    setExpanded(true)
    setAsks((value) => value + 1)
  }
  const headingId = `pp-promise-${promise.id}`
  const indicators = [...promise.indicators].sort((a, b) => a.position - b.position)
  return (
    <article className="pp-card" aria-labelledby={headingId} data-promise={promise.id}>
      <div className="pp-card__top">
        <h3 id={headingId} className="pp-card__heading">
          {t('promises.promise.heading', { position: promise.position })}
        </h3>
        <PromiseCorrectedMark corrections={correctionsOf(corrections, 'promise', promise.id)} />
      </div>
      <p className="pp-card__text" lang="sv">
        {promise.text}
      </p>
      <PromiseResponsible promise={promise} />
      <div className="pp-card__body">
        {indicators.length === 0 ? (
          <p className="pp-muted">{t('promises.promise.noIndicators')}</p>
        ) : (
          <div className="pp-card__indicators">
            {indicators.map((indicator) => (
              <PromiseIndicatorTable
                key={indicator.id}
                indicator={indicator}
                promiseId={promise.id}
                endYear={endYear}
                stillInForce={stillInForce}
                corrections={correctionsOf(corrections, 'promise_indicator', indicator.id)}
                onShowActivities={expand}
              />
            ))}
          </div>
        )}
        <PromiseActivities promise={promise} expanded={expanded} asks={asks} onExpand={expand} onCollapse={() => setExpanded(false)} />
      </div>
    </article>
  )
}
