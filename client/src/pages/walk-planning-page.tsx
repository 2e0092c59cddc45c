import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RouteProposal, WalkSummary } from '../../../server/shared/api/walk-schemas.ts'
import { pagePaths } from '../../../server/shared/page-paths.ts'
import { StaffGate } from '../components/staff-gate.tsx'
import { StatusRegion } from '../components/status-region.tsx'
import type { RouteLoad } from '../components/walk-plan-map-view.tsx'
import { WalkPlanDetails } from '../components/walk-plan-details.tsx'
import { WalkPlanEvidence } from '../components/walk-plan-evidence.tsx'
import { WalkPlanForm } from '../components/walk-plan-form.tsx'
import { WalkPlanLegend } from '../components/walk-plan-legend.tsx'
import { WalkPlanList } from '../components/walk-plan-list.tsx'
import type { RouteState } from '../components/walk-plan-place-fields.tsx'
import { WalkPlanStats } from '../components/walk-plan-stats.tsx'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage } from '../forms/form-problems.ts'
import { useStatus } from '../forms/use-status.ts'
import type { PlanTool, RouteChange } from '../map/walk-planning-map-adapter.ts'
import { useMapBackground } from '../moderation/use-map-background.ts'
import { navigate } from '../routing/history.ts'
import { pageHeadingId } from '../routing/use-focus-on-navigation.ts'
import { useSearch } from '../routing/use-search.ts'
import { useSession } from '../session/session-context.ts'
import { hotspotPoints, walkRoutes } from '../walk-planning/plan-features.ts'
import { lengthInWords } from '../walk-planning/route-length.ts'
import { useUnvisitedHotspots, defaultHotspotSettings } from '../walk-planning/use-unvisited-hotspots.ts'
import { useWalkOverview } from '../walk-planning/use-walk-overview.ts'
import { draftFromWalk, emptyDraft, round6 } from '../walk-planning/walk-draft.ts'
import type { WalkDraft } from '../walk-planning/walk-draft.ts'
import { walkIdFromSearch } from '../walk-planning/walk-order.ts'
import { canPlanWalks } from '../walk-planning/walk-roles.ts'
import { fetchWalk } from '../walks/walk-api.ts'
import { useDocumentTitle } from './use-document-title.ts'

// MapLibre and terra-draw are most of the JavaScript: loaded after the list is shown.
const WalkPlanMapView = lazy(() => import('../components/walk-plan-map-view.tsx').then((module) => ({ default: module.WalkPlanMapView })))

/** The municipality plans safety walks here; the police may read the screen. */
export function WalkPlanningPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('walkPlanning.title'))
  return (
    <StaffGate heading={t('walkPlanning.heading')}>
      <WalkPlanningScreen />
    </StaffGate>
  )
}

type EditTool = Exclude<PlanTool, 'none'>

/** The walk open in the form: a new one, or the walk in the address (`?id=`). */
interface Editor {
  target: 'new' | number
  walk: WalkSummary | null
  draft: WalkDraft
  tool: EditTool
}

// While no walk is open, the map draws no route.
const noRoute: RouteLoad = { route: null, seq: -1 }
const noPicks: ReadonlySet<number> = new Set()
const focusSoon = (id: string) => window.setTimeout(() => document.getElementById(id)?.focus(), 0)

