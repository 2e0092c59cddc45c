import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { MeasureEffect } from '../../../server/shared/api/planning-schemas.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { effectBars } from '../measures/effect-chart.ts'
import type { EffectBarKey } from '../measures/effect-chart.ts'
import { effectNumbers } from '../measures/effect-verdict.ts'

const width = 300
const height = 170
const top = 22
const bottom = 30
const barWidth = 62
const gap = (width - 3 * barWidth) / 4

// Before grey, after dark orange (the measures' colour), expected a white bar with a dashed edge: told apart by fill and edge, not hue alone.
const barStyle: Record<EffectBarKey, { fill: string; stroke: string; dash?: string }> = {
  before: { fill: '#6b6b6b', stroke: '#3f3f3f' },
  after: { fill: '#8a5a00', stroke: '#5a3b00' },
  expected: { fill: '#ffffff', stroke: '#1a1a1a', dash: '5 3' },
}

/**
 * The effect as three bars: places near the measure before and after it, and the count expected
 * after had they followed the rest of the municipality. A picture with its numbers in its
 * description; the table beside it has the same numbers for those who do not see it.
 */
export function MeasureEffectChart({ effect, radius }: { effect: MeasureEffect; radius: number }) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const format = effectNumbers(context)
  const titleId = useId()
  const descId = useId()
  const { bars } = effectBars(effect)
  const plot = height - top - bottom
  const label = (key: EffectBarKey) => t(`measures.effect.chart.${key}`)
  const value = (key: EffectBarKey, number: number | null) => (number === null ? t('measures.effect.chart.unknown') : key === 'expected' ? format.expected(number) : format.count(number))
  const description = bars.map((bar) => `${label(bar.key)}: ${value(bar.key, bar.value)}`).join(', ')

  return (
    <svg className="ms-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${titleId} ${descId}`} focusable="false">
      <title id={titleId}>{t('measures.effect.chart.title', { radius })}</title>
      <desc id={descId}>{description}</desc>
      <line x1="0" y1={height - bottom} x2={width} y2={height - bottom} stroke="#1a1a1a" strokeWidth="1.5" />
      {bars.map((bar, index) => {
        const x = gap + index * (barWidth + gap)
        const barHeight = Math.max(bar.value === null || bar.value === 0 ? 0 : 2, bar.share * plot)
        const y = height - bottom - barHeight
        const style = barStyle[bar.key]
        return (
          <g key={bar.key}>
            {barHeight > 0 && <rect x={x} y={y} width={barWidth} height={barHeight} fill={style.fill} stroke={style.stroke} strokeWidth="2" strokeDasharray={style.dash} />}
            <text x={x + barWidth / 2} y={y - 6} textAnchor="middle" fontSize="14" fontWeight="600" fill="#1a1a1a">
              {value(bar.key, bar.value)}
            </text>
            <text x={x + barWidth / 2} y={height - bottom + 18} textAnchor="middle" fontSize="13" fill="#1a1a1a">
              {label(bar.key)}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
