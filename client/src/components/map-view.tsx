import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ClientConfig } from '../data/client-config.ts'
import type { CollectionData, CollectionId, FeatureRef, MapFeature, TiledCollections } from '../data/collections.ts'
import { periodFilterExpression } from '../features/period-expression.ts'
import { periodDatetime } from '../features/period-filter.ts'
import type { Period } from '../features/period-filter.ts'
import { createMapAdapter } from '../map/map-adapter.ts'
import type { MapAdapter } from '../map/map-adapter.ts'
import type { Box, MunicipalityFit } from '../map/municipality-view.ts'
import type { TiledLayer } from '../map/tiled-layers.ts'
import { supportsWebgl } from '../map/webgl-support.ts'
import { mapText } from '../map/map-text.ts'

/** A request to move the camera to a feature; a new `seq` repeats the move for the same feature. */
export interface ShowRequest {
  feature: MapFeature
  /** Its collection: a tiled layer's points are single only when zoomed in past its clusters. */
  collection: CollectionId
  seq: number
}

interface MapViewProps {
  config: ClientConfig
  /** The collections loaded whole, already filtered to the period. */
  data: CollectionData
  /** The collections drawn from vector tiles; the map filters them to the period itself. */
  tiled: TiledCollections
  period: Period
  now: Date
  visible: ReadonlySet<CollectionId>
  selected: MapFeature | null
  show: ShowRequest | null
  onFeatureClick(ref: FeatureRef | null): void
  /** The box the map shows, after every move (see MapAdapterOptions). */
  onViewChange?(box: [number, number, number, number]): void
  /** The municipality the map is of, as its region's label names it ("Kristinehamns kommun"). */
  municipality: string
  /** How far the map pans (the police area); null keeps the first view's limits. */
  limits: Box | null
  /** The municipality to move to; each new `seq` moves the map once. */
  fit: MunicipalityFit | null
}

/** Hosts the map and hands every change to the map adapter; it never touches MapLibre itself. */
export function MapView({ config, data, tiled, period, now, visible, selected, show, onFeatureClick, onViewChange, municipality, limits, fit }: MapViewProps) {
  const { t } = useTranslation()
  const containerRef = useRef<HTMLDivElement>(null)
  const adapterRef = useRef<MapAdapter | null>(null)
  const [webgl] = useState(supportsWebgl)
  const text = mapText(t, t('map.canvasLabel'))
  const tiledLayers = useMemo(
    () =>
      (Object.entries(tiled) as [CollectionId, NonNullable<TiledCollections[CollectionId]>][]).map(
        ([collection, { tileJson }]): TiledLayer => ({
          collection,
          tileJson,
          filter: periodFilterExpression(collection, period, now),
          datetime: periodDatetime(collection, period, now),
        }),
      ),
    [tiled, period, now],
  )
  // The latest props for the adapter's creation and callbacks, without re-creating the map.
  const latest = useRef({ text, data, tiledLayers, visible, selected, onFeatureClick, onViewChange, limits, fit })
  useEffect(() => {
    latest.current = { text, data, tiledLayers, visible, selected, onFeatureClick, onViewChange, limits, fit }
  })

  const { basemapStyleUrl } = config
  useEffect(() => {
    const container = containerRef.current
    if (!container || !webgl) return
    const current = latest.current
    let adapter: MapAdapter
    try {
      adapter = createMapAdapter({
        container,
        basemapStyleUrl,
        text: current.text,
        onFeatureClick: (ref) => latest.current.onFeatureClick(ref),
        onViewChange: (box) => latest.current.onViewChange?.(box),
      })
    } catch (error) {
      console.error('The map could not be created', error)
      return
    }
    adapter.setVisibleCollections(current.visible)
    adapter.setTiled(current.tiledLayers)
    adapter.setData(current.data)
    adapter.setSelection(current.selected)
    // The limits first: a fit outside the first view's limits would otherwise be cut short.
    if (current.limits) adapter.setLimits(current.limits)
    if (current.fit) adapter.fitBox(current.fit.box, true)
    adapterRef.current = adapter
    return () => {
      adapterRef.current = null
      adapter.destroy()
    }
  }, [basemapStyleUrl, webgl])

  // Tiles before data: the first idle with the data drawn then waits for the tiles too.
  useEffect(() => adapterRef.current?.setTiled(tiledLayers), [tiledLayers])
  useEffect(() => adapterRef.current?.setData(data), [data])
  useEffect(() => adapterRef.current?.setVisibleCollections(visible), [visible])
  useEffect(() => adapterRef.current?.setSelection(selected), [selected])
  useEffect(() => {
    if (show) adapterRef.current?.showFeature(show.feature, show.collection)
  }, [show])
  const limitsKey = limits?.join(',') ?? ''
  useEffect(() => {
    const box = latest.current.limits
    if (box) adapterRef.current?.setLimits(box)
  }, [limitsKey])
  useEffect(() => {
    if (fit) adapterRef.current?.fitBox(fit.box, fit.instant)
  }, [fit])
  const textKey = JSON.stringify(text)
  useEffect(() => {
    adapterRef.current?.setText(latest.current.text)
  }, [textKey])

  return (
    <div className="map-view" role="region" aria-label={t('map.regionLabel', { municipality })}>
      {webgl ? <div ref={containerRef} className="map-view__canvas" /> : <p className="map-view__fallback">{t('map.noWebgl')}</p>}
    </div>
  )
}
