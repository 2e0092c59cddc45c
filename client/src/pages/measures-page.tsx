import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MeasureDetails } from '../../../server/shared/api/planning-schemas.ts'
import { pagePaths } from '../../../server/shared/page-paths.ts'
import { todayInSweden } from '../../../server/today.ts'
import type { MapCommand, ShapeLoad } from '../components/measure-map-view.tsx'
import { MeasureDetailsView } from '../components/measure-details.tsx'
import { MeasureEffects } from '../components/measure-effects.tsx'
import { MeasureEditForm } from '../components/measure-form.tsx'
import { MeasureLegend } from '../components/measure-legend.tsx'
import { MeasureList } from '../components/measure-list.tsx'
import { StaffGate } from '../components/staff-gate.tsx'
import { StatusRegion } from '../components/status-region.tsx'
import { downloadCsv, downloadGeoJson } from '../export/download-file.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage } from '../forms/form-problems.ts'
import { useStatus } from '../forms/use-status.ts'
import type { ShapeChange } from '../map/measure-map-adapter.ts'
import { fetchMeasure } from '../measures/measure-api.ts'
import { takeMeasureDraft } from '../measures/measure-draft.ts'
import type { MeasureDraft } from '../measures/measure-draft.ts'
import { effectCsv, filterMeasures, measureCsv, measureFeatures, measureGeoJson, sortMeasures } from '../measures/measure-features.ts'
import { emptyMeasureForm, formFromMeasure } from '../measures/measure-form.ts'
import type { MeasureForm, ShapeKind } from '../measures/measure-form.ts'
import { canEditMeasures } from '../measures/measure-options.ts'
import type { MeasureStatusFilter } from '../measures/measure-options.ts'
import { listSearchFor, measureSearchFor, measureViewFromSearch, NEW_MEASURE_SEARCH } from '../measures/measure-search.ts'
import { useMeasureEffects } from '../measures/use-measure-effects.ts'
import { useMeasures } from '../measures/use-measures.ts'
import { useMapBackground } from '../moderation/use-map-background.ts'
import { AppLink } from '../routing/app-link.tsx'
import { navigate } from '../routing/history.ts'
import { pageHeadingId } from '../routing/use-focus-on-navigation.ts'
import { useSearch } from '../routing/use-search.ts'
import { useSession } from '../session/session-context.ts'
import { useDocumentTitle } from './use-document-title.ts'

// MapLibre and terra-draw are most of the JavaScript: loaded after the list is shown.
const MeasureMapView = lazy(() => import('../components/measure-map-view.tsx').then((module) => ({ default: module.MeasureMapView })))

/** Environment measures: the municipality records and follows them up; the police may read them. */
export function MeasuresPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('measures.title'))
  return (
    <StaffGate heading={t('measures.title')}>
      <MeasuresScreen />
    </StaffGate>
  )
}

/** The measure open in the form: a new one, or a saved one being changed. */
interface Editor {
  target: 'new' | number
  measure: MeasureDetails | null
  form: MeasureForm
  kind: ShapeKind
  fromDraft: boolean
}

// While no form is open, the map draws no shape.
const noShape: ShapeLoad = { geometry: null, seq: -1 }
const focusSoon = (id: string) => window.setTimeout(() => document.getElementById(id)?.focus(), 0)
const today = () => todayInSweden()

