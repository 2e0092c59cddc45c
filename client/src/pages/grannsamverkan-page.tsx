import type { FeatureCollection, Polygon } from 'geojson'
import { lazy, Suspense, useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { WatchAreaRecord } from '../../../server/shared/api/watch-area-schemas.ts'
import { maySeePersonalData } from '../../../server/shared/privacy.ts'
import { AreaImport } from '../components/area-import.tsx'
import { AreaStateLegend } from '../components/area-state-legend.tsx'
import { CoverageSection } from '../components/coverage-section.tsx'
import { DrawPanel } from '../components/draw-panel.tsx'
import type { DrawRequest } from '../components/grannsamverkan-map-view.tsx'
import { GrannsamverkanProgress } from '../components/grannsamverkan-progress.tsx'
import { MeetingForm } from '../components/meeting-form.tsx'
import { RegisterExport } from '../components/register-export.tsx'
import { StaffGate } from '../components/staff-gate.tsx'
import { StatusRegion } from '../components/status-region.tsx'
import { WatchAreaDetails } from '../components/watch-area-details.tsx'
import { areaButtonId, WatchAreaList } from '../components/watch-area-list.tsx'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage } from '../forms/form-problems.ts'
import { useStatus } from '../forms/use-status.ts'
import { areaFeatures } from '../grannsamverkan/area-state.ts'
import { coverageShapes } from '../grannsamverkan/coverage-features.ts'
import { canEditGrannsamverkan, grannsamverkanViewers } from '../grannsamverkan/edit-roles.ts'
import { useGrannsamverkanData } from '../grannsamverkan/use-grannsamverkan-data.ts'
import { pageHeadingId } from '../routing/use-focus-on-navigation.ts'
import { useSession } from '../session/session-context.ts'
import { useDocumentTitle } from './use-document-title.ts'

// MapLibre and terra-draw are most of the JavaScript: loaded after the list is shown.
const GrannsamverkanMapView = lazy(() =>
  import('../components/grannsamverkan-map-view.tsx').then((module) => ({ default: module.GrannsamverkanMapView })),
)

/** The police's grannsamverkan screen; the municipality may look, only police and admins change. */
export function GrannsamverkanPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('grannsamverkan.title'))
  return (
    <StaffGate heading={t('grannsamverkan.heading')} roles={grannsamverkanViewers}>
      <GrannsamverkanScreen />
    </StaffGate>
  )
}

const noPreview: FeatureCollection = { type: 'FeatureCollection', features: [] }

interface Selection {
  areaId: number
  from: 'list' | 'map'
}

