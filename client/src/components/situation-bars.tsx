import { useFormatContext } from '../features/use-format-context.ts'
import type { SituationPeriod } from '../../../server/shared/api/planning-schemas.ts'
import { seriesInWords } from '../situation/situation-rows.ts'

interface SituationBarsProps {
  period: SituationPeriod
  bins: readonly string[]
  series: readonly number[]
  /** Which bins lie in the period shown: drawn dark, the periods before light. */
  current: readonly boolean[]
}

const BAR_WIDTH = 5
const GAP = 2
const HEIGHT = 24

/**
 * A row's counts per week (per month in a year) as small bars, the period shown dark. The bars are
 * a picture for the eye; a screen reader gets the same numbers as text.
 */
export function SituationBars({ period, bins, series, current }: SituationBarsProps) {
  const context = useFormatContext()
  const max = Math.max(1, ...series)
  const width = Math.max(1, bins.length * (BAR_WIDTH + GAP) - GAP)
  return (
    <span className="sp-bars">
      <svg className="sp-bars__picture" viewBox={`0 0 ${width} ${HEIGHT}`} width={width} height={HEIGHT} preserveAspectRatio="none" aria-hidden="true" focusable="false">
        {bins.map((bin, index) => {
          const value = series[index] ?? 0
          // A zero is a thin line on the baseline, so an empty week is seen as one and not as missing.
          const height = value === 0 ? 1 : Math.max(2, (value / max) * HEIGHT)
          return (
            <rect
              key={bin}
              x={index * (BAR_WIDTH + GAP)}
              y={HEIGHT - height}
              width={BAR_WIDTH}
              height={height}
              className={current[index] ? 'sp-bars__bar sp-bars__bar--current' : 'sp-bars__bar'}
            />
          )
        })}
      </svg>
      <span className="visually-hidden">{seriesInWords(period, bins, series, context)}</span>
    </span>
  )
}
