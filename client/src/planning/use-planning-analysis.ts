import { useCallback, useEffect, useRef, useState } from 'react'
import type { HexGridResult, HotspotResult } from '../../../server/shared/api/planning-schemas.ts'
import type { ApiCall } from '../data/staff-api.ts'
import type { FormatContext } from '../features/translate.ts'
import { problemsFromError } from '../forms/form-problems.ts'
import type { FormProblem } from '../forms/form-problems.ts'
import type { Box } from '../map/planning-map-adapter.ts'
import { fetchHexGrid, fetchHotspots } from './planning-api.ts'
import { weightKeys } from './planning-options.ts'
import { emptyListProblems, hexGridSearch, hotspotSearch } from './planning-settings.ts'
import type { PlanningSettings } from './planning-settings.ts'

/** The form's fields, by the names the server gives its problems. */
export const settingsFields = ['distance_m', 'min_points', 'cell_m', 'categories', 'times_of_day', 'sources', 'from', 'to', ...weightKeys] as const

const emptyListMessages = { categories: 'planning.settings.emptyCategories', times_of_day: 'planning.settings.emptyTimes', sources: 'planning.settings.emptySources' } as const

// The grid follows the map a moment after it stops, not on every frame of a drag.
const VIEW_DEBOUNCE_MS = 300

export interface PlanningAnalysis {
  /** The settings the shown answer was counted with; null before the first answer. */
  accepted: PlanningSettings | null
  hotspots: HotspotResult | null
  /** The grid for the visible map and the accepted settings; null while none has come. */
  hexGrid: HexGridResult | null
  hexLoading: boolean
  hexError: unknown
  busy: boolean
  /** Why the last settings were refused (at their fields) or could not be counted. */
  problems: FormProblem[]
  /** Changes on every refusal, so the error summary takes focus again. */
  attempt: number
  apply(settings: PlanningSettings): void
  setView(box: Box): void
}

/**
 * Counts clusters and the grid for the settings the planner applies. Both queries go out
 * together, so every refused setting is named at once; only settings the server accepted replace
 * the shown answer (and `onAccepted` keeps them). The grid is fetched again for the visible box
 * when the map moves, only while it is shown.
 */
export function usePlanningAnalysis(call: ApiCall, context: FormatContext, hexVisible: boolean, onAccepted: (settings: PlanningSettings) => void): PlanningAnalysis {
  const [accepted, setAccepted] = useState<PlanningSettings | null>(null)
  const [hotspots, setHotspots] = useState<HotspotResult | null>(null)
  const [hex, setHex] = useState<{ search: string; grid: HexGridResult | null; error: unknown }>({ search: '', grid: null, error: null })
  const [busy, setBusy] = useState(false)
  const [problems, setProblems] = useState<FormProblem[]>([])
  const [attempt, setAttempt] = useState(0)
  const [box, setBox] = useState<Box | null>(null)
  const applySeq = useRef(0)
  const hexSeq = useRef(0)
  const viewTimer = useRef<number | undefined>(undefined)
  const latest = useRef({ context, onAccepted, box })
  useEffect(() => {
    latest.current = { context, onAccepted, box }
  })

  const fail = useCallback((next: FormProblem[]) => {
    setProblems(next)
    setAttempt((value) => value + 1)
  }, [])

  const apply = useCallback(
    (settings: PlanningSettings) => {
      const { context: words } = latest.current
      const empty = emptyListProblems(settings)
      if (empty.length > 0) return fail(empty.map((field) => ({ field, message: words.t(emptyListMessages[field]) })))
      const seq = ++applySeq.current
      const hexSearch = hexGridSearch(settings, latest.current.box)
      setBusy(true)
      void Promise.allSettled([fetchHotspots(call, hotspotSearch(settings)), fetchHexGrid(call, hexSearch)]).then(([spots, grid]) => {
        if (seq !== applySeq.current) return
        setBusy(false)
        const failures = [spots, grid].flatMap((answer) => (answer.status === 'rejected' ? [answer.reason as unknown] : []))
        if (failures.length > 0 || spots.status !== 'fulfilled' || grid.status !== 'fulfilled') {
          return fail(mergeProblems(failures.map((failure) => problemsFromError(failure, latest.current.context, { fields: settingsFields }))))
        }
        hexSeq.current += 1
        setProblems([])
        setAccepted(settings)
        setHotspots(spots.value)
        setHex({ search: hexSearch, grid: grid.value, error: null })
        latest.current.onAccepted(settings)
      })
    },
    [call, fail],
  )

  // The grid for the box the map shows now, once the accepted settings and the box are known.
  const search = accepted && box ? hexGridSearch(accepted, box) : null
  const wanted = hexVisible && search !== null && search !== hex.search ? search : null
  useEffect(() => {
    if (wanted === null) return
    const seq = ++hexSeq.current
    fetchHexGrid(call, wanted).then(
      (grid) => seq === hexSeq.current && setHex({ search: wanted, grid, error: null }),
      (error: unknown) => seq === hexSeq.current && setHex({ search: wanted, grid: null, error: error ?? new Error('unknown') }),
    )
  }, [call, wanted])

  const setView = useCallback((next: Box) => {
    window.clearTimeout(viewTimer.current)
    viewTimer.current = window.setTimeout(() => setBox(next), VIEW_DEBOUNCE_MS)
  }, [])
  useEffect(() => () => window.clearTimeout(viewTimer.current), [])

  return { accepted, hotspots, hexGrid: hex.grid, hexLoading: wanted !== null, hexError: hex.error, busy, problems, attempt, apply, setView }
}

/** One message per field across both answers (both refuse a bad period, say); the first wins. */
function mergeProblems(lists: FormProblem[][]): FormProblem[] {
  const seen = new Set<string>()
  const merged: FormProblem[] = []
  for (const problem of lists.flat()) {
    const key = problem.field ?? `form:${problem.message}`
    if (seen.has(key)) continue
    seen.add(key)
    merged.push(problem)
  }
  return merged
}