function WalkPlanningScreen() {
  const { t } = useTranslation()
  const context = useFormatContext()
  const { call, user } = useSession()
  const canPlan = canPlanWalks(user?.role)
  const idParam = walkIdFromSearch(useSearch())
  const overview = useWalkOverview(call)
  const background = useMapBackground()
  const [status, announce] = useStatus()
  const [settings, setSettings] = useState(defaultHotspotSettings)
  const evidence = useUnvisitedHotspots(call, settings)
  const [editor, setEditor] = useState<Editor | null>(null)
  const [walkError, setWalkError] = useState<{ id: number; error: unknown } | null>(null)
  const [routeLoad, setRouteLoad] = useState<RouteLoad>({ route: null, seq: 0 })
  const [routeState, setRouteState] = useState<RouteState>({ preview: null, drawing: false })
  const [finishSeq, setFinishSeq] = useState(0)
  const [now] = useState(() => new Date())

  const open = useCallback((next: Editor) => {
    setEditor(next)
    setRouteLoad((previous) => ({ route: next.draft.route, seq: previous.seq + 1 }))
  }, [])

  // The walk in the address is fetched on its own: a walk just created may not be in the list yet.
  useEffect(() => {
    if (idParam === null) return
    let current = true
    fetchWalk(call, idParam).then(
      (walk) => current && open({ target: walk.id, walk, draft: draftFromWalk(walk), tool: 'route' }),
      (error: unknown) => current && setWalkError({ id: idParam, error }),
    )
    return () => {
      current = false
    }
  }, [call, idParam, open])

  const active = editor && (idParam === null ? editor.target === 'new' : editor.target === idParam) ? editor : null
  const changeDraft = useCallback((change: Partial<WalkDraft>) => setEditor((previous) => (previous ? { ...previous, draft: { ...previous.draft, ...change } } : previous)), [])
  const setTool = (tool: EditTool) => setEditor((previous) => (previous ? { ...previous, tool } : previous))

  const onRouteChange = useCallback(
    (change: RouteChange) => {
      setRouteState({ preview: change.preview, drawing: change.drawing })
      changeDraft({ route: change.route })
    },
    [changeDraft],
  )
  const onMeetingPoint = useCallback((coordinates: [number, number]) => changeDraft({ meetingPoint: [round6(coordinates[0]), round6(coordinates[1])] }), [changeDraft])

  const startNew = () => {
    open({ target: 'new', walk: null, draft: emptyDraft(), tool: 'meeting' })
    if (idParam !== null) navigate(pagePaths.walkPlanning)
    focusSoon('walk-plan-heading')
  }
  const close = () => {
    setEditor(null)
    if (idParam !== null) navigate(pagePaths.walkPlanning)
    focusSoon(pageHeadingId)
  }
  const onSaved = (walk: WalkSummary, created: boolean) => {
    announce(t(created ? 'walkPlanning.saved.created' : 'walkPlanning.saved.updated', { title: walk.title }))
    overview.refresh()
    open({ target: walk.id, walk, draft: draftFromWalk(walk), tool: active?.tool ?? 'route' })
    if (created) {
      navigate(`${pagePaths.walkPlanning}?id=${walk.id}`)
      focusSoon('walk-plan-heading')
    }
  }
  const onProposed = (proposal: RouteProposal, stops: number) => {
    setEditor((previous) => (previous ? { ...previous, draft: { ...previous.draft, route: proposal.route.coordinates }, tool: 'route' } : previous))
    setRouteLoad((previous) => ({ route: proposal.route.coordinates, seq: previous.seq + 1 }))
    announce(t('walkPlanning.evidence.loaded', { length: lengthInWords(proposal.length_m, context), count: stops }))
  }

  const routes = useMemo(() => walkRoutes(overview.walks ?? [], active?.walk?.id ?? null), [overview.walks, active?.walk?.id])
  // Only a planner ticks places: to others the map shows them all alike.
  const picks = canPlan ? evidence.picks : noPicks
  const places = useMemo(() => (evidence.hotspots ? hotspotPoints(evidence.hotspots, picks) : null), [evidence.hotspots, picks])
  const meetingPoint = active?.draft.meetingPoint ? { coordinates: active.draft.meetingPoint, label: active.draft.meetingPointName.trim() || t('walkPlanning.map.meetingPoint') } : null
  const loadingWalk = idParam !== null && !active && walkError?.id !== idParam

  return (
    <div className="gs-page plan-page">
      <div className="gs-page__side">
        <h1 id={pageHeadingId} tabIndex={-1} className="gs-page__heading">
          {t('walkPlanning.heading')}
        </h1>
        <p className="gs-page__lead">{t(canPlan ? 'walkPlanning.intro' : 'walkPlanning.introReadOnly')}</p>
        <StatusRegion message={status} />
        <div role="status" className="status-region">
          {loadingWalk && <p>{t('walkPlanning.loadingWalk')}</p>}
          {!overview.walks && overview.walksError === null && <p>{t('walkPlanning.loading')}</p>}
        </div>
        {idParam !== null && walkError?.id === idParam && !active && (
          <p role="alert" className="message message--error">
            {t('walkPlanning.walkLoadError', { message: errorMessage(walkError.error, context) })}
          </p>
        )}
        {overview.walksError !== null && (
          <p role="alert" className="message message--error">
            {t('walkPlanning.loadError', { message: errorMessage(overview.walksError, context) })}
          </p>
        )}
        {canPlan && !active && (
          <p className="gs-page__actions">
            <button type="button" className="button" onClick={startNew}>
              {t('walkPlanning.new')}
            </button>
          </p>
        )}
        {active && canPlan && (
          <WalkPlanForm
            key={String(active.target)}
            walk={active.walk}
            draft={active.draft}
            onDraft={changeDraft}
            tool={active.tool}
            onTool={setTool}
            routeState={routeState}
            onFinishRoute={() => setFinishSeq((value) => value + 1)}
            onClearRoute={() => {
              changeDraft({ route: null })
              setTool('route')
              setRouteLoad((previous) => ({ route: null, seq: previous.seq + 1 }))
            }}
            onSaved={onSaved}
            onClose={close}
          />
        )}
        {active?.walk && !canPlan && <WalkPlanDetails walk={active.walk} onClose={close} />}
        {overview.walks && <WalkPlanList walks={overview.walks} now={now} canPlan={canPlan} openId={active?.walk?.id ?? null} />}
      </div>

      <div className="gs-page__map" data-map-area="">
        <WalkPlanLegend canPick={canPlan} />
        {background.failed && <p className="message message--error mod-map-error">{t('walkPlanning.map.loadError')}</p>}
        <Suspense fallback={null}>
          {background.config && (
            <WalkPlanMapView
              background={{ ...background, config: background.config }}
              walks={routes}
              hotspots={places}
              meetingPoint={meetingPoint}
              tool={active && canPlan ? active.tool : 'none'}
              routeLoad={active ? routeLoad : noRoute}
              finishSeq={finishSeq}
              onMeetingPoint={onMeetingPoint}
              onRouteChange={onRouteChange}
            />
          )}
        </Suspense>
      </div>

      <div className="gs-page__more">
        <WalkPlanEvidence
          hotspots={evidence.hotspots}
          loadError={evidence.error === null ? null : t('walkPlanning.evidence.loadError', { message: errorMessage(evidence.error, context) })}
          settings={settings}
          onSettings={setSettings}
          picks={evidence.picks}
          onPicks={evidence.setPicks}
          canPropose={canPlan}
          formOpen={active !== null && canPlan}
          meetingPoint={active?.draft.meetingPoint ?? null}
          onProposed={onProposed}
        />
        <WalkPlanStats
          years={overview.years}
          loadError={overview.yearsError === null ? null : errorMessage(overview.yearsError, context)}
          currentYear={Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Europe/Stockholm' }).format(now))}
        />
      </div>
    </div>
  )
}
