import { bbox } from '@turf/turf'
import type { FeatureCollection, LineString, Point, Polygon } from 'geojson'
import type { GeoJSONSource, MapMouseEvent } from 'maplibre-gl'
import { TerraDraw, TerraDrawLineStringMode, TerraDrawPointMode, TerraDrawPolygonMode, TerraDrawSelectMode } from 'terra-draw'
import type { GeoJSONStoreFeatures } from 'terra-draw'
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter'
import type { MeasureGeometry } from '../../../server/shared/api/planning-schemas.ts'
import type { MapFeatureCollection } from '../data/collections.ts'
import type { MeasureFeatures } from '../measures/measure-features.ts'
import type { ShapeKind } from '../measures/measure-form.ts'
import { createFlatMap } from './flat-map.ts'
import type { MapTestHook, MapText } from './map-adapter.ts'
import { drawStyles, measureClickLayerIds, measureFillLayerId, measureLineLayerId, measureOverlaySources, measurePointLayerId, measureSources, measureStatusOrder, measureStyleLayers } from './measure-layers.ts'

export interface ShapeChange {
  /** The finished shape; null while none is, or while a line or area is still being drawn. */
  geometry: MeasureGeometry | null
  /** A line or area is being drawn and not yet finished. */
  drawing: boolean
}

/**
 * The one module that owns the measures map: MapLibre for the measures by status, and terra-draw
 * for drawing one measure's shape (a point, a line or an area) and moving its corners.
 * Components only call this API; nothing here knows about React.
 */
export interface MeasureMap {
  setBackground(municipalities: MapFeatureCollection | undefined, urbanAreas: MapFeatureCollection | undefined): void
  /** null while the measures are on their way. */
  setMeasures(measures: MeasureFeatures | null): void
  /** Moves the camera to a measure on the map. */
  showMeasure(measureId: number): void
  /** What a click draws: a kind of shape, or null (reading: a click opens a measure). */
  setDrawKind(kind: ShapeKind | null): void
  /** Replaces the shape being drawn (null clears it); a shape loaded is brought into view. */
  loadShape(geometry: MeasureGeometry | null): void
  /** Ends a line or area being drawn where its last corner was set. */
  finishShape(): void
  /** Sets a point in the middle of the map: drawing without a mouse. */
  pointAtCentre(): void
  setText(text: MapText): void
  destroy(): void
}

export interface MeasureMapOptions {
  container: HTMLElement
  basemapStyleUrl: string | null
  text: MapText
  onMeasureClick(measureId: number): void
  onShapeChange(change: ShapeChange): void
}

const modeFor = { Point: 'point', LineString: 'linestring', Polygon: 'polygon' } as const satisfies Record<ShapeKind, string>
const EDIT_MODE = 'select'
const READ_MODE = 'static'
const CLICK_TOLERANCE_PX = 8
// Close enough to see the street a measure is on, with some of the block around it.
const SHAPE_MAX_ZOOM = 17
const ALL_MAX_ZOOM = 15

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches
const emptyCollection: FeatureCollection = { type: 'FeatureCollection', features: [] }

