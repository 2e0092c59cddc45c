import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { measureStatusOrder, measureStyles } from '../map/measure-layers.ts'

/** The map's key, drawn from the map's own styles and named in words: a point and a line per status, and the shape being drawn. */
export function MeasureLegend({ drawing }: { drawing: boolean }) {
  const { t } = useTranslation()
  const statuses = [...measureStatusOrder].reverse()
  return (
    <section className="gs-legend ms-legend" aria-labelledby="ms-legend-heading">
      <h2 id="ms-legend-heading" className="gs-legend__heading">
        {t('measures.legend.heading')}
      </h2>
      <ul className="gs-legend__keys">
        {statuses.map((status) => {
          const style = measureStyles.status[status]
          return (
            <li key={status} className="gs-legend__key">
              <Swatch>
                <line x1="2" y1="10" x2="17" y2="10" stroke={style.line} strokeWidth={Math.min(style.lineWidth, 3.5)} strokeDasharray={style.dash ? style.dash.map((part) => part * 3).join(' ') : undefined} />
                {status === 'done' && <line x1="2" y1="10" x2="17" y2="10" stroke={style.fill} strokeWidth="1.5" />}
                <circle cx="25" cy="10" r={Math.min(style.pointRadius, 7)} fill={style.pointFill} stroke={style.pointStroke} strokeWidth={Math.min(style.pointStrokeWidth, 3)} />
              </Swatch>
              <span>{t(`measures.legend.${status}`)}</span>
            </li>
          )
        })}
        {drawing && (
          <li className="gs-legend__key">
            <Swatch>
              <rect x="3" y="3" width="26" height="14" fill={measureStyles.drawing.fill} fillOpacity="0.2" stroke={measureStyles.drawing.line} strokeWidth="2.5" />
              <circle cx="3" cy="3" r="2.5" fill={measureStyles.drawing.vertex} stroke={measureStyles.drawing.line} strokeWidth="1.5" />
              <circle cx="29" cy="17" r="2.5" fill={measureStyles.drawing.vertex} stroke={measureStyles.drawing.line} strokeWidth="1.5" />
            </Swatch>
            <span>{t('measures.legend.drawing')}</span>
          </li>
        )}
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
