import { useMemo, useState } from 'react'
import type { MunicipalitySummary } from '../../../server/shared/api/municipality-schemas.ts'
import type { Box, FitState } from '../map/municipality-view.ts'
import { nextFit, noFit, policeAreaLimits } from '../map/municipality-view.ts'
import { chosenMunicipality } from './municipality-choice.ts'
import { useMunicipalities } from './use-municipalities.ts'

export interface MapMunicipality extends FitState {
  /** The police area's municipalities; null while loading or when they could not be loaded. */
  municipalities: MunicipalitySummary[] | null
  /** The one chosen (`?kommun=`, the installation's own without it); null until the list is in. */
  chosen: MunicipalitySummary | null
  /** How far the map pans: every municipality with a margin; null until the list is in. */
  limits: Box | null
}

/**
 * The public map's municipality: the one chosen, how far the map pans, and when it moves (see
 * `nextFit`). Without the list of municipalities the map keeps its first view and limits.
 */
export function useMapMunicipality(search: string): MapMunicipality {
  const { municipalities } = useMunicipalities()
  const chosen = municipalities ? chosenMunicipality(search, municipalities) : null
  const named = new URLSearchParams(search).has('kommun')
  const [state, setState] = useState<FitState>(noFit)
  // Derived from the previous choice while rendering, as React's docs advise over an effect.
  const next = nextFit(state, chosen, named)
  if (next !== state) setState(next)
  const limits = useMemo(() => (municipalities ? policeAreaLimits(municipalities.map((municipality) => municipality.bbox)) : null), [municipalities])
  return { municipalities, chosen, limits, ...next }
}