export function createMeasureMap(options: MeasureMapOptions): MeasureMap {
  const overlay = { sources: measureOverlaySources(), layers: measureStyleLayers }
  let text = options.text
  let background: { municipalities?: MapFeatureCollection; urbanAreas?: MapFeatureCollection } = {}
  let measures: MeasureFeatures | null = null
  let kind: ShapeKind | null = null
  let shape: MeasureGeometry | null = null
  let styleReady = false
  let draw: TerraDraw | null = null
  // terra-draw reports its own clearing and loading as changes; those are not the planner's.
  let loading = false
  let lastReport = ''
  // The first measures to arrive are brought into view, unless a shape or one measure was.
  let fitted = false

  const flat = createFlatMap({ container: options.container, basemapStyleUrl: options.basemapStyleUrl, overlay, text })
  const map = flat.map

  const hook: MapTestHook = {
    map,
    dataLoaded: false,
    layerIds: {
      municipalities: ['ms-municipality-line'],
      'urban-areas': ['ms-urban-areas-fill'],
      'focus-zones': [],
      'watch-areas': [],
      'safety-walks': [],
      'walk-observations': [],
      reports: [],
      measures: [measurePointLayerId, measureFillLayerId, ...measureStatusOrder.map(measureLineLayerId)],
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
    applyMeasures()
  })
  // terra-draw adds its own layers, so it starts once the first style is in place.
  map.once('load', () => {
    draw = createDraw()
    applyShape()
  })

  map.on('click', (event: MapMouseEvent) => {
    if (kind !== null) return
    const id = measureAt(event)
    if (id !== null) options.onMeasureClick(id)
  })
  map.on('mousemove', (event: MapMouseEvent) => {
    if (kind !== null) return
    map.getCanvas().style.cursor = measureAt(event) !== null ? 'pointer' : ''
  })

  function measureAt(event: MapMouseEvent): number | null {
    if (!styleReady) return null
    const layers = measureClickLayerIds.filter((id) => map.getLayer(id))
    const { x, y } = event.point
    const [feature] = map.queryRenderedFeatures(
      [
        [x - CLICK_TOLERANCE_PX, y - CLICK_TOLERANCE_PX],
        [x + CLICK_TOLERANCE_PX, y + CLICK_TOLERANCE_PX],
      ],
      { layers },
    )
    const id = Number(feature?.properties.measure_id)
    return Number.isInteger(id) && id > 0 ? id : null
  }

  const source = (id: string) => map.getSource<GeoJSONSource>(id)

  function applyBackground() {
    if (!styleReady) return
    source(measureSources.municipalities)?.setData(background.municipalities ?? emptyCollection)
    source(measureSources.urbanAreas)?.setData(background.urbanAreas ?? emptyCollection)
  }

  function applyMeasures() {
    if (!styleReady) return
    source(measureSources.measures)?.setData(measures ?? emptyCollection)
    // The measures are what tests wait for; before they arrive the map is not "loaded".
    hook.dataLoaded = measures !== null
  }

  function createDraw(): TerraDraw {
    const editable = { feature: { draggable: true, coordinates: { draggable: true, midpoints: true, deletable: true } } }
    const instance = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map }),
      modes: [
        new TerraDrawPointMode({ editable: true, styles: drawStyles.point }),
        new TerraDrawLineStringMode({ styles: drawStyles.linestring }),
        new TerraDrawPolygonMode({ styles: drawStyles.polygon }),
        new TerraDrawSelectMode({
          allowManualDeselection: false,
          flags: { [modeFor.LineString]: editable, [modeFor.Polygon]: editable },
          styles: drawStyles.select,
        }),
      ],
    })
    instance.start()
    instance.on('change', () => report())
    instance.on('finish', (id) => {
      const mode = instance.getMode()
      if (mode === modeFor.Point) {
        // One measure, one shape: a new point replaces the old one.
        const others = shapeFeatures().filter((feature) => feature.id !== id)
        if (others.length > 0) removeQuietly(others.map((feature) => feature.id as string))
      } else if (mode === modeFor.LineString || mode === modeFor.Polygon) {
        // A finished line or area can have its corners moved at once, as a loaded one can.
        instance.setMode(EDIT_MODE)
        instance.selectFeature(id)
      }
      report()
    })
    return instance
  }

  function removeQuietly(ids: string[]) {
    if (!draw) return
    loading = true
    try {
      draw.removeFeatures(ids)
    } finally {
      loading = false
    }
  }

  /** The drawn shapes (terra-draw's own guide points left out). */
  function shapeFeatures(): GeoJSONStoreFeatures[] {
    const modes: string[] = Object.values(modeFor)
    return draw?.getSnapshot().filter((feature) => modes.includes(String(feature.properties.mode)) && !feature.properties.closingPoint && !feature.properties.coordinatePoint && !feature.properties.snappingPoint) ?? []
  }

  function currentShape(): { geometry: MeasureGeometry | null; drawing: boolean } {
    const feature = shapeFeatures().at(-1)
    if (!feature) return { geometry: null, drawing: false }
    if (feature.properties.currentlyDrawing) return { geometry: null, drawing: true }
    const geometry = feature.geometry
    if (geometry.type === 'Point') return { geometry: { type: 'Point', coordinates: [(geometry as Point).coordinates[0]!, (geometry as Point).coordinates[1]!] }, drawing: false }
    if (geometry.type === 'LineString') {
      const positions = (geometry as LineString).coordinates.map((position) => [position[0]!, position[1]!] as [number, number])
      return { geometry: positions.length >= 2 ? { type: 'LineString', coordinates: positions } : null, drawing: false }
    }
    const rings = (geometry as Polygon).coordinates.map((ring) => ring.map((position) => [position[0]!, position[1]!] as [number, number]))
    return { geometry: (rings[0]?.length ?? 0) >= 4 ? { type: 'Polygon', coordinates: rings } : null, drawing: false }
  }

  function report() {
    if (loading) return
    const change = currentShape()
    shape = change.geometry ?? (change.drawing ? shape : null)
    // terra-draw reports every pointer move and selection; only a changed shape is news.
    const key = JSON.stringify(change)
    if (key === lastReport) return
    lastReport = key
    options.onShapeChange(change)
  }

  /** Puts `shape` into terra-draw, then the mode for `kind`. */
  function applyShape() {
    if (!draw) return
    loading = true
    try {
      draw.setMode(READ_MODE)
      draw.clear()
      if (shape) draw.addFeatures([{ type: 'Feature', geometry: shape, properties: { mode: modeFor[shape.type] } }])
    } finally {
      loading = false
    }
    applyKind()
    report()
  }

  function applyKind() {
    map.getCanvas().style.cursor = kind ? 'crosshair' : ''
    if (!draw) return
    const feature = shapeFeatures().at(-1)
    if (kind === null) {
      if (feature?.properties.currentlyDrawing) return finishShape()
      draw.setMode(READ_MODE)
      return
    }
    const mode = modeFor[kind]
    if (kind !== 'Point' && feature && feature.properties.mode === mode && !feature.properties.currentlyDrawing && feature.id !== undefined) {
      draw.setMode(EDIT_MODE)
      draw.selectFeature(feature.id)
    } else if (draw.getMode() !== mode) {
      draw.setMode(mode)
    }
  }

  function finishShape() {
    const feature = shapeFeatures().at(-1)
    if (!feature?.properties.currentlyDrawing) return
    if (feature.geometry.type === 'LineString') {
      // While drawing, the last position follows the pointer: it is not set yet.
      const positions = (feature.geometry as LineString).coordinates.slice(0, -1).map((position) => [position[0]!, position[1]!] as [number, number])
      shape = positions.length >= 2 ? { type: 'LineString', coordinates: positions } : null
    } else if (feature.geometry.type === 'Polygon') {
      // The ring is the corners set, the pointer, and the first corner again.
      const ring = (feature.geometry as Polygon).coordinates[0] ?? []
      const corners = ring.slice(0, -2).map((position) => [position[0]!, position[1]!] as [number, number])
      shape = corners.length >= 3 ? { type: 'Polygon', coordinates: [[...corners, corners[0]!]] } : null
    }
    applyShape()
  }

  function fitTo(shapeToFit: Parameters<typeof bbox>[0], maxZoom: number) {
    const [minLon, minLat, maxLon, maxLat] = bbox(shapeToFit)
    map.fitBounds(
      [
        [minLon, minLat],
        [maxLon, maxLat],
      ],
      { padding: 64, maxZoom, duration: reducedMotion() ? 0 : 700 },
    )
  }

  return {
    setBackground(municipalities, urbanAreas) {
      background = { municipalities, urbanAreas }
      applyBackground()
    },
    setMeasures(next) {
      measures = next
      applyMeasures()
      if (!fitted && next && next.features.length > 0) {
        fitted = true
        fitTo(next, ALL_MAX_ZOOM)
      }
    },
    showMeasure(measureId) {
      const feature = measures?.features.find((candidate) => candidate.properties.measure_id === measureId)
      if (!feature) return
      fitted = true
      fitTo(feature, SHAPE_MAX_ZOOM)
    },
    setDrawKind(next) {
      kind = next
      applyKind()
    },
    loadShape(next) {
      shape = next
      applyShape()
      if (!next) return
      fitted = true
      fitTo({ type: 'Feature', geometry: next, properties: {} }, SHAPE_MAX_ZOOM)
    },
    finishShape,
    pointAtCentre() {
      const centre = map.getCenter()
      shape = { type: 'Point', coordinates: [centre.lng, centre.lat] }
      applyShape()
    },
    setText(next) {
      if (JSON.stringify(next) === JSON.stringify(text)) return
      text = next
      flat.setText(text)
    },
    destroy() {
      draw?.stop()
      draw = null
      if (window.__trygghetskartan === hook) delete window.__trygghetskartan
      map.remove()
    },
  }
}
