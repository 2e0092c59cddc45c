import { layerColours } from './palette.ts'

export type MarkerShape = 'circle' | 'triangle' | 'square'

/** A map symbol drawn in code, so shapes (not only colours) tell features apart without image files. */
export interface MarkerSpec {
  id: string
  shape: MarkerShape
  fill: string
  stroke: string
  /** Width and height in CSS pixels. */
  size: number
  /** Outline width in CSS pixels. */
  strokeWidth: number
}

/** Raw RGBA pixels, the form `map.addImage` takes. */
export interface MarkerImage {
  id: string
  width: number
  height: number
  pixelRatio: number
  data: Uint8Array
}

export const markerIds = {
  observationSafe: 'marker-observation-safe',
  observationUnsafe: 'marker-observation-unsafe',
  measureDone: 'marker-measure-done',
  measurePlanned: 'marker-measure-planned',
  measureRejected: 'marker-measure-rejected',
} as const

export const markerSpecs: readonly MarkerSpec[] = [
  { id: markerIds.observationSafe, shape: 'circle', fill: layerColours.observationSafe, stroke: layerColours.markerStroke, size: 18, strokeWidth: 2 },
  { id: markerIds.observationUnsafe, shape: 'triangle', fill: layerColours.observationUnsafe, stroke: layerColours.markerStroke, size: 22, strokeWidth: 2 },
  { id: markerIds.measureDone, shape: 'square', fill: layerColours.measure, stroke: layerColours.markerStroke, size: 18, strokeWidth: 2 },
  { id: markerIds.measurePlanned, shape: 'square', fill: '#ffffff', stroke: layerColours.measureLine, size: 18, strokeWidth: 4 },
  { id: markerIds.measureRejected, shape: 'square', fill: '#ffffff', stroke: layerColours.measureRejected, size: 16, strokeWidth: 3 },
]

// Sub-samples per pixel side: 4 × 4 gives smooth edges at a negligible cost for a few icons.
const SAMPLES = 4

/** Draws a marker at `pixelRatio` (2 keeps it sharp on phones). */
export function renderMarker(spec: MarkerSpec, pixelRatio = 2): MarkerImage {
  const side = Math.round(spec.size * pixelRatio)
  const data = new Uint8Array(side * side * 4)
  const fill = parseHex(spec.fill)
  const stroke = parseHex(spec.stroke)
  const radius = side / 2
  const inner = Math.max(0, (spec.size / 2 - spec.strokeWidth) / (spec.size / 2))
  const centre = shapeCentre[spec.shape]

  for (let py = 0; py < side; py += 1) {
    for (let px = 0; px < side; px += 1) {
      let outerHits = 0
      let innerHits = 0
      for (let sy = 0; sy < SAMPLES; sy += 1) {
        for (let sx = 0; sx < SAMPLES; sx += 1) {
          // Normalised coordinates: -1..1 across the image, y pointing down.
          const x = (px + (sx + 0.5) / SAMPLES - radius) / radius
          const y = (py + (sy + 0.5) / SAMPLES - radius) / radius
          if (!inside(spec.shape, x, y)) continue
          outerHits += 1
          if (inner > 0 && inside(spec.shape, (x - centre.x) / inner + centre.x, (y - centre.y) / inner + centre.y)) innerHits += 1
        }
      }
      if (outerHits === 0) continue
      const strokeHits = outerHits - innerHits
      const offset = (py * side + px) * 4
      for (let channel = 0; channel < 3; channel += 1) {
        data[offset + channel] = Math.round(((fill[channel] ?? 0) * innerHits + (stroke[channel] ?? 0) * strokeHits) / outerHits)
      }
      data[offset + 3] = Math.round((255 * outerHits) / (SAMPLES * SAMPLES))
    }
  }
  return { id: spec.id, width: side, height: side, pixelRatio, data }
}

// Where a shape is scaled from when its outline is drawn: the centroid keeps the outline even.
const shapeCentre: Record<MarkerShape, { x: number; y: number }> = {
  circle: { x: 0, y: 0 },
  square: { x: 0, y: 0 },
  triangle: { x: 0, y: (-0.95 + 0.8 + 0.8) / 3 },
}

function inside(shape: MarkerShape, x: number, y: number): boolean {
  switch (shape) {
    case 'circle':
      return x * x + y * y <= 0.92 * 0.92
    case 'square':
      return Math.abs(x) <= 0.8 && Math.abs(y) <= 0.8
    case 'triangle':
      return insideTriangle(x, y, [0, -0.95], [0.95, 0.8], [-0.95, 0.8])
  }
}

type Vertex = readonly [number, number]

function insideTriangle(x: number, y: number, a: Vertex, b: Vertex, c: Vertex): boolean {
  const side = (p: Vertex, q: Vertex) => (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0])
  const ab = side(a, b)
  const bc = side(b, c)
  const ca = side(c, a)
  return (ab >= 0 && bc >= 0 && ca >= 0) || (ab <= 0 && bc <= 0 && ca <= 0)
}

function parseHex(colour: string): [number, number, number] {
  const match = /^#([0-9a-f]{6})$/i.exec(colour)
  if (!match?.[1]) throw new Error(`Expected a #rrggbb colour, got ${colour}`)
  const value = Number.parseInt(match[1], 16)
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255]
}
