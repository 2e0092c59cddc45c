import { lazy, Suspense, useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { StaffIncident } from '../../../server/shared/api/incident-schemas.ts'
import { IncidentForm } from '../components/incident-form.tsx'
import type { ChosenPlace } from '../components/incident-form.tsx'
import { IncidentList } from '../components/incident-list.tsx'
import { ModerationLegend } from '../components/moderation-legend.tsx'
import { StaffGate } from '../components/staff-gate.tsx'
import { StatusRegion } from '../components/status-region.tsx'
import { formatShortDateTime } from '../features/format-value.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage } from '../forms/form-problems.ts'
import { useStatus } from '../forms/use-status.ts'
import { intlLocales } from '../i18n/languages.ts'
import { INCIDENT_DAYS, incidentPoints } from '../moderation/incident-entry.ts'
import { useIncidents } from '../moderation/use-incidents.ts'
import { useMapBackground } from '../moderation/use-map-background.ts'
import { pageHeadingId } from '../routing/use-focus-on-navigation.ts'
import { useSession } from '../session/session-context.ts'
import { useDocumentTitle } from './use-document-title.ts'

// MapLibre is most of the JavaScript: loaded after the form is shown.
const ModerationMapView = lazy(() => import('../components/moderation-map-view.tsx').then((module) => ({ default: module.ModerationMapView })))

/** Any staff member files an incident for the EST way of working; incidents are never public. */
export function IncidentsPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('incidents.title'))
  return (
    <StaffGate heading={t('incidents.heading')}>
      <IncidentsScreen />
    </StaffGate>
  )
}

function IncidentsScreen() {
  const { t } = useTranslation()
  const context = useFormatContext()
  const { call } = useSession()
  const list = useIncidents(call)
  const background = useMapBackground()
  const [status, announce] = useStatus()
  const [place, setPlace] = useState<ChosenPlace | null>(null)
  const days = INCIDENT_DAYS

  const points = useMemo(() => incidentPoints(list.incidents ?? [], (incident) => t(`incidents.type.${incident.type}`)), [list.incidents, t])
  // A tap on the map chooses the place, on a point or beside it: the incidents are only there to see.
  const onMapClick = useCallback((_pointId: number | null, coordinates: [number, number]) => {
    setPlace({ coordinates: [round6(coordinates[0]), round6(coordinates[1])], name: null })
  }, [])

  const onSaved = (incident: StaffIncident) => {
    announce(
      t('incidents.form.saved', {
        type: t(`incidents.type.${incident.type}`),
        time: formatShortDateTime(incident.occurred_at, intlLocales[context.language]),
      }),
    )
    list.refresh()
  }

  return (
    <div className="gs-page mod-page incidents-page">
      <div className="gs-page__side">
        <h1 id={pageHeadingId} tabIndex={-1} className="gs-page__heading">
          {t('incidents.heading')}
        </h1>
        <p className="gs-page__lead">{t('incidents.intro')}</p>
        <p className="mod-never-public">{t('incidents.neverPublic')}</p>
        <StatusRegion message={status} />
        <IncidentForm place={place} onPlace={setPlace} onSaved={onSaved} />
      </div>

      <div className="gs-page__map" data-map-area="">
        <ModerationLegend
          id="incident-legend-heading"
          heading={t('moderation.legend.heading')}
          keys={[
            { kind: 'pick', label: t('incidents.map.legendPick') },
            { kind: 'incident', label: t('incidents.map.legendIncident', { days }) },
          ]}
        />
        {background.failed && <p className="message message--error mod-map-error">{t('moderation.map.loadError')}</p>}
        <Suspense fallback={null}>
          {background.config && (
            <ModerationMapView
              background={{ ...background, config: background.config }}
              points={points}
              selectedId={null}
              show={null}
              pick={place?.coordinates ?? null}
              labels={{ region: t('incidents.map.regionLabel'), canvas: t('incidents.map.canvasLabel', { days }), noWebgl: t('incidents.map.noWebgl') }}
              onClick={onMapClick}
            />
          )}
        </Suspense>
      </div>

      <div className="gs-page__more">
        <section className="gs-section" aria-labelledby="incident-list-heading">
          <h2 id="incident-list-heading" className="gs-section__heading">
            {t('incidents.list.heading', { days })}
          </h2>
          <div role="status" className="status-region">
            {!list.incidents && list.error === null && <p>{t('incidents.loading')}</p>}
          </div>
          {list.error !== null && (
            <p role="alert" className="message message--error">
              {t('incidents.loadError', { message: errorMessage(list.error, context) })}
            </p>
          )}
          {list.incidents && <IncidentList incidents={list.incidents} />}
        </section>
      </div>
    </div>
  )
}

/** Six decimals are about 10 cm: more would only pretend to a precision a tap does not have. */
const round6 = (value: number) => Math.round(value * 1e6) / 1e6
