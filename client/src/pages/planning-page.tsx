import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CandidateSite } from '../../../server/shared/api/planning-schemas.ts'
import { pagePaths } from '../../../server/shared/page-paths.ts'
import { PlanningExport } from '../components/planning-export.tsx'
import { PlanningLegend } from '../components/planning-legend.tsx'
import { PlanningSettingsForm } from '../components/planning-settings-form.tsx'
import { PlanningSiteList } from '../components/planning-site-list.tsx'
import { StaffGate } from '../components/staff-gate.tsx'
import { StatusRegion } from '../components/status-region.tsx'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage } from '../forms/form-problems.ts'
import { useStatus } from '../forms/use-status.ts'
import { saveMeasureDraft } from '../measures/measure-draft.ts'
import { useMapBackground } from '../moderation/use-map-background.ts'
import { canCreateMeasures } from '../planning/planning-roles.ts'
import { defaultSettings, defaultWeightSettings, settingsFromSearch, settingsToSearch, storedSearch, storeSettings, weightsOf } from '../planning/planning-settings.ts'
import type { PlanningSettings } from '../planning/planning-settings.ts'
import { siteFeatures } from '../planning/site-features.ts'
import { formatNumber } from '../planning/score-words.ts'
import { measureDraftFromSite, siteName } from '../planning/site-words.ts'
import { useCentrumZones } from '../planning/use-centrum-zones.ts'
import { usePlanningAnalysis } from '../planning/use-planning-analysis.ts'
import { currentSearch, navigate } from '../routing/history.ts'
import { pageHeadingId } from '../routing/use-focus-on-navigation.ts'
import { useSession } from '../session/session-context.ts'
import { useDocumentTitle } from './use-document-title.ts'

// MapLibre is most of the JavaScript: loaded after the form and the list are shown.
const PlanningMapView = lazy(() => import('../components/planning-map-view.tsx').then((module) => ({ default: module.PlanningMapView })))

/** Where unsafe places cluster and which sites to pick, with reasons a committee can check. */
export function PlanningPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('planning.title'))
  return (
    <StaffGate heading={t('planning.title')}>
      <PlanningScreen />
    </StaffGate>
  )
}

/** The settings a planner opens with: the link's, else the last ones used on this device, else the defaults. */
const initialSettings = () => settingsFromSearch(currentSearch()) ?? settingsFromSearch(storedSearch()) ?? defaultSettings()

/** Accepted settings go into the address (a reload or a shared link opens the same) and into localStorage. */
function keepSettings(settings: PlanningSettings) {
  storeSettings(settings)
  // Only while the planner is still here: an answer can arrive after a click elsewhere.
  if (window.location.pathname !== pagePaths.planning) return
  window.history.replaceState(window.history.state, '', `${pagePaths.planning}${settingsToSearch(settings)}`)
}

/** Moves to a site in the list and puts focus on its heading, so reading goes on from there. */
function showInList(rank: number) {
  const heading = document.getElementById(`pl-site-${rank}-heading`)
  heading?.scrollIntoView({ block: 'start' })
  heading?.focus()
}

/** Where the layout puts the map beside the list (grannsamverkan.css). */
const SIDE_BY_SIDE = '(min-width: 800px)'

