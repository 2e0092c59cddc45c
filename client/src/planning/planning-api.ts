/**
 * The planning API. Every staff role may read it, through the session's `call` (an ended session
 * is noticed there). Queries come from planning-settings.ts; the server refuses nonsense with a 400
 * whose field problems the form shows.
 */
import type { HexGridResult, HotspotResult } from '../../../server/shared/api/planning-schemas.ts'
import type { ApiCall } from '../data/staff-api.ts'

/** Clusters ranked by score; `search` from `hotspotSearch`. An empty selection answers no sites. */
export const fetchHotspots = (call: ApiCall, search: string) => call<HotspotResult>('GET', `/api/planning/hotspots${search}`)

/** The weighted density grid; `search` from `hexGridSearch`. */
export const fetchHexGrid = (call: ApiCall, search: string) => call<HexGridResult>('GET', `/api/planning/hex-grid${search}`)
