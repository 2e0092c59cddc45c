import { useId } from 'react'
import type { ChartFrame } from '../survey/year-chart.ts'
import { labelledYears, labelSides, linePath, seriesLooks, valueTicks, valueY, yearPositions } from '../survey/year-chart.ts'

export interface ChartSeries {
  label: string
  values: readonly (number | null)[]
  /** 'main': Kristinehamn, a solid dark line with round points; 'compare': Sweden, dashed grey with squares. */
  look: 'main' | 'compare'
}

interface FollowUpYearChartProps {
  /** What the chart shows, with its scale: the picture's name for a screen reader. */
  title: string
  years: readonly number[]
  /** A line under each year ("n = 40"), or none. */
  notes?: readonly string[]
  /** One or two series: the second is drawn for comparison. */
  series: readonly ChartSeries[]
  domain: readonly [number, number]
  format(value: number): string
  /** The scale's labels, when they read differently from the values ("4" beside a mean of "3,4"). */
  formatTick?(value: number): string
  /** Marked levels of the scale (SCB's 40, 55, 75) as dotted lines, their values at the right edge; the text beside the chart says what they mean. */
  guides?: readonly number[]
  /** The values in words, for the picture's description. */
  description: string
}

const baseFrame: ChartFrame = { width: 320, height: 190, left: 38, right: 18, top: 22, bottom: 44 }
// Year labels closer than this (in the chart's units) would run into each other.
const YEAR_LABEL_GAP = 34
// With more years than this the values are only in the table: numbers on every point would crowd.
const MAX_VALUE_LABELS = 8

/**
 * A small line chart of values per year on a stated scale, drawn as SVG like the other charts of
 * the app (no chart library). The picture has a name and a description; the same numbers are in a
 * table beside it. The series differ by line pattern and point shape, not colour alone.
 */
export function FollowUpYearChart({ title, years, notes, series, domain, format, formatTick = format, guides = [], description }: FollowUpYearChartProps) {
  const titleId = useId()
  const descId = useId()
  // Room on the right for the guides' values.
  const frame = guides.length > 0 ? { ...baseFrame, right: 30 } : baseFrame
  const xs = yearPositions(years, frame)
  const shown = labelledYears(xs, YEAR_LABEL_GAP)
  const ticks = valueTicks(domain)
  const plotRight = frame.width - frame.right
  const baseline = frame.height - frame.bottom
  const withValues = years.length <= MAX_VALUE_LABELS
  const main = series.find((item) => item.look === 'main')?.values ?? []
  const compare = series.find((item) => item.look === 'compare')?.values ?? []
  const sides = labelSides(main, compare)

  return (
    <svg className="fu-chart" viewBox={`0 0 ${frame.width} ${frame.height}`} role="img" aria-labelledby={`${titleId} ${descId}`} focusable="false">
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      {ticks.map((tick) => {
        const y = valueY(tick, domain, frame)
        return (
          <g key={tick}>
            <line x1={frame.left} x2={plotRight} y1={y} y2={y} stroke="#d5d9de" strokeWidth="1" />
            <text x={frame.left - 6} y={y + 4} textAnchor="end" fontSize="11" fill="#4a545e">
              {formatTick(tick)}
            </text>
          </g>
        )
      })}
      {guides.map((guide) => {
        const y = valueY(guide, domain, frame)
        return (
          <g key={guide}>
            <line x1={frame.left} x2={plotRight} y1={y} y2={y} stroke="#4a545e" strokeWidth="1.25" strokeDasharray="2 3" />
            <text x={plotRight + 4} y={y + 4} fontSize="11" fill="#1a1a1a">
              {guide}
            </text>
          </g>
        )
      })}
      <line x1={frame.left} x2={plotRight} y1={baseline} y2={baseline} stroke="#1a1a1a" strokeWidth="1.5" />
      {years.map((year, index) => {
        const x = xs[index] ?? 0
        return (
          <g key={year}>
            <line x1={x} x2={x} y1={baseline} y2={baseline + 4} stroke="#1a1a1a" strokeWidth="1" />
            {shown[index] && (
              <text x={x} y={baseline + 17} textAnchor="middle" fontSize="12" fill="#1a1a1a">
                {year}
              </text>
            )}
            {shown[index] && notes?.[index] && (
              <text x={x} y={baseline + 31} textAnchor="middle" fontSize="10.5" fill="#4a545e">
                {notes[index]}
              </text>
            )}
          </g>
        )
      })}
      {/* The comparison first, so Kristinehamn's line is drawn on top of it. */}
      {[...series].reverse().map((item) => {
        const look = seriesLooks[item.look]
        const points = item.values.map((value, index) => (value === null ? null : { x: xs[index] ?? 0, y: valueY(value, domain, frame) }))
        return (
          <g key={item.label}>
            <path d={linePath(points)} fill="none" stroke={look.stroke} strokeWidth={look.width} strokeDasharray={look.dash} strokeLinejoin="round" />
            {points.map((point, index) => {
              if (!point) return null
              const below = sides[index]?.[item.look] === 'below'
              return (
                <g key={years[index]}>
                  {item.look === 'main' ? (
                    <circle cx={point.x} cy={point.y} r="4.5" fill={look.stroke} stroke="#ffffff" strokeWidth="1.5" />
                  ) : (
                    <rect x={point.x - 4} y={point.y - 4} width="8" height="8" fill="#ffffff" stroke={look.stroke} strokeWidth="2" />
                  )}
                  {withValues && (
                    <text
                      x={point.x}
                      y={below ? point.y + 18 : point.y - 9}
                      textAnchor={index === 0 && years.length > 1 ? 'start' : index === years.length - 1 && years.length > 1 ? 'end' : 'middle'}
                      fontSize="12"
                      fontWeight={item.look === 'main' ? 600 : 400}
                      fill="#1a1a1a"
                      stroke="#ffffff"
                      strokeWidth="3"
                      paintOrder="stroke"
                    >
                      {format(item.values[index] as number)}
                    </text>
                  )}
                </g>
              )
            })}
          </g>
        )
      })}
    </svg>
  )
}
