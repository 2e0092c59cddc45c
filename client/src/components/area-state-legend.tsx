import { useTranslation } from 'react-i18next'
import { areaStates } from '../grannsamverkan/area-state.ts'
import type { AreaState } from '../grannsamverkan/area-state.ts'
import { areaStateStyles } from '../map/grannsamverkan-layers.ts'

/** The map's key: each state's colour, outline pattern and hatching, named in words. */
export function AreaStateLegend() {
  const { t } = useTranslation()
  return (
    <section className="gs-legend" aria-labelledby="gs-legend-heading">
      <h2 id="gs-legend-heading" className="gs-legend__heading">
        {t('grannsamverkan.legend.heading')}
      </h2>
      <ul className="gs-legend__keys">
        {areaStates.map((state) => (
          <li key={state} className="gs-legend__key">
            <StateSwatch state={state} />
            <span>{t(`grannsamverkan.states.${state}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}

function StateSwatch({ state }: { state: AreaState }) {
  const style = areaStateStyles[state]
  const patternId = `gs-legend-hatch-${state}`
  // The map's dashes are in line widths (2.5 px there); the swatch uses the same proportions.
  const dash = style.dash ? style.dash.map((part) => part * 2.5).join(' ') : undefined
  return (
    <svg className="legend-swatch" viewBox="0 0 32 20" width="32" height="20" aria-hidden="true" focusable="false">
      {style.hatched && (
        <defs>
          <pattern id={patternId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
            <line x1="0" y1="0" x2="0" y2="6" stroke={style.line} strokeWidth="2" />
          </pattern>
        </defs>
      )}
      <rect x="2" y="2" width="28" height="16" rx="2" fill={style.fill} fillOpacity="0.3" />
      {style.hatched && <rect x="2" y="2" width="28" height="16" rx="2" fill={`url(#${patternId})`} />}
      <rect x="2" y="2" width="28" height="16" rx="2" fill="none" stroke={style.line} strokeWidth="2.5" strokeDasharray={dash} />
    </svg>
  )
}
