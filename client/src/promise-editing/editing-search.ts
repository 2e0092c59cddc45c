/**
 * Where the editing screen is, in its address: `?period=12&vy=enkater`, or `?ny=1` for a new
 * period. A link or a reload comes back to the same period and part; unknown values are dropped.
 */

export const editingViews = ['period', 'promises', 'surveys', 'figures'] as const
export type EditingView = (typeof editingViews)[number]

/** The words in the address, Swedish like the page paths. */
const viewWords: Record<EditingView, string> = { period: 'perioden', promises: 'loften', surveys: 'enkater', figures: 'siffror' }
const DEFAULT_VIEW: EditingView = 'promises'

export interface EditingLocation {
  /** null: the newest period (or none yet). */
  periodId: number | null
  view: EditingView
  /** The form for a new period is open. */
  creating: boolean
}

export function editingLocationFrom(search: string): EditingLocation {
  const params = new URLSearchParams(search)
  const period = params.get('period') ?? ''
  const id = /^[1-9][0-9]{0,9}$/.test(period) ? Number(period) : null
  const word = params.get('vy')
  const view = editingViews.find((candidate) => viewWords[candidate] === word) ?? DEFAULT_VIEW
  return { periodId: id, view, creating: params.get('ny') === '1' }
}

/** The address's query for a place on the screen; the default part is left out. */
export function editingSearchFor(location: Partial<EditingLocation>): string {
  const params = new URLSearchParams()
  if (location.creating) params.set('ny', '1')
  else {
    if (location.periodId != null) params.set('period', String(location.periodId))
    if (location.view && location.view !== DEFAULT_VIEW) params.set('vy', viewWords[location.view])
  }
  const query = params.toString()
  return query ? `?${query}` : ''
}
