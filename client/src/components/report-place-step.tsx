import { lazy, Suspense, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PlaceMatch } from '../../../server/shared/api/report-schemas.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { judgePosition, nearMunicipality, positionFailure } from '../reports/device-position.ts'
import type { PositionFailure } from '../reports/device-position.ts'
import { movedTo, placeWords } from '../reports/place-words.ts'
import type { ChosenPlace } from '../reports/report-draft.ts'
import { PlaceSearch } from './place-search.tsx'

// MapLibre is most of the JavaScript: the search and the position work before it arrives, or without it.
const ReportPlaceMap = lazy(() => import('./report-place-map.tsx').then((module) => ({ default: module.ReportPlaceMap })))

interface ReportPlaceStepProps {
  /** The id of the search field, which the error summary links to for a missing place. */
  searchId: string
  place: ChosenPlace | null
  error?: string | undefined
  onChange(place: ChosenPlace): void
}

type Locating =
  | { status: 'idle' }
  | { status: 'locating' }
  | { status: 'poor'; coordinates: [number, number]; accuracy: number }
  | { status: 'failed'; failure: PositionFailure }

/** Step 1: the spot, by place name, by the device's position, or on the map. */
export function ReportPlaceStep({ searchId, place, error, onChange }: ReportPlaceStepProps) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const [locating, setLocating] = useState<Locating>({ status: 'idle' })

  const fromSearch = (match: PlaceMatch) => {
    setLocating({ status: 'idle' })
    onChange({ coordinates: match.coordinates, source: 'search', name: match.name, accuracy: null })
  }

  const fromMap = (coordinates: [number, number]) => {
    setLocating({ status: 'idle' })
    onChange(movedTo(place, coordinates))
  }

  const locate = () => {
    if (!('geolocation' in navigator)) {
      setLocating({ status: 'failed', failure: 'unsupported' })
      return
    }
    setLocating({ status: 'locating' })
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const outcome = judgePosition(position)
        if (outcome.kind === 'poor') {
          setLocating({ status: 'poor', coordinates: outcome.coordinates, accuracy: outcome.accuracy })
          return
        }
        setLocating({ status: 'idle' })
        onChange({ coordinates: outcome.coordinates, source: 'position', name: null, accuracy: outcome.accuracy })
      },
      (failure) => setLocating({ status: 'failed', failure: positionFailure(failure) }),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    )
  }

  const usePoor = () => {
    if (locating.status !== 'poor') return
    onChange({ coordinates: locating.coordinates, source: 'position', name: null, accuracy: locating.accuracy })
    setLocating({ status: 'idle' })
  }

  return (
    <section className="report-step" aria-labelledby="report-place-heading">
      <h2 id="report-place-heading" className="report-step__heading">
        {t('reports.place.heading')}
      </h2>
      <p className="report-step__intro">{t('reports.place.intro')}</p>

      <PlaceSearch id={searchId} error={error} onChoose={fromSearch} />

      <div className="report-locate">
        <button type="button" className="button button--secondary" onClick={locate} disabled={locating.status === 'locating'}>
          {t('reports.place.locate')}
        </button>
        <div role="status" className="report-locate__status">
          {locating.status === 'locating' && <p>{t('reports.place.locating')}</p>}
          {locating.status === 'failed' && <p className="message--error">{t(`reports.place.${locating.failure}`)}</p>}
          {locating.status === 'poor' && <p className="report-warning">{t('reports.place.poor', { metres: locating.accuracy })}</p>}
        </div>
        {locating.status === 'poor' && (
          <button type="button" className="button button--secondary" onClick={usePoor}>
            {t('reports.place.usePoor')}
          </button>
        )}
      </div>

      <h3 className="report-step__subheading">{t('reports.place.mapHeading')}</h3>
      <p className="report-step__intro">{t('reports.place.mapHint')}</p>
      <Suspense fallback={<div className="report-map report-map--loading" />}>
        <ReportPlaceMap point={place?.coordinates ?? null} onPick={fromMap} />
      </Suspense>

      <div role="status" className="report-chosen">
        <p className={place ? 'report-chosen__text report-chosen__text--set' : 'report-chosen__text'}>
          {place ? t('reports.place.chosen', { place: placeWords(place, context.t) }) : t('reports.place.none')}
        </p>
        {place && !nearMunicipality(place.coordinates) && <p className="report-warning">{t('reports.place.outside')}</p>}
      </div>
    </section>
  )
}
