import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RouteProposal, UnvisitedHotspot } from '../../../server/shared/api/walk-schemas.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage } from '../forms/form-problems.ts'
import { useSession } from '../session/session-context.ts'
import { pickedStops, proposalSaving, togglePick } from '../walk-planning/hotspot-picks.ts'
import { lengthInWords } from '../walk-planning/route-length.ts'
import type { HotspotSettings } from '../walk-planning/use-unvisited-hotspots.ts'
import { MAX_ROUTE_STOPS } from '../walks/walk-options.ts'
import { proposeRoute } from '../walks/walk-api.ts'
import { SelectField } from './select-field.tsx'

const monthChoices = [3, 6, 12, 24, 36] as const
const minPointChoices = [2, 3, 4, 5, 6, 8, 10] as const

interface WalkPlanEvidenceProps {
  hotspots: readonly UnvisitedHotspot[] | null
  loadError: string | null
  settings: HotspotSettings
  onSettings(settings: HotspotSettings): void
  picks: ReadonlySet<number>
  onPicks(picks: ReadonlySet<number>): void
  /** Only planners tick places and ask for a route. */
  canPropose: boolean
  /** A walk is open in the form (its meeting point is the route's start). */
  formOpen: boolean
  meetingPoint: [number, number] | null
  onProposed(proposal: RouteProposal, stops: number): void
}

/**
 * The evidence for the next route: where reports and unsafe walk observations cluster that no
 * walk has passed, with the two settings; the planner ticks places and gets a route proposal
 * from the meeting point through them, which is loaded into the drawing.
 */
