import { pickStyle, pointStageStyles } from '../map/moderation-layers.ts'
import type { PointStage } from '../map/moderation-layers.ts'
import { layerColours } from '../map/palette.ts'

export interface LegendKey {
  kind: PointStage | 'selected' | 'pick'
  label: string
}

interface ModerationLegendProps {
  id: string
  heading: string
  keys: readonly LegendKey[]
  /** A sentence under the keys (what the numbers beside the points mean). */
  note?: string
}

/** The staff map's key, drawn from the same styles as the map's layers, each named in words. */
export function ModerationLegend({ id, heading, keys, note }: ModerationLegendProps) {
  return (
    <section className="gs-legend mod-legend" aria-labelledby={id}>
      <h2 id={id} className="gs-legend__heading">
        {heading}
      </h2>
      <ul className="gs-legend__keys">
        {keys.map((key) => (
          <li key={key.kind} className="gs-legend__key">
            <PointSwatch kind={key.kind} />
            <span>{key.label}</span>
          </li>
        ))}
      </ul>
      {note && <p className="mod-legend__note">{note}</p>}
    </section>
  )
}

/** Decorative: the text beside it says what it is. */
function PointSwatch({ kind }: { kind: LegendKey['kind'] }) {
  return (
    <svg className="legend-swatch" viewBox="0 0 32 24" width="32" height="24" aria-hidden="true" focusable="false">
      {kind === 'selected' && <circle cx="16" cy="12" r="10" fill="none" stroke={layerColours.selection} strokeWidth="3" />}
      {kind === 'selected' && <circle cx="16" cy="12" r="4.5" fill={pointStageStyles.open.fill} stroke={pointStageStyles.open.stroke} strokeWidth="1.5" />}
      {kind === 'pick' && (
        <>
          <circle cx="16" cy="12" r="9" fill="none" stroke={pickStyle.stroke} strokeWidth="2.5" />
          <circle cx="16" cy="12" r="2.5" fill={pickStyle.stroke} />
        </>
      )}
      {kind !== 'selected' && kind !== 'pick' && (
        <circle
          cx="16"
          cy="12"
          r={pointStageStyles[kind].radius - pointStageStyles[kind].strokeWidth / 2}
          fill={pointStageStyles[kind].fill}
          stroke={pointStageStyles[kind].stroke}
          strokeWidth={pointStageStyles[kind].strokeWidth}
        />
      )}
    </svg>
  )
}
