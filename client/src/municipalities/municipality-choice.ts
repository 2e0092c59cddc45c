/**
 * The municipality a public page shows: `?kommun=1760` picks one the app serves; without it, or
 * with a code it does not serve, the installation's own (the first added).
 */
import type { MunicipalitySummary } from '../../../server/shared/api/municipality-schemas.ts'

export function chosenMunicipality(search: string, municipalities: readonly MunicipalitySummary[]): MunicipalitySummary | null {
  const code = new URLSearchParams(search).get('kommun')
  return municipalities.find((municipality) => municipality.code === code) ?? municipalities.find((m) => m.is_default) ?? municipalities[0] ?? null
}

/** `path` with `?kommun=` set to `code`, left out for the default municipality, other parameters kept. */
export function withMunicipality(path: string, search: string, code: string, isDefault: boolean): string {
  const params = new URLSearchParams(search)
  if (isDefault) params.delete('kommun')
  else params.set('kommun', code)
  const query = params.toString()
  return query ? `${path}?${query}` : path
}
