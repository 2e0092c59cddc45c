/**
 * The map every screen starts from: north up with no tilt or rotation, kept to the police area,
 * with zoom buttons, a scale and a compact attribution, and labels in the page's language. It
 * draws the offline basemap unless an online style is set, with the screen's own layers composed
 * onto either. The screens' adapters add their layers and behaviour on top.
 */
import { AttributionControl, Map as MaplibreMap, NavigationControl, prewarm, ScaleControl, setWorkerUrl } from 'maplibre-gl'
import type { LngLatBoundsLike } from 'maplibre-gl'
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import { buildBasemapStyle, composeStyle } from './basemap-style.ts'
import type { MapText } from './map-adapter.ts'
import { initialBounds, maxBounds, minZoom } from './view.ts'

// The worker is a separate file in maplibre-gl 6; Vite copies it and gives us its URL.
setWorkerUrl(maplibreWorkerUrl)
// The worker loads while the page gets ready for the map, not after the map is created.
prewarm()

export interface FlatMapOptions {
  container: HTMLElement
  /** An online basemap to put the overlay on; null draws the offline basemap. */
  basemapStyleUrl: string | null
  overlay: Parameters<typeof composeStyle>[1]
  text: MapText
  /** Space kept around the municipality in the first view, in pixels. */
  padding?: number
  maxZoom?: number
  /** More of MapLibre's words than the controls' (e.g. 'Marker.Title'). */
  extraLocale?: Record<string, string>
}

export interface FlatMap {
  map: MaplibreMap
  /** Puts the map's own words – control labels, attribution, the canvas's label – in the new language. */
  setText(text: MapText, extraLocale?: Record<string, string>): void
}

/** Throws when the browser has no WebGL; the caller shows its list instead. */
export function createFlatMap(options: FlatMapOptions): FlatMap {
  const origin = window.location.origin
  const map = new MaplibreMap({
    container: options.container,
    style: options.basemapStyleUrl ?? composeStyle(buildBasemapStyle(origin), options.overlay, origin),
    transformStyle: options.basemapStyleUrl ? (_previous, next) => composeStyle(next, options.overlay, origin) : undefined,
    bounds: initialBounds as LngLatBoundsLike,
    fitBoundsOptions: { padding: options.padding ?? 16 },
    maxBounds: maxBounds as LngLatBoundsLike,
    minZoom,
    maxZoom: options.maxZoom ?? 19,
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    locale: { ...mapLocale(options.text), ...options.extraLocale },
  })
  map.touchZoomRotate.disableRotation()
  map.keyboard.disableRotation()

  let navigation = new NavigationControl({ showCompass: false })
  let attribution = new AttributionControl({ compact: true, customAttribution: options.text.attribution })
  map.addControl(navigation, 'top-right')
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left')
  map.addControl(attribution, 'bottom-right')

  // An online basemap that cannot be loaded (offline, moved) must not hide the screen's layers.
  let styleLoaded = false
  let fellBack = false
  map.on('style.load', () => (styleLoaded = true))
  map.on('error', (event) => {
    if (styleLoaded || fellBack || !options.basemapStyleUrl) return
    fellBack = true
    console.warn('The online basemap could not be loaded; using the offline basemap', event.error)
    // Without a transform: MapLibre would otherwise wait for the failed style to finish loading.
    map.setStyle(composeStyle(buildBasemapStyle(origin), options.overlay, origin), { diff: false, transformStyle: undefined })
  })

  return {
    map,
    setText(text, extraLocale = {}) {
      Object.assign(map._locale, mapLocale(text), extraLocale)
      map.getCanvas().setAttribute('aria-label', text.canvasLabel)
      // The controls read their labels when they are added, so new words need new controls.
      map.removeControl(navigation)
      map.removeControl(attribution)
      navigation = new NavigationControl({ showCompass: false })
      attribution = new AttributionControl({ compact: true, customAttribution: text.attribution })
      map.addControl(navigation, 'top-right')
      map.addControl(attribution, 'bottom-right')
    },
  }
}

function mapLocale(text: MapText): Record<string, string> {
  return {
    'Map.Title': text.canvasLabel,
    'NavigationControl.ZoomIn': text.zoomIn,
    'NavigationControl.ZoomOut': text.zoomOut,
    'NavigationControl.ResetBearing': text.resetBearing,
    'AttributionControl.ToggleAttribution': text.toggleAttribution,
  }
}
