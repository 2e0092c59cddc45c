import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { createReportPicker } from '../map/report-picker-adapter.ts'
import type { ReportPickerMap, ReportPickerText } from '../map/report-picker-adapter.ts'
import { mapText } from '../map/map-text.ts'
import { supportsWebgl } from '../map/webgl-support.ts'
import { useMapBackground } from '../moderation/use-map-background.ts'

interface SurveyMarkMapProps {
  /** The marked place, however it was chosen; the marker follows it, null removes it. */
  point: [number, number] | null
  onPick(coordinates: [number, number]): void
}

/**
 * The survey's map for marking where one feels unsafe. It is the report page's picker (a tap puts
 * the marker, which can be dragged or moved with the arrow keys) with the survey's words; keyboard
 * users can also mark the map's middle.
 */
export function SurveyMarkMap({ point, onPick }: SurveyMarkMapProps) {
  const { t } = useTranslation()
  const background = useMapBackground()
  const containerRef = useRef<HTMLDivElement>(null)
  const adapterRef = useRef<ReportPickerMap | null>(null)
  const [webgl] = useState(supportsWebgl)
  const text: ReportPickerText = { ...mapText(t, t('survey.mark.canvasLabel')), marker: t('survey.mark.marker') }
  const latest = useRef({ text, point, onPick })
  useEffect(() => {
    latest.current = { text, point, onPick }
  })

  const basemapStyleUrl = background.config?.basemapStyleUrl
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

  useEffect(() => adapterRef.current?.setBackground(background.municipalities, background.urbanAreas), [background.municipalities, background.urbanAreas, basemapStyleUrl])
  useEffect(() => adapterRef.current?.setPoint(point), [point])
  const textKey = JSON.stringify(text)
  useEffect(() => {
    adapterRef.current?.setText(latest.current.text)
  }, [textKey])

  if (!webgl) return <p className="survey-map__fallback">{t('survey.mark.noWebgl')}</p>
  return (
    <div className="survey-map">
      <div className="survey-map__view" role="region" aria-label={t('survey.mark.mapLabel')}>
        <div ref={containerRef} className="map-view__canvas" />
      </div>
      <button
        type="button"
        className="button button--secondary survey-map__centre"
        onClick={() => {
          const centre = adapterRef.current?.centre()
          if (centre) onPick(centre)
        }}
      >
        {t('survey.mark.useCentre')}
      </button>
    </div>
  )
}
