/**
 * The planner's settings as the form holds them (numbers as typed, so the server can refuse
 * nonsense with its own message), how they travel in the address and in localStorage so a choice
 * survives a reload or a shared link, and the two API queries built from them.
 */
import type { EvidenceSource } from '../../../server/shared/api/planning-schemas.ts'
import type { ReportCategory } from '../../../server/shared/api/report-schemas.ts'
import { reportCategories, timesOfDay } from '../reports/report-options.ts'
import type { TimeOfDay } from '../reports/report-options.ts'
import { DEFAULT_CELL_METRES, DEFAULT_CLUSTER_METRES, DEFAULT_CLUSTER_MIN_POINTS, defaultWeights, evidenceSources, weightKeys } from './planning-options.ts'
import type { WeightKey } from './planning-options.ts'

export interface PlanningSettings extends Record<WeightKey, string> {
  distance_m: string
  min_points: string
  cell_m: string
  categories: readonly ReportCategory[]
  times_of_day: readonly TimeOfDay[]
  sources: readonly EvidenceSource[]
  /** 'YYYY-MM-DD' or '' (the server's default: the twelve months up to today). */
  from: string
  to: string
}

const numberKeys = ['distance_m', 'min_points', 'cell_m', ...weightKeys] as const
type NumberKey = (typeof numberKeys)[number]
const listValues = { categories: reportCategories, times_of_day: timesOfDay, sources: evidenceSources } as const
type ListKey = keyof typeof listValues

export const defaultWeightSettings = (): Record<WeightKey, string> =>
  Object.fromEntries(weightKeys.map((key) => [key, String(defaultWeights[key])])) as Record<WeightKey, string>

export function defaultSettings(): PlanningSettings {
  return {
    distance_m: String(DEFAULT_CLUSTER_METRES),
    min_points: String(DEFAULT_CLUSTER_MIN_POINTS),
    cell_m: String(DEFAULT_CELL_METRES),
    categories: reportCategories,
    times_of_day: timesOfDay,
    sources: evidenceSources,
    from: '',
    to: '',
    ...defaultWeightSettings(),
  }
}

/** A list with every value ticked sends nothing: the server reads a missing list as "all". */
const isAll = (key: ListKey, values: readonly string[]) => listValues[key].every((value) => values.includes(value))

/** A number as the server reads it: a Swedish decimal comma becomes a point. */
const numberText = (value: string) => value.trim().replace(',', '.')

/**
 * The settings that differ from the defaults, as `key=value` pairs (lists comma-separated), in a
 * fixed order: the address, localStorage and the API all use these names.
 */
function changedPairs(settings: PlanningSettings, keys: readonly (NumberKey | ListKey | 'from' | 'to')[]): [string, string][] {
  const defaults = defaultSettings()
  const pairs: [string, string][] = []
  for (const key of keys) {
    if (key === 'categories' || key === 'times_of_day' || key === 'sources') {
      const values = settings[key]
      if (!isAll(key, values)) pairs.push([key, listValues[key].filter((value) => (values as readonly string[]).includes(value)).join(',')])
    } else if (key === 'from' || key === 'to') {
      if (settings[key].trim()) pairs.push([key, settings[key].trim()])
    } else if (numberText(settings[key]) !== defaults[key]) {
      pairs.push([key, numberText(settings[key])])
    }
  }
  return pairs
}

const filterKeys = ['categories', 'times_of_day', 'sources', 'from', 'to'] as const
const numberKeysAndFilters = [...numberKeys, ...filterKeys] as const
const queryString = (pairs: [string, string][]) => (pairs.length ? `?${new URLSearchParams(pairs).toString()}` : '')

/** The clusters and their scores: GET /api/planning/hotspots. Defaults are left to the server. */
export function hotspotSearch(settings: PlanningSettings): string {
  return queryString(changedPairs(settings, ['distance_m', 'min_points', ...filterKeys, ...weightKeys]))
}

/** The density grid for the visible map (or the whole municipality): GET /api/planning/hex-grid. */
export function hexGridSearch(settings: PlanningSettings, bbox: readonly [number, number, number, number] | null): string {
  const pairs = changedPairs(settings, ['cell_m', ...filterKeys])
  // Six decimals is ten centimetres: enough, and the same box gives the same address.
  if (bbox) pairs.push(['bbox', bbox.map((value) => value.toFixed(6)).join(',')])
  return queryString(pairs)
}

/** The address's query for these settings ('' for the defaults), so a link opens the same analysis. */
export function settingsToSearch(settings: PlanningSettings): string {
  return queryString(changedPairs(settings, numberKeysAndFilters))
}

/**
 * Settings from an address's query; null when it holds none of them. Unknown list values are
 * dropped, and a list left empty means all; numbers are kept as written for the server to judge.
 */
export function settingsFromSearch(search: string): PlanningSettings | null {
  const params = new URLSearchParams(search)
  if (!numberKeysAndFilters.some((key) => params.has(key))) return null
  const settings = { ...defaultSettings() }
  for (const key of numberKeys) {
    const value = params.get(key)
    if (value !== null) settings[key] = value.slice(0, 20)
  }
  for (const key of ['from', 'to'] as const) {
    const value = params.get(key)
    if (value !== null) settings[key] = value.slice(0, 10)
  }
  settings.categories = listFrom(params.get('categories'), reportCategories)
  settings.times_of_day = listFrom(params.get('times_of_day'), timesOfDay)
  settings.sources = listFrom(params.get('sources'), evidenceSources)
  return settings
}

function listFrom<T extends string>(value: string | null, all: readonly T[]): readonly T[] {
  if (!value) return all
  const chosen = all.filter((candidate) => value.split(',').includes(candidate))
  return chosen.length > 0 ? chosen : all
}

/** Problems the server cannot see: an empty list would reach it as "all". */
export function emptyListProblems(settings: PlanningSettings): ListKey[] {
  return (['categories', 'times_of_day', 'sources'] as const).filter((key) => settings[key].length === 0)
}

/** Whether every category is ticked: only then do the staff's incidents (with their own types) count. */
export const allCategories = (settings: PlanningSettings) => isAll('categories', settings.categories)

const STORAGE_KEY = 'trygghetskartan.planningSettings'

/** The last settings the server accepted on this device, as an address query; '' when none. */
export function storedSearch(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): string {
  try {
    const value = storage?.getItem(STORAGE_KEY) ?? ''
    return value.startsWith('?') ? value : ''
  } catch {
    // Storage can be switched off; the defaults apply then.
    return ''
  }
}

export function storeSettings(settings: PlanningSettings, storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined = globalThis.localStorage): void {
  try {
    const search = settingsToSearch(settings)
    if (search) storage?.setItem(STORAGE_KEY, search)
    else storage?.removeItem(STORAGE_KEY)
  } catch {
    // Full or switched off: the address still holds the settings.
  }
}

/** The weights as numbers, for the formula in words (only settings the server accepted get here). */
export function weightsOf(settings: PlanningSettings): Record<WeightKey, number> {
  return Object.fromEntries(weightKeys.map((key) => [key, Number(numberText(settings[key]))])) as Record<WeightKey, number>
}
