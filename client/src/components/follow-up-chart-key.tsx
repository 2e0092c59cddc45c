import { seriesLooks } from '../survey/year-chart.ts'
import type { ChartSeries } from './follow-up-year-chart.tsx'

/** The key of a chart with two series: each line's pattern and point beside its name. */
export function FollowUpChartKey({ series }: { series: readonly ChartSeries[] }) {
  return (
    <ul className="fu-key">
      {series.map((item) => {
        const look = seriesLooks[item.look]
        return (
          <li key={item.label} className="fu-key__item">
            <svg className="fu-key__swatch" viewBox="0 0 32 14" width="32" height="14" aria-hidden="true" focusable="false">
              <line x1="1" x2="31" y1="7" y2="7" stroke={look.stroke} strokeWidth={look.width} strokeDasharray={look.dash} />
              {item.look === 'main' ? <circle cx="16" cy="7" r="4.5" fill={look.stroke} stroke="#ffffff" strokeWidth="1.5" /> : <rect x="12" y="3" width="8" height="8" fill="#ffffff" stroke={look.stroke} strokeWidth="2" />}
            </svg>
            <span>{item.label}</span>
          </li>
        )
      })}
    </ul>
  )
}
