import { useTranslation } from 'react-i18next'
import { areaStates } from '../grannsamverkan/area-state.ts'
import type { AreaState } from '../grannsamverkan/area-state.ts'
import { areaStateStyles, coverageStyle, importPreviewStyle } from '../map/grannsamverkan-layers.ts'

interface AreaStateLegendProps {
  /** The coverage switch; absent while the coverage has not arrived (or could not be fetched). */
  coverage?: { shown: boolean; onToggle(shown: boolean): void }
  /** An import's preview is on the map: its two keys are added. */
  importShown?: boolean
}

export const coverageToggleId = 'gs-coverage-toggle'

/**
 * The map's key: each state's colour, outline pattern and hatching, named in words; and the switch
 * for coverage, with its own two keys (cross-hatched uncovered parts, rings for hints).
 */
export function AreaStateLegend({ coverage, importShown = false }: AreaStateLegendProps) {
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
        {importShown && (
          <>
            <li className="gs-legend__key">
              <ImportSwatch ok />
              <span>{t('grannsamverkan.import.legendOk')}</span>
            </li>
            <li className="gs-legend__key">
              <ImportSwatch ok={false} />
              <span>{t('grannsamverkan.import.legendProblem')}</span>
            </li>
          </>
        )}
      </ul>
      {coverage && (
        <div className="gs-legend__coverage">
          <div className="gs-check gs-legend__toggle">
            <input
              id={coverageToggleId}
              className="gs-check__input"
              type="checkbox"
              checked={coverage.shown}
              onChange={(event) => coverage.onToggle(event.target.checked)}
            />
            <label htmlFor={coverageToggleId} className="gs-check__label">
              {t('grannsamverkan.coverage.toggle')}
            </label>
          </div>
          <ul className="gs-legend__keys">
            <li className="gs-legend__key">
              <UncoveredSwatch />
              <span>{t('grannsamverkan.coverage.legendUncovered')}</span>
            </li>
            <li className="gs-legend__key">
              <svg className="legend-swatch" viewBox="0 0 32 20" width="32" height="20" aria-hidden="true" focusable="false">
                <circle cx="16" cy="10" r="5.5" fill={coverageStyle.hintFill} stroke={coverageStyle.hintStroke} strokeWidth="3" />
              </svg>
              <span>{t('grannsamverkan.coverage.legendHint')}</span>
            </li>
          </ul>
        </div>
      )}
    </section>
  )
}

function UncoveredSwatch() {
  const patternId = 'gs-legend-cross-hatch'
  const dash = coverageStyle.uncoveredDash.map((part) => part * 2.5).join(' ')
  return (
    <svg className="legend-swatch" viewBox="0 0 32 20" width="32" height="20" aria-hidden="true" focusable="false">
      <defs>
        <pattern id={patternId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="6" stroke={coverageStyle.uncoveredHatch} strokeWidth="1.5" />
          <line x1="0" y1="0" x2="6" y2="0" stroke={coverageStyle.uncoveredHatch} strokeWidth="1.5" />
        </pattern>
      </defs>
      <rect x="2" y="2" width="28" height="16" rx="2" fill={`url(#${patternId})`} />
      <rect x="2" y="2" width="28" height="16" rx="2" fill="none" stroke={coverageStyle.uncoveredLine} strokeWidth="2.5" strokeDasharray={dash} strokeLinecap="round" />
    </svg>
  )
}

function ImportSwatch({ ok }: { ok: boolean }) {
  const style = ok ? importPreviewStyle.ok : importPreviewStyle.problem
  const patternId = `gs-legend-import-${ok ? 'ok' : 'problem'}`
  const dash = ok ? undefined : importPreviewStyle.problem.dash.map((part) => part * 3.5).join(' ')
  return (
    <svg className="legend-swatch" viewBox="0 0 32 20" width="32" height="20" aria-hidden="true" focusable="false">
      {!ok && (
        <defs>
          <pattern id={patternId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line x1="0" y1="0" x2="0" y2="6" stroke={style.line} strokeWidth="1.5" />
            <line x1="0" y1="0" x2="6" y2="0" stroke={style.line} strokeWidth="1.5" />
          </pattern>
        </defs>
      )}
      <rect x="2" y="2" width="28" height="16" rx="2" fill={style.fill} fillOpacity="0.25" />
      {!ok && <rect x="2" y="2" width="28" height="16" rx="2" fill={`url(#${patternId})`} />}
      <rect x="2" y="2" width="28" height="16" rx="2" fill="none" stroke={style.line} strokeWidth="3" strokeDasharray={dash} />
    </svg>
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