export function WalkPlanEvidence(props: WalkPlanEvidenceProps) {
  const { hotspots, loadError, settings, onSettings, picks, onPicks, canPropose, formOpen, meetingPoint, onProposed } = props
  const { t } = useTranslation()
  const context = useFormatContext()
  const { call } = useSession()
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<{ proposal: RouteProposal; stops: number } | null>(null)

  const propose = async () => {
    if (busy || !hotspots) return
    const stops = pickedStops(hotspots, picks)
    if (!formOpen) return setProblem(t('walkPlanning.evidence.noForm'))
    if (!meetingPoint) return setProblem(t('walkPlanning.evidence.noMeetingPoint'))
    if (stops.length === 0) return setProblem(t('walkPlanning.evidence.noPicks'))
    setProblem(null)
    setBusy(true)
    try {
      const proposal = await proposeRoute(call, { type: 'Point', coordinates: meetingPoint }, stops.map((stop) => ({ type: 'Point', coordinates: [stop[0] ?? 0, stop[1] ?? 0] })))
      setResult({ proposal, stops: stops.length })
      onProposed(proposal, stops.length)
    } catch (failure) {
      setProblem(errorMessage(failure, context))
    } finally {
      setBusy(false)
    }
  }

  const saving = result ? proposalSaving(result.proposal) : null
  return (
    <section className="gs-section plan-evidence" aria-labelledby="plan-evidence-heading">
      <h2 id="plan-evidence-heading" className="gs-section__heading">
        {t('walkPlanning.evidence.heading')}
      </h2>
      <p className="gs-section__intro">{t('walkPlanning.evidence.intro')}</p>
      <div className="plan-evidence__settings">
        <SelectField
          id="plan-evidence-months"
          label={t('walkPlanning.evidence.months')}
          value={settings.months}
          onChange={(event) => onSettings({ ...settings, months: Number(event.target.value) })}
        >
          {monthChoices.map((months) => (
            <option key={months} value={months}>
              {t('walkPlanning.evidence.monthsValue', { count: months })}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="plan-evidence-min-points"
          label={t('walkPlanning.evidence.minPoints')}
          value={settings.minPoints}
          onChange={(event) => onSettings({ ...settings, minPoints: Number(event.target.value) })}
        >
          {minPointChoices.map((count) => (
            <option key={count} value={count}>
              {t('walkPlanning.evidence.minPointsValue', { count })}
            </option>
          ))}
        </SelectField>
      </div>
      <p className="plan-evidence__note">{t('walkPlanning.evidence.straightLines')}</p>
      <div role="status" className="status-region">
        {!hotspots && !loadError && <p>{t('walkPlanning.evidence.loading')}</p>}
        {hotspots && <p className="plan-evidence__count">{t('walkPlanning.evidence.found', { count: hotspots.length })}</p>}
      </div>
      {loadError && (
        <p role="alert" className="message message--error">
          {loadError}
        </p>
      )}
      {hotspots && hotspots.length > 0 && (
        <fieldset className="plan-evidence__places">
          <legend className="visually-hidden">{t('walkPlanning.evidence.listLabel')}</legend>
          <ol className="plan-hotspots">
            {hotspots.map((hotspot, index) => (
              <HotspotItem
                key={hotspot.id}
                hotspot={hotspot}
                number={index + 1}
                months={settings.months}
                picked={canPropose ? picks.has(hotspot.id) : null}
                onToggle={() => onPicks(togglePick(picks, hotspot.id))}
              />
            ))}
          </ol>
        </fieldset>
      )}
      {canPropose && hotspots && hotspots.length > 0 && (
        <div className="plan-evidence__propose">
          <p className="field__hint">{t('walkPlanning.evidence.picked', { count: picks.size, max: MAX_ROUTE_STOPS })}</p>
          <button type="button" className="button" aria-disabled={busy || undefined} onClick={() => void propose()}>
            {busy ? t('walkPlanning.evidence.proposing') : t('walkPlanning.evidence.propose')}
          </button>
          {problem && (
            <p role="alert" className="message message--error plan-evidence__problem">
              {problem}
            </p>
          )}
          {result && saving && (
            <p className="plan-evidence__result">
              {t('walkPlanning.evidence.result', { length: lengthInWords(result.proposal.length_m, context), count: result.stops })}{' '}
              {saving.metres > 0
                ? t('walkPlanning.evidence.saved', { metres: lengthInWords(saving.metres, context), percent: saving.percent, nearest: lengthInWords(result.proposal.nearest_neighbour_m, context) })
                : t('walkPlanning.evidence.notSaved')}
            </p>
          )}
        </div>
      )}
    </section>
  )
}

interface HotspotItemProps {
  hotspot: UnvisitedHotspot
  number: number
  months: number
  /** null: the reader cannot tick (the police). */
  picked: boolean | null
  onToggle(): void
}

function HotspotItem({ hotspot, number, months, picked, onToggle }: HotspotItemProps) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const id = `plan-hotspot-${hotspot.id}`
  const category = t(`values.category.${hotspot.top_category}`)
  const name = (
    <span className="plan-hotspot__name">
      {number}. {hotspot.place_name ?? t('walkPlanning.evidence.unnamed', { category })}
    </span>
  )
  const facts = (
    <span className="plan-hotspot__facts">
      {t('walkPlanning.evidence.points', { count: hotspot.report_count + hotspot.observation_count, reports: hotspot.report_count, observations: hotspot.observation_count, months })}
      {' · '}
      {t('walkPlanning.evidence.topCategory', { category })}
      {' · '}
      {hotspot.nearest_walk_m === null
        ? t('walkPlanning.evidence.noWalkNear')
        : t('walkPlanning.evidence.nearestWalk', { distance: lengthInWords(hotspot.nearest_walk_m, context) })}
    </span>
  )
  if (picked === null) {
    return (
      <li className="plan-hotspot">
        {name}
        {facts}
      </li>
    )
  }
  return (
    <li className="plan-hotspot">
      <div className="gs-check plan-hotspot__check">
        <input id={id} className="gs-check__input" type="checkbox" checked={picked} onChange={onToggle} />
        <label htmlFor={id} className="gs-check__label">
          {name}
          {facts}
        </label>
      </div>
    </li>
  )
}
