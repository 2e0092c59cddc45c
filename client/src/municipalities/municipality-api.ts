/** The police area's municipalities: listed for anyone, added by an admin. */
import type { AddMunicipalityBody, MunicipalitySummary } from '../../../server/shared/api/municipality-schemas.ts'
import { apiRequest } from '../data/api-client.ts'
import type { ApiCall } from '../data/staff-api.ts'

export const fetchMunicipalities = async (signal?: AbortSignal) =>
  (await apiRequest<{ municipalities: MunicipalitySummary[] }>('GET', '/api/municipalities', { signal })).municipalities

export const addMunicipality = (call: ApiCall, body: AddMunicipalityBody) => call<MunicipalitySummary>('POST', '/api/municipalities', body)
