import { lazy, Suspense, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PlaceMatch } from '../../../server/shared/api/report-schemas.ts'
import { nearMunicipality } from '../reports/device-position.ts'
import { PlaceSearch } from './place-search.tsx'
import { SurveyQuestionFrame } from './survey-question-frame.tsx'

// MapLibre is most of the JavaScript: the questions and the place search work before it arrives.
const SurveyMarkMap = lazy(() => import('./survey-mark-map.tsx').then((module) => ({ default: module.SurveyMarkMap })))

interface SurveyMarkQuestionProps {
  inputId: string
  number: number
  text: string
  value: [number, number] | undefined
  error?: string | undefined
  onChange(value: [number, number] | undefined): void
}

/**
 * "Mark where you feel unsafe": a tap on the map, or a place name for those who cannot use the map
 * (keyboard, screen reader). What is marked is said in words, and the mark can be taken back.
 */
export function SurveyMarkQuestion({ inputId, number, text, value, error, onChange }: SurveyMarkQuestionProps) {
  const { t } = useTranslation()
  // The name chosen in the search, until the marker is moved on the map.
  const [name, setName] = useState<string | null>(null)
  const [removed, setRemoved] = useState(false)

  const fromSearch = (place: PlaceMatch) => {
    setName(place.name)
    setRemoved(false)
    onChange(place.coordinates)
  }
  const fromMap = (coordinates: [number, number]) => {
    setName(null)
    setRemoved(false)
    onChange(coordinates)
  }
  const remove = () => {
    setName(null)
    setRemoved(true)
    onChange(undefined)
    // The button goes with the mark; the search field keeps the focus in the question.
    window.setTimeout(() => document.getElementById(inputId)?.focus(), 0)
  }

  const place = name ? t('survey.mark.chosenName', { name }) : t('survey.mark.chosenMap')
  return (
    <SurveyQuestionFrame inputId={inputId} number={number} legend={text} hint={t('survey.mark.hint')} className="survey-mark">
      <PlaceSearch id={inputId} error={error} onChoose={fromSearch} />
      <Suspense fallback={<div className="survey-map survey-map--loading" />}>
        <SurveyMarkMap point={value ?? null} onPick={fromMap} />
      </Suspense>
      <div role="status" className="survey-mark__status">
        <p className={value ? 'survey-mark__chosen survey-mark__chosen--set' : 'survey-mark__chosen'}>
          {value ? t('survey.mark.chosen', { place }) : removed ? t('survey.mark.removed') : t('survey.mark.none')}
        </p>
        {value && !nearMunicipality(value) && <p className="survey-mark__outside">{t('survey.mark.outside')}</p>}
      </div>
      {value && (
        <button type="button" className="button button--secondary survey-mark__remove" onClick={remove}>
          {t('survey.mark.remove')}
        </button>
      )}
    </SurveyQuestionFrame>
  )
}
