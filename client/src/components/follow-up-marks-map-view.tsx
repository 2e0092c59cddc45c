import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MarkCells } from '../../../server/shared/api/survey-schemas.ts'
import { mapText } from '../map/map-text.ts'
import { createSurveyMarksMap } from '../map/survey-marks-map-adapter.ts'
import type { SurveyMarksMap } from '../map/survey-marks-map-adapter.ts'
import { supportsWebgl } from '../map/webgl-support.ts'
import type { MapBackground } from '../moderation/use-map-background.ts'

interface FollowUpMarksMapViewProps {
  background: MapBackground & { config: NonNullable<MapBackground['config']> }
  /** Null while the year's squares load: the map keeps the ones before. */
  cells: MarkCells | null
  onSnapshot(url: string): void
}

/** Hosts the density map and hands every change to its adapter. */
export function FollowUpMarksMapView(props: FollowUpMarksMapViewProps) {
  const { background, cells } = props
  const { t } = useTranslation()
  const containerRef = useRef<HTMLDivElement>(null)
  const adapterRef = useRef<SurveyMarksMap | null>(null)
  const [webgl] = useState(supportsWebgl)
  const text = mapText(t, t('survey.marks.canvas'))
  const latest = useRef({ props, text })
  useEffect(() => {
    latest.current = { props, text }
  })

  const { basemapStyleUrl } = background.config
  useEffect(() => {
    const container = containerRef.current
    if (!container || !webgl) return
    let adapter: SurveyMarksMap
    try {
      adapter = createSurveyMarksMap({
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
    if (current.cells) adapter.setCells(current.cells)
    adapterRef.current = adapter
    return () => {
      adapterRef.current = null
      adapter.destroy()
    }
  }, [basemapStyleUrl, webgl])

  useEffect(() => adapterRef.current?.setBackground(background.municipalities, background.urbanAreas), [background.municipalities, background.urbanAreas])
  useEffect(() => {
    if (cells) adapterRef.current?.setCells(cells)
  }, [cells])
  const textKey = JSON.stringify(text)
  useEffect(() => {
    adapterRef.current?.setText(latest.current.text)
  }, [textKey])

  return (
    <div className="map-view" role="region" aria-label={t('survey.marks.region')}>
      {webgl ? <div ref={containerRef} className="map-view__canvas" /> : <p className="map-view__fallback">{t('survey.marks.noWebgl')}</p>}
    </div>
  )
}
