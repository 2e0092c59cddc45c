import { bbox } from '@turf/turf'
import type { FeatureCollection, Geometry, Polygon, Position } from 'geojson'
import type { GeoJSONSource, MapMouseEvent } from 'maplibre-gl'
import { TerraDraw, TerraDrawPolygonMode, TerraDrawSelectMode } from 'terra-draw'
import type { GeoJSONStoreFeatures, SnapToCustom } from 'terra-draw'
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter'
import type { MapFeatureCollection } from '../data/collections.ts'
import type { AreaFeatureProperties } from '../grannsamverkan/area-state.ts'
import { noCoverageShapes } from '../grannsamverkan/coverage-features.ts'
import type { CoverageShapes } from '../grannsamverkan/coverage-features.ts'
import { nearestVertex, polygonVertices } from '../grannsamverkan/vertex-snap.ts'
import { createFlatMap } from './flat-map.ts'
import {
  areaStateStyles,
  coverageLayerIds,
  coverageStyle,
  crossHatchImageId,
  gsFillLayerId,
  gsOverlaySources,
  gsSources,
  gsStyleLayers,
  hatchImageId,
  importHatchImageId,
  importPreviewStyle,
} from './grannsamverkan-layers.ts'
import { crossHatchPattern, hatchPattern, hexToRgb } from './hatch-pattern.ts'
import { labelPoints } from './label-points.ts'
import type { MapTestHook, MapText } from './map-adapter.ts'
import { layerColours } from './palette.ts'

/**
 * The one module that owns the police's grannsamverkan map: MapLibre for the areas by state, and
 * terra-draw for drawing a new outline or moving an existing one's corners. Components only call
 * this API; nothing here knows about React.
 */
export interface GrannsamverkanMap {
  setBackground(municipalities: MapFeatureCollection | undefined, urbanAreas: MapFeatureCollection | undefined): void
  setAreas(areas: FeatureCollection<Geometry, AreaFeatureProperties>): void
  /** Outlines the chosen area (null clears it). */
  setSelection(areaId: number | null): void
  showArea(areaId: number): void
  /** The tätorter's uncovered parts and the hints; drawn only while coverage is switched on. */
  setCoverage(shapes: CoverageShapes): void
  setCoverageVisible(visible: boolean): void
  /** An import's outlines before they are saved; a non-empty preview is zoomed to. */
  setImportPreview(preview: FeatureCollection): void
  /** Starts drawing a new outline (no `outline`) or editing one; `areaId` is left out of snapping. */
  startDrawing(options: { outline?: Polygon; areaId?: number }): void
  stopDrawing(): void
  setText(text: MapText): void
  destroy(): void
}

export interface GrannsamverkanMapOptions {
  container: HTMLElement
  basemapStyleUrl: string | null
  text: MapText
  onAreaClick(areaId: number | null): void
  /** The outline as it is being drawn or edited; null while it has fewer than three corners. */
  onOutlineChange(outline: Polygon | null, finished: boolean): void
}

// A finger is less precise than a mouse: search this many pixels around a click.
const CLICK_TOLERANCE_PX = 8
// A corner this close to a neighbouring area's corner is put exactly on it.
const SNAP_TOLERANCE_PX = 14
// Small areas are shown with their neighbours around them, not filling the map.
const AREA_MAX_ZOOM = 15
const DRAW_MODE = 'polygon'
const EDIT_MODE = 'select'

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches

