import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { planStyles } from '../map/walk-planning-layers.ts'

/** The map's key, each drawn from the map's own styles and named in words. */
/** `canPick`: the planner ticks places; others see them all alike. */
export function WalkPlanLegend({ canPick }: { canPick: boolean }) {
  const { t } = useTranslation()
  const { walk, picked, unpicked, route, meetingPoint } = planStyles
  return (
    <section className="gs-legend plan-legend" aria-labelledby="plan-legend-heading">
      <h2 id="plan-legend-heading" className="gs-legend__heading">
        {t('walkPlanning.legend.heading')}
      </h2>
      <ul className="gs-legend__keys">
        <li className="gs-legend__key">
          <Swatch>
            <circle cx="16" cy="10" r="6" fill={meetingPoint.fill} stroke={meetingPoint.stroke} strokeWidth="3" />
            <circle cx="16" cy="10" r="2" fill={meetingPoint.stroke} />
          </Swatch>
          <span>{t('walkPlanning.legend.meetingPoint')}</span>
        </li>
        <li className="gs-legend__key">
          <Swatch>
            <line x1="3" y1="10" x2="29" y2="10" stroke={route.line} strokeWidth={route.width} />
            <circle cx="3.5" cy="10" r="3" fill={route.vertex} stroke={route.line} strokeWidth="1.5" />
            <circle cx="28.5" cy="10" r="3" fill={route.vertex} stroke={route.line} strokeWidth="1.5" />
          </Swatch>
          <span>{t('walkPlanning.legend.route')}</span>
        </li>
        <li className="gs-legend__key">
          <Swatch>
            <line x1="3" y1="7" x2="29" y2="7" stroke={walk.line} strokeWidth={walk.width} />
            <line x1="3" y1="14" x2="29" y2="14" stroke={walk.line} strokeWidth={walk.width} strokeDasharray="6 4" />
          </Swatch>
          <span>{t('walkPlanning.legend.otherWalks')}</span>
        </li>
        {canPick && (
          <li className="gs-legend__key">
            <Swatch>
              <circle cx="16" cy="10" r="8" fill={picked.fill} stroke={picked.stroke} strokeWidth="2" />
              <text x="16" y="13.5" textAnchor="middle" fontSize="10" fontWeight="600" fill={picked.text}>
                1
              </text>
            </Swatch>
            <span>{t('walkPlanning.legend.picked')}</span>
          </li>
        )}
        <li className="gs-legend__key">
          <Swatch>
            <circle cx="16" cy="10" r="8" fill={unpicked.fill} stroke={unpicked.stroke} strokeWidth="2" />
            <text x="16" y="13.5" textAnchor="middle" fontSize="10" fontWeight="600" fill={unpicked.text}>
              6
            </text>
          </Swatch>
          <span>{t(canPick ? 'walkPlanning.legend.unpicked' : 'walkPlanning.legend.place')}</span>
        </li>
      </ul>
    </section>
  )
}

function Swatch({ children }: { children: ReactNode }) {
  return (
    <svg className="legend-swatch" viewBox="0 0 32 20" width="32" height="20" aria-hidden="true" focusable="false">
      {children}
    </svg>
  )
}
