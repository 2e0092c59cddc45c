import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { fetchClientConfig } from '../data/client-config.ts'
import type { MapFeatureCollection } from '../data/collections.ts'
import { fetchCollection } from '../data/ogc-client.ts'
import { createReportPicker } from '../map/report-picker-adapter.ts'
import type { ReportPickerMap, ReportPickerText } from '../map/report-picker-adapter.ts'
import { supportsWebgl } from '../map/webgl-support.ts'
import { mapText } from '../map/map-text.ts'

interface ReportPlaceMapProps {
  /** The chosen spot, however it was chosen; the marker follows it. */
  point: [number, number] | null
  onPick(coordinates: [number, number]): void
}

interface Background {
  basemapStyleUrl: string | null
  municipalities?: MapFeatureCollection
  urbanAreas?: MapFeatureCollection
}

/** Hosts the report page's small map and hands every change to its adapter. */
export function ReportPlaceMap({ point, onPick }: ReportPlaceMapProps) {
  const { t } = useTranslation()
  const containerRef = useRef<HTMLDivElement>(null)
  const adapterRef = useRef<ReportPickerMap | null>(null)
  const [webgl] = useState(supportsWebgl)
  const [background, setBackground] = useState<Background | null>(null)
  const text: ReportPickerText = { ...mapText(t, t('reports.place.mapCanvasLabel')), marker: t('reports.place.marker') }
  const latest = useRef({ text, point, onPick })
  useEffect(() => {
    latest.current = { text, point, onPick }
  })

  // The boundary and tätorter only orient; without them the map still works.
  useEffect(() => {
    const controller = new AbortController()
    const { signal } = controller
    const origin = window.location.origin
    const optional = (promise: Promise<MapFeatureCollection>) => promise.catch(() => undefined)
    Promise.all([
      fetchClientConfig(signal).catch(() => ({ basemapStyleUrl: null })),
      optional(fetchCollection('municipalities', { signal, origin })),
      optional(fetchCollection('urban-areas', { signal, origin })),
    ]).then(([config, municipalities, urbanAreas]) => {
      if (!signal.aborted) setBackground({ basemapStyleUrl: config.basemapStyleUrl, municipalities, urbanAreas })
    }, () => undefined)
    return () => controller.abort()
  }, [])

  const basemapStyleUrl = background?.basemapStyleUrl
  useEffect(() => {
    const container = containerRef.current
    if (!container || !webgl || basemapStyleUrl === undefined) return
    let adapter: ReportPickerMap
    try {
      adapter = createReportPicker({
        container,
        basemapStyleUrl,
        text: latest.current.text,
        onPick: (coordinates) => latest.current.onPick(coordinates),
      })
    } catch (error) {
      console.error('The map could not be created', error)
      return
    }
    adapter.setPoint(latest.current.point)
    adapterRef.current = adapter
    return () => {
      adapterRef.current = null
      adapter.destroy()
    }
  }, [basemapStyleUrl, webgl])

  useEffect(() => {
    if (background) adapterRef.current?.setBackground(background.municipalities, background.urbanAreas)
  }, [background])
  useEffect(() => adapterRef.current?.setPoint(point), [point])
  const textKey = JSON.stringify(text)
  useEffect(() => {
    adapterRef.current?.setText(latest.current.text)
  }, [textKey])

  if (!webgl) return <p className="report-map__fallback">{t('reports.place.noWebgl')}</p>
  return (
    <div className="report-map">
      <div className="report-map__view" role="region" aria-label={t('reports.place.mapLabel')}>
        <div ref={containerRef} className="map-view__canvas" />
      </div>
      <button
        type="button"
        className="button button--secondary report-map__centre"
        onClick={() => {
          const centre = adapterRef.current?.centre()
          if (centre) onPick(centre)
        }}
      >
        {t('reports.place.useCentre')}
      </button>
    </div>
  )
}
