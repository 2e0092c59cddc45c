/**
 * The value lists of safety walks, repeated from server/shared/api/walk-schemas.ts because that
 * module brings zod, which stays out of the browser. A test keeps the two the same; the server
 * checks every value again anyway.
 */
import type { MeasureStatus, WalkStatus } from '../../../server/shared/api/walk-schemas.ts'

export type WalkLight = 'daylight' | 'dark'
export type Assessment = 'safe' | 'unsafe'
export type ResponsibleParty = 'kommun' | 'polis' | 'fastighetsagare' | 'annan'
export type Priority = 'low' | 'medium' | 'high'

export const walkLights: readonly WalkLight[] = ['daylight', 'dark']
export const walkStatuses: readonly WalkStatus[] = ['planned', 'done', 'cancelled']
export const assessments: readonly Assessment[] = ['safe', 'unsafe']
export const responsibleParties: readonly ResponsibleParty[] = ['kommun', 'polis', 'fastighetsagare', 'annan']
export const priorities: readonly Priority[] = ['low', 'medium', 'high']
/** 'none': a place that needs nothing; 'not_done' always comes with a reason. */
export const measureStatuses: readonly MeasureStatus[] = ['none', 'proposed', 'in_progress', 'done', 'not_done']

/** Safetipin-style rating of a place: 0 (very poor) to 3 (good). */
export const ratings = [0, 1, 2, 3] as const

export const MAX_PARTICIPANTS = 200
/** The server warns about an observation farther than this from the route (it is still saved). */
export const FAR_FROM_ROUTE_METRES = 100
export const WALKS_PROMISED_PER_YEAR = 2
export const MAX_ROUTE_STOPS = 50
/** The method says about 20 participants. */
export const SUGGESTED_PARTICIPANTS = 20
