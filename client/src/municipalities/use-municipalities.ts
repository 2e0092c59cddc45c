import { useCallback, useEffect, useState } from 'react'
import type { MunicipalitySummary } from '../../../server/shared/api/municipality-schemas.ts'
import { fetchMunicipalities } from './municipality-api.ts'

export interface MunicipalitiesState {
  /** In the order they were added: the installation's own first. Null while loading. */
  municipalities: MunicipalitySummary[] | null
  error: unknown
  /** Asks again, after an admin added one. */
  reload(): void
}

/** The municipalities the app serves, asked for once per page. */
export function useMunicipalities(): MunicipalitiesState {
  const [state, setState] = useState<{ municipalities: MunicipalitySummary[] | null; error: unknown }>({ municipalities: null, error: null })
  const [round, setRound] = useState(0)
  useEffect(() => {
    const controller = new AbortController()
    fetchMunicipalities(controller.signal).then(
      (municipalities) => setState({ municipalities, error: null }),
      (error: unknown) => !controller.signal.aborted && setState({ municipalities: null, error }),
    )
    return () => controller.abort()
  }, [round])
  const reload = useCallback(() => setRound((value) => value + 1), [])
  return { ...state, reload }
}