function GrannsamverkanScreen() {
  const { t } = useTranslation()
  const context = useFormatContext()
  const { call, user } = useSession()
  const canEdit = canEditGrannsamverkan(user?.role)
  const data = useGrannsamverkanData(call)
  const [status, announce] = useStatus()
  const [selection, setSelection] = useState<Selection | null>(null)
  const [show, setShow] = useState<{ areaId: number; seq: number } | null>(null)
  const [drawing, setDrawing] = useState<(DrawRequest & { area: WatchAreaRecord | null }) | null>(null)
  const [outline, setOutline] = useState<{ polygon: Polygon | null; finished: boolean }>({ polygon: null, finished: false })
  const [meetingOpen, setMeetingOpen] = useState(false)
  const [version, setVersion] = useState(0)
  const [coverageShown, setCoverageShown] = useState(false)
  const [importPreview, setImportPreview] = useState<FeatureCollection>(noPreview)

  const register = useMemo(() => data.register?.areas ?? [], [data.register])
  const threshold = data.register?.update_threshold_months ?? 12
  const selectedEntry = selection ? register.find((entry) => entry.id === selection.areaId) ?? null : null
  const stateWord = useCallback((state: string) => t(`grannsamverkan.states.${state}`), [t])
  const features = useMemo(() => areaFeatures(data.outlines.areas, register, stateWord), [data.outlines.areas, register, stateWord])
  const coverage = useMemo(() => coverageShapes(data.coverage), [data.coverage])

  const choose = (areaId: number) => {
    setSelection({ areaId, from: 'list' })
    setShow((previous) => ({ areaId, seq: (previous?.seq ?? 0) + 1 }))
  }
  const onAreaClick = useCallback((areaId: number | null) => setSelection(areaId === null ? null : { areaId, from: 'map' }), [])
  const close = () => {
    const target = selection?.from === 'list' ? document.getElementById(areaButtonId(selection.areaId)) : null
    setSelection(null)
    ;(target ?? document.getElementById(pageHeadingId))?.focus()
  }

  const changed = (message: string) => {
    announce(message)
    setVersion((value) => value + 1)
    data.refresh()
  }

  const startDrawing = (area: WatchAreaRecord | null) => {
    setOutline({ polygon: null, finished: false })
    setDrawing((previous) => ({
      area,
      areaId: area?.id ?? null,
      outline: area && area.geometry.type === 'Polygon' ? area.geometry : null,
      seq: (previous?.seq ?? 0) + 1,
    }))
    // The heading of the drawing panel, once it is drawn.
    window.setTimeout(() => document.getElementById('gs-draw-heading')?.focus(), 0)
  }
  const stopDrawing = () => {
    setDrawing(null)
    setOutline({ polygon: null, finished: false })
  }
  const onOutlineChange = useCallback((polygon: Polygon | null, finished: boolean) => setOutline({ polygon, finished }), [])

  return (
    <div className="gs-page">
      <div className="gs-page__side">
        <h1 id={pageHeadingId} tabIndex={-1} className="gs-page__heading">
          {t('grannsamverkan.heading')}
        </h1>
        <p className="gs-page__lead">{t(canEdit ? 'grannsamverkan.intro' : 'grannsamverkan.introReadOnly')}</p>
        <StatusRegion message={status} />
        <div role="status" className="status-region">
          {!data.register && data.registerError === null && <p>{t('grannsamverkan.loading')}</p>}
        </div>
        {data.registerError !== null && (
          <p role="alert" className="message message--error">
            {t('grannsamverkan.loadError', { message: errorMessage(data.registerError, context) })}
          </p>
        )}
        {data.outlinesFailed && <p className="message message--error">{t('grannsamverkan.map.loadError')}</p>}
        {canEdit && !drawing && (
          <p className="gs-page__actions">
            <button type="button" className="button" onClick={() => startDrawing(null)}>
              {t('grannsamverkan.draw.start')}
            </button>
          </p>
        )}
        {drawing && (
          <DrawPanel
            key={drawing.seq}
            area={drawing.area}
            outline={outline.polygon}
            finished={outline.finished}
            urbanAreas={data.outlines.urbanAreas}
            onCancel={stopDrawing}
            onSaved={(record, created) => {
              stopDrawing()
              const saved = t(created ? 'grannsamverkan.draw.created' : 'grannsamverkan.draw.outlineSaved', { name: record.name })
              // The server repairs an outline that crossed itself only when the repair is unambiguous; the officer checks it.
              changed(record.geometry_repaired ? `${saved} ${t('grannsamverkan.draw.repaired')}` : saved)
              setSelection({ areaId: record.id, from: 'list' })
            }}
          />
        )}
        {!drawing && selectedEntry && (
          <WatchAreaDetails
            // A new area starts with its record shown, not a half-filled form of the previous one.
            key={selectedEntry.id}
            entry={selectedEntry}
            thresholdMonths={threshold}
            canEdit={canEdit}
            version={version}
            onChanged={changed}
            onEditOutline={startDrawing}
            onClose={close}
          />
        )}
        {data.register && <WatchAreaList areas={register} thresholdMonths={threshold} selectedId={selection?.areaId ?? null} onChoose={choose} />}
      </div>

      <div className="gs-page__map" data-map-area="">
        {/* Above the map, so it is in view on a desk before the page is scrolled. */}
        <AreaStateLegend
          coverage={data.coverage ? { shown: coverageShown, onToggle: setCoverageShown } : undefined}
          importShown={importPreview.features.length > 0}
        />
        <Suspense fallback={null}>
          {data.config && (
            <GrannsamverkanMapView
              config={data.config}
              areas={features}
              background={data.outlines}
              selectedId={selection?.areaId ?? null}
              coverage={coverage}
              coverageVisible={coverageShown}
              show={show}
              drawing={drawing}
              importPreview={importPreview}
              onAreaClick={onAreaClick}
              onOutlineChange={onOutlineChange}
            />
          )}
        </Suspense>
      </div>

      <div className="gs-page__more">
        {canEdit && (
          <section className="gs-section" aria-labelledby="gs-meeting-heading">
            <h2 id="gs-meeting-heading" className="gs-section__heading">
              {t('grannsamverkan.meetingForm.heading')}
            </h2>
            {!meetingOpen && (
              <button type="button" className="button" onClick={() => setMeetingOpen(true)}>
                {t('grannsamverkan.meetingForm.open')}
              </button>
            )}
            {meetingOpen && (
              <MeetingForm
                areas={register}
                preselected={selection?.areaId ?? null}
                onCancel={() => setMeetingOpen(false)}
                onLogged={(meeting) => {
                  setMeetingOpen(false)
                  changed(
                    t('grannsamverkan.meetingForm.logged', {
                      kind: t(`grannsamverkan.meetingKinds.${meeting.kind}`),
                      areas: meeting.areas.map((area) => area.name).join(', '),
                    }),
                  )
                }}
              />
            )}
          </section>
        )}
        {canEdit && (
          <AreaImport
            onPreview={setImportPreview}
            onImported={(count) => changed(t('grannsamverkan.import.done', { count }))}
          />
        )}
        <GrannsamverkanProgress years={data.progress} loadError={data.progressError === null ? null : errorMessage(data.progressError, context)} />
        <CoverageSection
          coverage={data.coverage}
          loadError={data.coverageError === null ? null : errorMessage(data.coverageError, context)}
          onOpenArea={choose}
        />
        <RegisterExport withPersonalData={maySeePersonalData(user?.role)} />
      </div>
    </div>
  )
}