export function createGrannsamverkanMap(options: GrannsamverkanMapOptions): GrannsamverkanMap {
  const overlay = { sources: gsOverlaySources(), layers: gsStyleLayers }
  let text = options.text
  let areas: FeatureCollection<Geometry, AreaFeatureProperties> = { type: 'FeatureCollection', features: [] }
  let background: { municipalities?: MapFeatureCollection; urbanAreas?: MapFeatureCollection } = {}
  let selectedId: number | null = null
  let coverage: CoverageShapes = noCoverageShapes
  let coverageVisible = false
  let importPreview: FeatureCollection = { type: 'FeatureCollection', features: [] }
  let styleReady = false
  let draw: TerraDraw | null = null
  let snapVertices: Position[] = []

  const flat = createFlatMap({
    container: options.container,
    basemapStyleUrl: options.basemapStyleUrl,
    overlay,
    text,
  })
  const map = flat.map

  const hook: MapTestHook = {
    map,
    dataLoaded: false,
    layerIds: {
      municipalities: ['gs-municipality-line'],
      'urban-areas': ['gs-urban-areas-fill'],
      'focus-zones': [],
      'watch-areas': [gsFillLayerId],
      'safety-walks': [],
      'walk-observations': [],
      reports: [],
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
    if (!map.hasImage(hatchImageId)) {
      map.addImage(hatchImageId, hatchPattern(8, hexToRgb(areaStateStyles.needs_update.line)), { pixelRatio: 1 })
    }
    if (!map.hasImage(crossHatchImageId)) {
      map.addImage(crossHatchImageId, crossHatchPattern(10, hexToRgb(coverageStyle.uncoveredHatch)), { pixelRatio: 1 })
    }
    if (!map.hasImage(importHatchImageId)) {
      map.addImage(importHatchImageId, crossHatchPattern(8, hexToRgb(importPreviewStyle.problem.line)), { pixelRatio: 1 })
    }
    styleReady = true
    applyImportPreview()
    applyBackground()
    applyAreas()
    applySelection()
    applyCoverage()
  })

  map.on('click', (event: MapMouseEvent) => {
    if (draw) return
    options.onAreaClick(areaAt(event))
  })
  map.on('mousemove', (event: MapMouseEvent) => {
    if (draw) return
    map.getCanvas().style.cursor = areaAt(event) !== null ? 'pointer' : ''
  })

  function areaAt(event: MapMouseEvent): number | null {
    if (!styleReady || !map.getLayer(gsFillLayerId)) return null
    const { x, y } = event.point
    const [feature] = map.queryRenderedFeatures(
      [
        [x - CLICK_TOLERANCE_PX, y - CLICK_TOLERANCE_PX],
        [x + CLICK_TOLERANCE_PX, y + CLICK_TOLERANCE_PX],
      ],
      { layers: [gsFillLayerId] },
    )
    const id = Number(feature?.properties.area_id)
    return Number.isInteger(id) && id > 0 ? id : null
  }

  const source = (id: string) => map.getSource<GeoJSONSource>(id)
  const emptyCollection: FeatureCollection = { type: 'FeatureCollection', features: [] }

  function applyBackground() {
    if (!styleReady) return
    source(gsSources.municipalities)?.setData(background.municipalities ?? emptyCollection)
    source(gsSources.urbanAreas)?.setData(background.urbanAreas ?? emptyCollection)
  }

  function applyAreas() {
    if (!styleReady) return
    source(gsSources.areas)?.setData(areas)
    source(gsSources.areaLabels)?.setData(labelPoints(areas, 'label'))
    // The first call comes before the outlines arrive: empty is not "loaded".
    hook.dataLoaded = areas.features.length > 0
  }

  function applySelection() {
    if (!styleReady) return
    const feature = areas.features.find((candidate) => candidate.properties.area_id === selectedId)
    source(gsSources.selection)?.setData({ type: 'FeatureCollection', features: feature ? [feature] : [] })
  }

  function applyCoverage() {
    if (!styleReady) return
    source(gsSources.uncovered)?.setData(coverage.uncovered)
    source(gsSources.hints)?.setData(coverage.hints)
    for (const id of coverageLayerIds) {
      if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', coverageVisible ? 'visible' : 'none')
    }
  }

  function applyImportPreview() {
    if (!styleReady) return
    source(gsSources.importPreview)?.setData(importPreview)
  }

  function fitTo(shape: Parameters<typeof bbox>[0]) {
    const [minLon, minLat, maxLon, maxLat] = bbox(shape)
    map.fitBounds(
      [
        [minLon, minLat],
        [maxLon, maxLat],
      ],
      { padding: 48, maxZoom: AREA_MAX_ZOOM, duration: reducedMotion() ? 0 : 700 },
    )
  }

  // Snaps a corner to the nearest corner of another area, so neighbours share their border.
  const snapToNeighbours: SnapToCustom = (event) => {
    const corner = map.unproject([event.containerX + SNAP_TOLERANCE_PX, event.containerY + SNAP_TOLERANCE_PX])
    const degrees = { lng: Math.abs(corner.lng - event.lng), lat: Math.abs(corner.lat - event.lat) }
    const pointer = { x: event.containerX, y: event.containerY, lng: event.lng, lat: event.lat }
    return nearestVertex(pointer, snapVertices, (lng, lat) => map.project([lng, lat]), SNAP_TOLERANCE_PX, degrees)
  }

  function currentOutline(): { outline: Polygon | null; id: string | number | null } {
    const feature = draw
      ?.getSnapshot()
      .find((candidate: GeoJSONStoreFeatures) => candidate.geometry.type === 'Polygon' && candidate.properties.mode === DRAW_MODE)
    if (!feature) return { outline: null, id: null }
    const outline = feature.geometry as Polygon
    return { outline: (outline.coordinates[0]?.length ?? 0) >= 4 ? outline : null, id: feature.id ?? null }
  }

  function startDrawing({ outline, areaId }: { outline?: Polygon; areaId?: number }) {
    stopDrawing()
    snapVertices = polygonVertices(areas.features.filter((feature) => feature.properties.area_id !== areaId).map((feature) => feature.geometry))
    const style = {
      fillColor: layerColours.selection,
      fillOpacity: 0.12,
      outlineColor: layerColours.selection,
      outlineWidth: 3,
    } as const
    const snapping = { toCoordinate: true, toCustom: snapToNeighbours }
    const instance = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map }),
      modes: [
        new TerraDrawPolygonMode({
          snapping,
          styles: { ...style, closingPointColor: '#ffffff', closingPointOutlineColor: layerColours.selection, closingPointWidth: 7 },
        }),
        new TerraDrawSelectMode({
          allowManualDeselection: false,
          flags: {
            [DRAW_MODE]: {
              feature: { draggable: false, coordinates: { draggable: true, midpoints: true, deletable: true, snappable: snapping } },
            },
          },
          styles: {
            selectedPolygonColor: layerColours.selection,
            selectedPolygonFillOpacity: 0.12,
            selectedPolygonOutlineColor: layerColours.selection,
            selectedPolygonOutlineWidth: 3,
            selectionPointWidth: 7,
            selectionPointColor: '#ffffff',
            selectionPointOutlineColor: layerColours.selection,
            selectionPointOutlineWidth: 2,
            midPointWidth: 5,
            midPointColor: '#ffffff',
            midPointOutlineColor: '#555555',
            midPointOutlineWidth: 1,
          },
        }),
      ],
    })
    draw = instance
    instance.start()
    map.getCanvas().style.cursor = 'crosshair'
    instance.on('change', () => {
      const { outline: drawn } = currentOutline()
      options.onOutlineChange(drawn, instance.getMode() === EDIT_MODE)
    })
    // A finished outline can have its corners moved at once, as an existing one can.
    instance.on('finish', (id) => {
      if (instance.getMode() !== DRAW_MODE) return
      instance.setMode(EDIT_MODE)
      instance.selectFeature(id)
      options.onOutlineChange(currentOutline().outline, true)
    })
    if (outline) {
      const [result] = instance.addFeatures([{ type: 'Feature', geometry: outline, properties: { mode: DRAW_MODE } }])
      instance.setMode(EDIT_MODE)
      if (result?.valid) instance.selectFeature(result.id as string)
      options.onOutlineChange(outline, true)
    } else {
      instance.setMode(DRAW_MODE)
    }
  }

  function stopDrawing() {
    if (!draw) return
    const instance = draw
    draw = null
    instance.stop()
    map.getCanvas().style.cursor = ''
  }

  return {
    setBackground(municipalities, urbanAreas) {
      background = { municipalities, urbanAreas }
      applyBackground()
    },
    setAreas(next) {
      areas = next
      applyAreas()
      applySelection()
    },
    setSelection(areaId) {
      selectedId = areaId
      applySelection()
    },
    showArea(areaId) {
      const feature = areas.features.find((candidate) => candidate.properties.area_id === areaId)
      if (feature) fitTo(feature)
    },
    setCoverage(next) {
      coverage = next
      applyCoverage()
    },
    setCoverageVisible(visible) {
      coverageVisible = visible
      applyCoverage()
    },
    setImportPreview(next) {
      importPreview = next
      applyImportPreview()
      if (next.features.length > 0) fitTo(next)
    },
    startDrawing,
    stopDrawing,
    setText(next) {
      if (JSON.stringify(next) === JSON.stringify(text)) return
      text = next
      flat.setText(text)
    },
    destroy() {
      stopDrawing()
      if (window.__trygghetskartan === hook) delete window.__trygghetskartan
      map.remove()
    },
  }
}