function MeasuresScreen() {
  const { t } = useTranslation()
  const context = useFormatContext()
  const { call, user } = useSession()
  const canEdit = canEditMeasures(user?.role)
  const view = measureViewFromSearch(useSearch())
  const list = useMeasures(call)
  const effects = useMeasureEffects(call)
  const background = useMapBackground()
  const [status, announce] = useStatus()
  const [loaded, setLoaded] = useState<{ id: number; measure: MeasureDetails } | null>(null)
  const [loadError, setLoadError] = useState<{ id: number; error: unknown } | null>(null)
  const [editor, setEditor] = useState<Editor | null>(null)
  const [drawing, setDrawing] = useState(false)
  const [shapeLoad, setShapeLoad] = useState<ShapeLoad>({ geometry: null, seq: 0 })
  const [finish, setFinish] = useState<MapCommand>({ seq: 0 })
  const [centre, setCentre] = useState<MapCommand>({ seq: 0 })
  const [focus, setFocus] = useState<{ measureId: number; seq: number } | null>(null)
  // The planning screen's draft is read once per visit to `?ny=1` (reading it removes it).
  const draftRef = useRef<{ draft: MeasureDraft | null } | null>(null)

  const viewId = view.kind === 'measure' ? view.id : null
  const viewNew = view.kind === 'new'
  const filter: MeasureStatusFilter = view.kind === 'list' ? view.status : 'all'

  const openEditor = useCallback((next: Editor) => {
    setEditor(next)
    setDrawing(false)
    setShapeLoad((previous) => ({ geometry: next.form.geometry, seq: previous.seq + 1 }))
  }, [])
  const closeEditor = useCallback(() => {
    setEditor(null)
    setDrawing(false)
    setShapeLoad((previous) => ({ geometry: null, seq: previous.seq + 1 }))
  }, [])

  // A new measure: from the planning screen's draft when there is one.
  useEffect(() => {
    if (!viewNew) {
      draftRef.current = null
      return
    }
    if (!canEdit) return
    draftRef.current ??= { draft: takeMeasureDraft() }
    const { draft } = draftRef.current
    openEditor({ target: 'new', measure: null, form: emptyMeasureForm(today(), draft), kind: draft?.geometry.type ?? 'Point', fromDraft: draft !== null })
  }, [viewNew, canEdit, openEditor])

  // The measure in the address is fetched on its own, with its linked reports and observations.
  useEffect(() => {
    if (viewId === null) return
    let current = true
    fetchMeasure(call, viewId).then(
      (measure) => {
        if (!current) return
        setLoaded({ id: measure.id, measure })
        setFocus((previous) => ({ measureId: measure.id, seq: (previous?.seq ?? 0) + 1 }))
      },
      (error: unknown) => current && setLoadError({ id: viewId, error }),
    )
    return () => {
      current = false
    }
  }, [call, viewId])

  // A form left by the address (back, a link) is closed: coming back shows the measure, not the form.
  const viewKey = viewId !== null ? `measure-${viewId}` : view.kind
  const [editorView, setEditorView] = useState(viewKey)
  if (editorView !== viewKey) {
    setEditorView(viewKey)
    if (editor && editor.target !== 'new') setEditor(null)
  }
  const active = editor && (editor.target === 'new' ? viewNew : editor.target === viewId) ? editor : null
  const details = loaded && loaded.id === viewId ? loaded.measure : null
  const changeForm = useCallback((change: Partial<MeasureForm>) => setEditor((previous) => (previous ? { ...previous, form: { ...previous.form, ...change } } : previous)), [])

  const onShapeChange = useCallback(
    (change: ShapeChange) => {
      setDrawing(change.drawing)
      setEditor((previous) => (previous ? { ...previous, form: { ...previous.form, geometry: change.geometry } } : previous))
    },
    [],
  )
  const onMeasureClick = useCallback((measureId: number) => {
    navigate(`${pagePaths.measures}${measureSearchFor(measureId)}`)
  }, [])

  const loadShape = (geometry: MeasureForm['geometry']) => setShapeLoad((previous) => ({ geometry, seq: previous.seq + 1 }))
  const setKind = (kind: ShapeKind) => {
    setEditor((previous) => (previous ? { ...previous, kind, form: { ...previous.form, geometry: previous.form.geometry?.type === kind ? previous.form.geometry : null } } : previous))
    // Another kind of shape replaces the one drawn.
    if (active?.form.geometry && active.form.geometry.type !== kind) loadShape(null)
  }

  const startEdit = () => {
    if (!details) return
    openEditor({ target: details.id, measure: details, form: formFromMeasure(details), kind: details.geometry.type, fromDraft: false })
    focusSoon('ms-form-heading')
  }
  const cancel = () => {
    const wasNew = active?.target === 'new'
    closeEditor()
    if (wasNew) {
      navigate(pagePaths.measures)
      focusSoon(pageHeadingId)
    } else {
      focusSoon('ms-details-heading')
    }
  }
  const onSaved = (measure: MeasureDetails, created: boolean) => {
    announce(t(created ? 'measures.saved.created' : 'measures.saved.updated', { title: measure.title }))
    list.refresh()
    effects.refresh()
    setLoaded({ id: measure.id, measure })
    closeEditor()
    if (created) navigate(`${pagePaths.measures}${measureSearchFor(measure.id)}`)
    focusSoon('ms-details-heading')
  }

  const allMeasures = useMemo(() => list.measures ?? [], [list.measures])
  const shown = useMemo(() => sortMeasures(filterMeasures(allMeasures, filter)), [allMeasures, filter])
  const features = useMemo(() => {
    if (!list.measures) return null
    const onMap = view.kind === 'list' ? shown : allMeasures
    return measureFeatures(onMap, viewId, active && active.target !== 'new' ? active.target : null)
  }, [list.measures, view.kind, shown, allMeasures, viewId, active])

  const stamp = today()
  const exportCsv = () => {
    const file = t('measures.export.csvFile', { date: stamp })
    const table = measureCsv(shown, context)
    downloadCsv(file, table.header, table.rows)
    announce(t('measures.export.done', { file }))
  }
  const exportGeoJson = () => {
    const file = t('measures.export.geojsonFile', { date: stamp })
    downloadGeoJson(file, measureGeoJson(shown))
    announce(t('measures.export.done', { file }))
  }
  const exportEffects = () => {
    if (!effects.result) return
    const file = t('measures.export.effectFile', { date: stamp })
    const table = effectCsv(effects.result.effects, effects.result.radius_m, context)
    downloadCsv(file, table.header, table.rows)
    announce(t('measures.export.done', { file }))
  }

  const loadingMeasure = viewId !== null && !details && loadError?.id !== viewId
  const editing = active !== null

  return (
    <div className="gs-page ms-page">
      <div className="gs-page__side">
        <h1 id={pageHeadingId} tabIndex={-1} className="gs-page__heading">
          {t('measures.title')}
        </h1>
        <p className="gs-page__lead">{t(canEdit ? 'measures.intro' : 'measures.introReadOnly')}</p>
        <StatusRegion message={status} />
        <div role="status" className="status-region">
          {loadingMeasure && <p>{t('measures.loadingMeasure')}</p>}
          {view.kind === 'list' && !list.measures && list.error === null && <p>{t('measures.loading')}</p>}
        </div>
        {list.error !== null && (
          <p role="alert" className="message message--error">
            {t('measures.loadError', { message: errorMessage(list.error, context) })}
          </p>
        )}

        {view.kind === 'list' && (
          <>
            {canEdit && (
              <p className="gs-page__actions">
                <AppLink className="button-link" to={`${pagePaths.measures}${NEW_MEASURE_SEARCH}`}>
                  {t('measures.new')}
                </AppLink>
              </p>
            )}
            {list.measures && (
              <MeasureList
                measures={shown}
                total={allMeasures.length}
                filter={filter}
                onFilter={(next) => navigate(`${pagePaths.measures}${listSearchFor(next)}`, { replace: true })}
                canEdit={canEdit}
                onExportCsv={exportCsv}
                onExportGeoJson={exportGeoJson}
              />
            )}
          </>
        )}

        {viewNew && !canEdit && (
          <>
            <p className="message message--error">{t('measures.newNotAllowed')}</p>
            <p>
              <AppLink to={pagePaths.measures}>{t('measures.details.back')}</AppLink>
            </p>
          </>
        )}

        {viewId !== null && loadError?.id === viewId && !details && (
          <>
            <p role="alert" className="message message--error">
              {t('measures.measureLoadError', { message: errorMessage(loadError.error, context) })}
            </p>
            <p>
              <AppLink to={pagePaths.measures}>{t('measures.details.back')}</AppLink>
            </p>
          </>
        )}

        {active && (
          <MeasureEditForm
            key={String(active.target)}
            measure={active.measure}
            form={active.form}
            onForm={changeForm}
            fromDraft={active.fromDraft}
            kind={active.kind}
            onKind={setKind}
            drawing={drawing}
            onFinishShape={() => setFinish((previous) => ({ seq: previous.seq + 1 }))}
            onClearShape={() => {
              changeForm({ geometry: null })
              loadShape(null)
            }}
            onCentre={() => {
              setEditor((previous) => (previous ? { ...previous, kind: 'Point' } : previous))
              setCentre((previous) => ({ seq: previous.seq + 1 }))
            }}
            onPlace={(coordinates) => {
              changeForm({ geometry: { type: 'Point', coordinates } })
              loadShape({ type: 'Point', coordinates })
            }}
            onSaved={onSaved}
            onCancel={cancel}
          />
        )}

        {!editing && details && (
          <MeasureDetailsView
            measure={details}
            canEdit={canEdit}
            effects={effects}
            onEdit={startEdit}
            onClose={() => {
              navigate(pagePaths.measures)
              focusSoon(pageHeadingId)
            }}
          />
        )}
      </div>

      <div className="gs-page__map" data-map-area="">
        <MeasureLegend drawing={editing} />
        {background.failed && <p className="message message--error mod-map-error">{t('measures.map.loadError')}</p>}
        <Suspense fallback={null}>
          {background.config && (
            <MeasureMapView
              background={{ ...background, config: background.config }}
              measures={features}
              focus={view.kind === 'measure' && !editing ? focus : null}
              drawKind={active ? active.kind : null}
              shapeLoad={active ? shapeLoad : noShape}
              finish={finish}
              centre={centre}
              onMeasureClick={onMeasureClick}
              onShapeChange={onShapeChange}
            />
          )}
        </Suspense>
      </div>

      <div className="gs-page__more">{view.kind === 'list' && <MeasureEffects effects={effects} onExport={exportEffects} />}</div>
    </div>
  )
}
