/**
 * The measures API. Every call is a staff call: it takes the session's `call` (CSRF token, ended
 * session noticed). The server checks roles again: the police may read, not write.
 */
import type {
  LinkedObservation,
  LinkedReport,
  Measure,
  MeasureBody,
  MeasureDetails,
  MeasureEffect,
  MeasureGeometry,
} from '../../../server/shared/api/planning-schemas.ts'
import type { ApiCall } from '../data/staff-api.ts'
import type { MeasureStatusFilter } from './measure-options.ts'

export interface NearbyEvidence {
  reports: LinkedReport[]
  observations: LinkedObservation[]
}

export interface MeasureEffects {
  radius_m: number
  effects: MeasureEffect[]
}

const id = (value: number) => encodeURIComponent(String(value))

export const listMeasures = async (call: ApiCall, status: MeasureStatusFilter = 'all') =>
  (await call<{ measures: Measure[] }>('GET', `/api/measures?status=${encodeURIComponent(status)}`)).measures

export const fetchMeasure = (call: ApiCall, measureId: number) => call<MeasureDetails>('GET', `/api/measures/${id(measureId)}`)

export const createMeasure = (call: ApiCall, body: MeasureBody) => call<MeasureDetails>('POST', '/api/measures', body)

export const replaceMeasure = (call: ApiCall, measureId: number, body: MeasureBody) => call<MeasureDetails>('PUT', `/api/measures/${id(measureId)}`, body)

/** Reports and walk observations within `radiusMetres` of a drawn shape: the evidence a measure may answer. */
export const fetchNearbyEvidence = (call: ApiCall, geometry: MeasureGeometry, radiusMetres: number) =>
  call<NearbyEvidence>('POST', '/api/measures/nearby-evidence', { geometry, radius_m: radiusMetres })

/** One effect per done measure; the radius goes as typed, so the server's message says what is wrong with it. */
export const fetchEffects = (call: ApiCall, radius: string) => call<MeasureEffects>('GET', `/api/measures/effects?radius_m=${encodeURIComponent(radius)}`)