/** On a phone the map lies above the list: a site shown on it scrolls the map into view. At a desk it stays beside the list. */
function bringMapIntoView() {
  const area = document.querySelector('.pl-page [data-map-area]')
  if (!area) return
  const box = area.getBoundingClientRect()
  if (box.top >= 0 && box.top < window.innerHeight / 2) return
  if (box.top < 0 && box.bottom > window.innerHeight / 2) return
  area.scrollIntoView({ block: 'start', behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' })
}

function PlanningScreen() {
  const { t } = useTranslation()
  const context = useFormatContext()
  const { call, user } = useSession()
  const canCreate = canCreateMeasures(user?.role)
  const background = useMapBackground()
  const centrum = useCentrumZones()
  const [status, announce] = useStatus()
  const [draft, setDraft] = useState(initialSettings)
  const [hexVisible, setHexVisible] = useState(true)
  const analysis = usePlanningAnalysis(call, context, hexVisible, keepSettings)
  const { apply, hotspots, accepted } = analysis
  // A choice belongs to one answer: a new answer ranks other clusters.
  const [selection, setSelection] = useState<{ result: unknown; rank: number | null }>({ result: null, rank: null })
  const [focus, setFocus] = useState<{ rank: number; seq: number } | null>(null)
  const selectedRank = selection.result === hotspots ? selection.rank : null

  // The first answer comes without a press, for the settings the planner opened with.
  const [initial] = useState(draft)
  useEffect(() => apply(initial), [apply, initial])

  const weights = useMemo(() => (accepted ? weightsOf(accepted) : null), [accepted])
  const features = useMemo(() => (hotspots ? siteFeatures(hotspots.sites, selectedRank) : null), [hotspots, selectedRank])

  const changeDraft = useCallback((change: Partial<PlanningSettings>) => setDraft((previous) => ({ ...previous, ...change })), [])
  const resetWeights = () => {
    changeDraft(defaultWeightSettings())
    announce(t('planning.settings.weightsReset'))
  }

  const onSiteClick = useCallback(
    (rank: number | null) => {
      setSelection({ result: hotspots, rank })
      // At a desk the list follows the map: the chosen site scrolls into view beside it. On a
      // phone the list is below the map, and the page stays where the finger is.
      if (rank !== null && window.matchMedia(SIDE_BY_SIDE).matches) {
        window.setTimeout(() => document.getElementById(`pl-site-${rank}`)?.scrollIntoView({ block: 'nearest' }), 0)
      }
    },
    [hotspots],
  )
  const showSite = (site: CandidateSite) => {
    setSelection({ result: hotspots, rank: site.rank })
    setFocus((previous) => ({ rank: site.rank, seq: (previous?.seq ?? 0) + 1 }))
    bringMapIntoView()
  }
  const createMeasure = (site: CandidateSite) => {
    saveMeasureDraft(measureDraftFromSite(site, context))
    navigate(`${pagePaths.measures}?ny=1`)
  }

  const hexGrid = analysis.hexGrid
  const chosen = hotspots?.sites.find((site) => site.rank === selectedRank) ?? null
  return (
    <div className="gs-page pl-page">
      <div className="gs-page__side">
        <h1 id={pageHeadingId} tabIndex={-1} className="gs-page__heading">
          {t('planning.title')}
        </h1>
        <p className="gs-page__lead">{t('planning.intro')}</p>
        {!canCreate && <p className="pl-page__read-only">{t('planning.introReadOnly')}</p>}
        <StatusRegion message={status} />
        <PlanningSettingsForm
          draft={draft}
          onDraft={changeDraft}
          onApply={() => apply(draft)}
          onResetWeights={resetWeights}
          problems={analysis.problems}
          attempt={analysis.attempt}
          busy={analysis.busy}
          showingEarlier={hotspots !== null}
        />
      </div>

      <div className="gs-page__map" data-map-area="">
        <PlanningLegend
          hexVisible={hexVisible}
          onHexVisible={setHexVisible}
          grid={hexGrid ? { cell_m: hexGrid.cell_m, half_life_days: hexGrid.half_life_days, cells: hexGrid.features.length } : null}
          hexLoading={analysis.hexLoading}
          hexError={analysis.hexError === null ? null : t('planning.map.hexError', { message: errorMessage(analysis.hexError, context) })}
        />
        {background.failed && <p className="message message--error mod-map-error">{t('planning.map.loadError')}</p>}
        <Suspense fallback={null}>
          {background.config && (
            <PlanningMapView
              background={{ ...background, config: background.config }}
              centrum={centrum}
              sites={features}
              hexGrid={hexVisible ? hexGrid : null}
              hexVisible={hexVisible}
              focus={focus}
              onSiteClick={onSiteClick}
              onViewChange={analysis.setView}
            />
          )}
        </Suspense>
        {chosen && (
          <p className="pl-chosen">
            {t('planning.map.chosen', { rank: chosen.rank, name: siteName(chosen, context), score: formatNumber(chosen.score, context) })}{' '}
            <button type="button" className="pl-chosen__link" onClick={() => showInList(chosen.rank)}>
              {t('planning.map.toList')}
            </button>
          </p>
        )}
      </div>

      <div className="gs-page__more">
        <PlanningSiteList
          result={hotspots}
          weights={weights}
          loading={analysis.busy}
          selectedRank={selectedRank}
          canCreate={canCreate}
          onShow={showSite}
          onCreate={createMeasure}
          exports={hotspots && weights && <PlanningExport result={hotspots} weights={weights} hexGrid={hexVisible ? hexGrid : null} onSaved={(name) => announce(t('planning.export.saved', { name }))} />}
        />
      </div>
    </div>
  )
}
