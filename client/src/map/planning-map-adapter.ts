import { bbox } from '@turf/turf'
import type { FeatureCollection } from 'geojson'
import type { GeoJSONSource, MapMouseEvent } from 'maplibre-gl'
import type { MapFeatureCollection } from '../data/collections.ts'
import type { SiteFeatures } from '../planning/site-features.ts'
import { createFlatMap } from './flat-map.ts'
import type { MapTestHook, MapText } from './map-adapter.ts'
import { planningClusterLayerId, planningHexLayerIds, planningOverlaySources, planningRankLayerId, planningSources, planningStyleLayers } from './planning-layers.ts'

/**
 * The one module that owns the planning map: the clusters with their ranks, the chosen one, the
 * density grid (shown or hidden) and the centrum zone. It reports clicks on a cluster and the box
 * the map shows after every move (the grid is fetched for that box). Components only call this
 * API; nothing here knows about React.
 */
export interface PlanningMap {
  setBackground(municipalities: MapFeatureCollection | undefined, urbanAreas: MapFeatureCollection | undefined): void
  setCentrum(zones: MapFeatureCollection | undefined): void
  /** null while the first answer is on its way. */
  setSites(sites: SiteFeatures | null): void
  setHexGrid(cells: FeatureCollection | null): void
  setHexVisible(visible: boolean): void
  /** Moves the camera so the site's outline is in view. */
  showSite(rank: number): void
  setText(text: MapText): void
  destroy(): void
}

export type Box = [number, number, number, number]

export interface PlanningMapOptions {
  container: HTMLElement
  basemapStyleUrl: string | null
  text: MapText
  /** A click on a cluster (its rank) or on the empty map (null). */
  onSiteClick(rank: number | null): void
  /** The box the map shows [minLon, minLat, maxLon, maxLat], once loaded and after every move. */
  onViewChange(box: Box): void
}

// A finger is less precise than a mouse: search this many pixels around a click.
const CLICK_TOLERANCE_PX = 8
// Close enough to see the streets around a cluster, with some of the town.
const SITE_MAX_ZOOM = 17

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches
const emptyCollection: FeatureCollection = { type: 'FeatureCollection', features: [] }

export function createPlanningMap(options: PlanningMapOptions): PlanningMap {
  const overlay = { sources: planningOverlaySources(), layers: planningStyleLayers }
  let text = options.text
  let background: { municipalities?: MapFeatureCollection; urbanAreas?: MapFeatureCollection } = {}
  let centrum: MapFeatureCollection | undefined
  let sites: SiteFeatures | null = null
  let hexGrid: FeatureCollection | null = null
  let hexVisible = true
  let styleReady = false
  // The first clusters to arrive are brought into view; after that the planner moves the map.
  let fitted = false

  const flat = createFlatMap({ container: options.container, basemapStyleUrl: options.basemapStyleUrl, overlay, text })
  const map = flat.map

  const hook: MapTestHook = {
    map,
    dataLoaded: false,
    layerIds: {
      municipalities: ['pl-municipality-line'],
      'urban-areas': ['pl-urban-areas-fill'],
      'focus-zones': ['pl-centrum-fill', 'pl-centrum-line'],
      'watch-areas': [],
      'safety-walks': [],
      'walk-observations': [],
      reports: [planningClusterLayerId, ...planningHexLayerIds],
      measures: [],
    },
    whenIdle: () =>
      new Promise<void>((resolve) => {
        map.once('idle', () => resolve())
        map.triggerRepaint()
      }),
  }
  window.__trygghetskartan = hook

  map.on('style.load', () => {
    styleReady = true
    applyBackground()
    applySites()
    applyHex()
  })
  map.on('load', () => reportView())
  map.on('moveend', () => reportView())

  map.on('click', (event: MapMouseEvent) => options.onSiteClick(siteAt(event)))
  map.on('mousemove', (event: MapMouseEvent) => {
    map.getCanvas().style.cursor = siteAt(event) !== null ? 'pointer' : ''
  })

  function reportView() {
    const bounds = map.getBounds()
    options.onViewChange([bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()])
  }

  /** The rank under the pointer: a label first (they sit on top), else the smallest outline there. */
  function siteAt(event: MapMouseEvent): number | null {
    if (!styleReady || !map.getLayer(planningClusterLayerId)) return null
    const { x, y } = event.point
    const box: [[number, number], [number, number]] = [
      [x - CLICK_TOLERANCE_PX, y - CLICK_TOLERANCE_PX],
      [x + CLICK_TOLERANCE_PX, y + CLICK_TOLERANCE_PX],
    ]
    const label = map.queryRenderedFeatures(box, { layers: [planningRankLayerId] })[0]
    if (label) return Number(label.properties.rank)
    const outlines = map.queryRenderedFeatures(event.point, { layers: [planningClusterLayerId] })
    // Outlines can overlap: the better-ranked (smaller number) wins, as in the list.
    const ranks = outlines.map((feature) => Number(feature.properties.rank)).filter(Number.isInteger)
    return ranks.length > 0 ? Math.min(...ranks) : null
  }

  const source = (id: string) => map.getSource<GeoJSONSource>(id)

  function applyBackground() {
    if (!styleReady) return
    source(planningSources.municipalities)?.setData(background.municipalities ?? emptyCollection)
    source(planningSources.urbanAreas)?.setData(background.urbanAreas ?? emptyCollection)
    source(planningSources.centrum)?.setData(centrum ?? emptyCollection)
  }

  function applySites() {
    if (!styleReady) return
    source(planningSources.outlines)?.setData(sites?.outlines ?? emptyCollection)
    source(planningSources.centres)?.setData(sites?.centres ?? emptyCollection)
    // The clusters are what tests wait for; before they arrive the map is not "loaded".
    hook.dataLoaded = sites !== null
  }

  function applyHex() {
    if (!styleReady) return
    source(planningSources.hex)?.setData(hexGrid ?? emptyCollection)
    for (const id of planningHexLayerIds) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', hexVisible ? 'visible' : 'none')
  }

  function fitTo(collection: FeatureCollection) {
    if (collection.features.length === 0) return
    const [minLon, minLat, maxLon, maxLat] = bbox(collection)
    map.fitBounds(
      [
        [minLon, minLat],
        [maxLon, maxLat],
      ],
      { padding: 48, maxZoom: SITE_MAX_ZOOM, duration: reducedMotion() ? 0 : 700 },
    )
  }

  return {
    setBackground(municipalities, urbanAreas) {
      background = { municipalities, urbanAreas }
      applyBackground()
    },
    setCentrum(zones) {
      centrum = zones
      applyBackground()
    },
    setSites(next) {
      sites = next
      applySites()
      if (!fitted && next && next.outlines.features.length > 0) {
        fitted = true
        fitTo(next.outlines)
      }
    },
    setHexGrid(next) {
      hexGrid = next
      applyHex()
    },
    setHexVisible(visible) {
      hexVisible = visible
      applyHex()
    },
    showSite(rank) {
      const feature = sites?.outlines.features.find((candidate) => candidate.properties.rank === rank)
      if (feature) fitTo({ type: 'FeatureCollection', features: [feature] })
    },
    setText(next) {
      if (JSON.stringify(next) === JSON.stringify(text)) return
      text = next
      flat.setText(text)
    },
    destroy() {
      if (window.__trygghetskartan === hook) delete window.__trygghetskartan
      map.remove()
    },
  }
}
