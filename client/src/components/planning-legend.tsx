import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormatContext } from '../features/use-format-context.ts'
import { planningStyles } from '../map/planning-layers.ts'
import { hexClassRanges } from '../planning/hex-classes.ts'
import { formatNumber } from '../planning/score-words.ts'

interface PlanningLegendProps {
  hexVisible: boolean
  onHexVisible(visible: boolean): void
  /** The cell size and half-life of the grid shown; null before one has come. */
  grid: { cell_m: number; half_life_days: number; cells: number } | null
  hexLoading: boolean
  hexError: string | null
}

/** The map's key, each drawn from the map's own styles and named in words; the grid's ramp in numbers. */
export function PlanningLegend({ hexVisible, onHexVisible, grid, hexLoading, hexError }: PlanningLegendProps) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const { cluster, selected, rank, rankSelected, centrum, hexRamp, hexOpacity } = planningStyles
  const n = (value: number) => formatNumber(value, context)
  return (
    <section className="gs-legend pl-legend" aria-labelledby="pl-legend-heading">
      <h2 id="pl-legend-heading" className="gs-legend__heading">
        {t('planning.legend.heading')}
      </h2>
      <ul className="gs-legend__keys">
        <li className="gs-legend__key">
          <Swatch>
            <rect x="2" y="2" width="28" height="16" rx="5" fill={cluster.fill} fillOpacity={cluster.fillOpacity} stroke={cluster.line} strokeWidth="2" />
            <circle cx="16" cy="10" r="6.5" fill={rank.fill} stroke={rank.stroke} strokeWidth="1.5" />
            <text x="16" y="13" textAnchor="middle" fontSize="8.5" fontWeight="600" fill={rank.text}>
              1
            </text>
          </Swatch>
          <span>{t('planning.legend.cluster')}</span>
        </li>
        <li className="gs-legend__key">
          <Swatch>
            <rect x="2" y="2" width="28" height="16" rx="5" fill={selected.fill} fillOpacity={selected.fillOpacity} stroke={selected.line} strokeWidth="3" />
            <circle cx="16" cy="10" r="6.5" fill={rankSelected.fill} stroke={rankSelected.stroke} strokeWidth="1.5" />
            <text x="16" y="13" textAnchor="middle" fontSize="8.5" fontWeight="600" fill={rankSelected.text}>
              1
            </text>
          </Swatch>
          <span>{t('planning.legend.selected')}</span>
        </li>
        <li className="gs-legend__key">
          <Swatch>
            <rect x="2" y="2" width="28" height="16" rx="2" fill={centrum.fill} fillOpacity={0.4} stroke={centrum.line} strokeWidth="2" strokeDasharray="5 3" />
          </Swatch>
          <span>{t('planning.legend.centrum')}</span>
        </li>
      </ul>
      <div className="gs-legend__coverage pl-legend__hex">
        <div className="pl-legend__hex-row">
          <div className="gs-check pl-legend__toggle">
            <input id="pl-hex-toggle" className="gs-check__input" type="checkbox" checked={hexVisible} onChange={(event) => onHexVisible(event.target.checked)} />
            <label htmlFor="pl-hex-toggle" className="gs-check__label gs-legend__toggle">
              {t('planning.legend.hexToggle')}
            </label>
          </div>
          {hexVisible && grid && <p className="pl-legend__hex-heading">{t('planning.legend.hexHeading', { cell: grid.cell_m })}</p>}
        </div>
        {hexVisible && (
          <>
            {grid && (
              <>
                <ul className="pl-ramp" aria-label={t('planning.legend.hexHeading', { cell: grid.cell_m })}>
                  {hexClassRanges().map((range, index) => (
                    <li key={index} className="pl-ramp__class">
                      <svg className="pl-ramp__swatch" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
                        <rect x="0.5" y="0.5" width="19" height="19" fill={hexRamp[index]} fillOpacity={hexOpacity} stroke="#5c5c5c" strokeWidth="1" />
                      </svg>
                      <span>
                        {range.from === null
                          ? t('planning.legend.classBelow', { to: n(range.to ?? 0) })
                          : range.to === null
                            ? t('planning.legend.classAbove', { from: n(range.from) })
                            : t('planning.legend.classRange', { from: n(range.from), to: n(range.to) })}
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            )}
            {hexError && <p className="message message--error pl-legend__error">{hexError}</p>}
          </>
        )}
        <div className="pl-legend__notes">
          {hexVisible && grid && <p className="pl-legend__explain">{t('planning.legend.hexExplain', { days: grid.half_life_days })} </p>}
          <div role="status" className="status-region pl-legend__status">
            {hexVisible && (hexLoading ? <p>{t('planning.legend.hexLoading')}</p> : grid && <p>{t('planning.legend.hexCount', { count: grid.cells })}</p>)}
          </div>
        </div>
      </div>
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
