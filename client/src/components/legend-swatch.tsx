import type { Swatch } from '../map/legend-entries.ts'
import { markerSpecs } from '../map/marker-images.ts'

const dashes = { solid: undefined, dashed: '5 3', dotted: '0.5 3.5', 'dash-dot': '7 3 1.5 3' } as const

/** A small picture of how a legend key looks on the map; decorative, the text beside it explains. */
export function LegendSwatch({ swatch }: { swatch: Swatch }) {
  return (
    <svg className="legend-swatch" viewBox="0 0 32 20" width="32" height="20" aria-hidden="true" focusable="false">
      {renderSwatch(swatch)}
    </svg>
  )
}

function renderSwatch(swatch: Swatch) {
  switch (swatch.kind) {
    case 'area':
      return (
        <rect
          x="2"
          y="2"
          width="28"
          height="16"
          rx="2"
          fill={swatch.fill}
          fillOpacity={swatch.fillOpacity}
          stroke={swatch.line}
          strokeWidth="2"
          strokeDasharray={dashes[swatch.pattern]}
          strokeLinecap="round"
        />
      )
    case 'line':
      return (
        <>
          {swatch.casing && <line x1="2" y1="10" x2="30" y2="10" stroke="#9a9a9a" strokeWidth="7" strokeLinecap="round" />}
          {swatch.casing && <line x1="2" y1="10" x2="30" y2="10" stroke={swatch.casing} strokeWidth="5.5" strokeLinecap="round" />}
          <line x1="3" y1="10" x2="29" y2="10" stroke={swatch.colour} strokeWidth="3.5" strokeDasharray={dashes[swatch.pattern]} />
        </>
      )
    case 'circle':
      return <circle cx="16" cy="10" r="6" fill={swatch.fill} stroke={swatch.stroke} strokeWidth={swatch.strokeWidth ?? 1.5} />
    case 'density':
      // Rings from the edge inwards, as the density surface darkens towards its middle.
      return (
        <>
          {swatch.colours.map((colour, index) => (
            <ellipse key={colour} cx="16" cy="10" rx={14 - index * 2.6} ry={9 - index * 1.7} fill={colour} />
          ))}
        </>
      )
    case 'marker': {
      const marker = markerSpecs.find((spec) => spec.id === swatch.markerId)
      if (!marker) return null
      const half = marker.size / 2 - marker.strokeWidth / 2
      const common = { fill: marker.fill, stroke: marker.stroke, strokeWidth: marker.strokeWidth * 0.8 }
      if (marker.shape === 'circle') return <circle cx="16" cy="10" r={half * 0.85} {...common} />
      if (marker.shape === 'square') return <rect x={16 - half * 0.85} y={10 - half * 0.85} width={half * 1.7} height={half * 1.7} {...common} />
      return <polygon points="16,1.5 24.5,17.5 7.5,17.5" strokeLinejoin="round" {...common} />
    }
  }
}
