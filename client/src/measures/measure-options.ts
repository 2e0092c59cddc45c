/**
 * The value lists of measures, repeated from server/shared/api/planning-schemas.ts because that
 * module brings zod, which stays out of the browser. A test keeps the two the same; the server
 * checks every value again anyway.
 */
import type { MeasureState, MeasureType } from '../../../server/shared/api/planning-schemas.ts'
import type { Role } from '../../../server/shared/roles.ts'

export type MeasureResponsible = 'kommun' | 'polis' | 'fastighetsagare' | 'annan'
/** The list's filter: one status, or every measure. */
export type MeasureStatusFilter = MeasureState | 'all'

export const measureTypes: readonly MeasureType[] = ['lighting', 'vegetation_clearance', 'visibility', 'furniture_fixings', 'camera', 'art_activity', 'other']
export const measureStates: readonly MeasureState[] = ['proposed', 'decided', 'done', 'rejected']
export const measureResponsibles: readonly MeasureResponsible[] = ['kommun', 'polis', 'fastighetsagare', 'annan']
export const measureStatusFilters: readonly MeasureStatusFilter[] = ['all', ...measureStates]

/** Reports and observations this near a measure count for its effect, and are offered as its evidence. */
export const DEFAULT_EFFECT_RADIUS_METRES = 150
export const MIN_EFFECT_RADIUS_METRES = 25
export const MAX_EFFECT_RADIUS_METRES = 1000
export const MAX_EFFECT_MONTHS = 12

/** Who may create and change measures; every other staff role reads them (the server refuses their writes anyway). */
export const canEditMeasures = (role: Role | undefined) => role === 'kommun' || role === 'admin'

export const isMeasureStatusFilter = (value: unknown): value is MeasureStatusFilter => measureStatusFilters.includes(value as MeasureStatusFilter)
