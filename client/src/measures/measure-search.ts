/**
 * What the measures screen shows, from its address: the list (with a status filter that survives
 * a reload or a shared link), a new measure (`?ny=1`) or one measure (`?id=12`).
 */
import { isMeasureStatusFilter } from './measure-options.ts'
import type { MeasureStatusFilter } from './measure-options.ts'

export type MeasureView = { kind: 'list'; status: MeasureStatusFilter } | { kind: 'new' } | { kind: 'measure'; id: number }

const STATUS_PARAM = 'status'

export function measureViewFromSearch(search: string): MeasureView {
  const params = new URLSearchParams(search)
  const id = params.get('id')
  if (id !== null && /^[1-9]\d{0,9}$/.test(id) && Number(id) <= 2_147_483_647) return { kind: 'measure', id: Number(id) }
  if (params.get('ny') === '1') return { kind: 'new' }
  const status = params.get(STATUS_PARAM)
  return { kind: 'list', status: isMeasureStatusFilter(status) ? status : 'all' }
}

/** The list's query for a filter: '' for every measure. */
export const listSearchFor = (status: MeasureStatusFilter) => (status === 'all' ? '' : `?${STATUS_PARAM}=${encodeURIComponent(status)}`)

export const measureSearchFor = (id: number) => `?id=${id}`

export const NEW_MEASURE_SEARCH = '?ny=1'
