import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { mapText } from '../map/map-text.ts'
import type { PrintableMap, PrintableMapOptions } from '../map/printable-map.ts'
import { supportsWebgl } from '../map/webgl-support.ts'
import type { MapBackground } from '../moderation/use-map-background.ts'

export interface PrintableMapViewProps<Data> {
  background: MapBackground & { config: NonNullable<MapBackground['config']> }
  /** Null while the first data loads: the map keeps what it showed before. */
  data: Data | null
  onSnapshot(url: string): void
}

interface HostProps<Data> extends PrintableMapViewProps<Data> {
  create(options: PrintableMapOptions): PrintableMap<Data>
  /** The i18n keys under which the screen names its map: `canvas`, `region`, `noWebgl`. */
  texts: string
}

/**
 * Hosts a printable map (see map/printable-map.ts) and hands every change to it. Each screen's
 * own view passes its adapter, so the map library loads only with that screen.
 */
export function PrintableMapView<Data>(props: HostProps<Data>) {
  const { background, data, create, texts } = props
  const { t } = useTranslation()
  const containerRef = useRef<HTMLDivElement>(null)
  const adapterRef = useRef<PrintableMap<Data> | null>(null)
  const [webgl] = useState(supportsWebgl)
  const text = mapText(t, t(`${texts}.canvas`))
  const latest = useRef({ props, text })
  useEffect(() => {
    latest.current = { props, text }
  })

  const { basemapStyleUrl } = background.config
  useEffect(() => {
    const container = containerRef.current
    if (!container || !webgl) return
    let adapter: PrintableMap<Data>
    try {
      adapter = create({
        container,
        basemapStyleUrl,
        text: latest.current.text,
        onSnapshot: (url) => latest.current.props.onSnapshot(url),
      })
    } catch (error) {
      console.error('The map could not be created', error)
      return
    }
    const current = latest.current.props
    adapter.setBackground(current.background.municipalities, current.background.urbanAreas)
    if (current.data !== null) adapter.setData(current.data)
    adapterRef.current = adapter
    return () => {
      adapterRef.current = null
      adapter.destroy()
    }
  }, [basemapStyleUrl, webgl, create])

  useEffect(() => adapterRef.current?.setBackground(background.municipalities, background.urbanAreas), [background.municipalities, background.urbanAreas])
  useEffect(() => {
    if (data !== null) adapterRef.current?.setData(data)
  }, [data])
  const textKey = JSON.stringify(text)
  useEffect(() => {
    adapterRef.current?.setText(latest.current.text)
  }, [textKey])

  return (
    <div className="map-view" role="region" aria-label={t(`${texts}.region`)}>
      {webgl ? <div ref={containerRef} className="map-view__canvas" /> : <p className="map-view__fallback">{t(`${texts}.noWebgl`)}</p>}
    </div>
  )
}
