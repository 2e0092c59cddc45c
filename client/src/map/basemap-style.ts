import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl'
import { NO_FILL_OUTLINE } from './layers.ts'
import { basemapColours } from './palette.ts'

/**
 * The offline basemap: a muted background and the municipality as light land. There is no street
 * or water data, so nothing else is drawn; the overlay adds the boundary line, urban areas and
 * labels. Fonts and sprites come from our own server (`/basemap`), never from the internet.
 */
export function buildBasemapStyle(origin: string): StyleSpecification {
  return {
    version: 8,
    name: 'Trygghetskartan offline',
    glyphs: `${origin}/basemap/fonts/{fontstack}/{range}.pbf`,
    sprite: `${origin}/basemap/sprites/light`,
    sources: {
      municipalities: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': basemapColours.outside } },
      {
        id: 'municipality-land',
        type: 'fill',
        source: 'municipalities',
        paint: { 'fill-color': basemapColours.land, ...NO_FILL_OUTLINE },
      },
    ],
  }
}

export interface Overlay {
  sources: Record<string, SourceSpecification>
  layers: readonly LayerSpecification[]
}

/**
 * Puts the overlay on top of a basemap (ours or an online one). Sources the basemap already has
 * are kept; our glyphs are used only when the basemap has none, so its own labels still work.
 */
export function composeStyle(base: StyleSpecification, overlay: Overlay, origin: string): StyleSpecification {
  const taken = new Set(base.layers.map((layer) => layer.id))
  const clash = overlay.layers.find((layer) => taken.has(layer.id))
  if (clash) throw new Error(`The basemap already has a layer "${clash.id}"`)
  return {
    ...base,
    glyphs: base.glyphs ?? `${origin}/basemap/fonts/{fontstack}/{range}.pbf`,
    sources: { ...overlay.sources, ...base.sources },
    layers: [...base.layers, ...overlay.layers],
  }
}
