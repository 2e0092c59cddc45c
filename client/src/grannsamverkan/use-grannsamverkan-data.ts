import { useCallback, useEffect, useState } from 'react'
import type { Coverage } from '../../../server/shared/api/coverage-schemas.ts'
import type { GrannsamverkanYear } from '../../../server/shared/api/meeting-schemas.ts'
import type { Register } from '../../../server/shared/api/watch-area-schemas.ts'
import { fetchClientConfig } from '../data/client-config.ts'
import type { ClientConfig } from '../data/client-config.ts'
import type { MapFeatureCollection } from '../data/collections.ts'
import { fetchCoverage, fetchProgress, fetchRegister } from '../data/grannsamverkan-api.ts'
import { fetchCollection } from '../data/ogc-client.ts'
import type { ApiCall } from '../data/staff-api.ts'

export interface Outlines {
  areas?: MapFeatureCollection
  urbanAreas?: MapFeatureCollection
  municipalities?: MapFeatureCollection
}

export interface GrannsamverkanData {
  config: ClientConfig | null
  register: Register | null
  registerError: unknown
  outlines: Outlines
  /** The map's outlines could not be fetched: the list still works. */
  outlinesFailed: boolean
  progress: GrannsamverkanYear[] | null
  progressError: unknown
  /** Coverage per tätort, overlaps and hints; computed by the server after every change too. */
  coverage: Coverage | null
  coverageError: unknown
  /** Fetches the register, the outlines and the progress again, after a change. */
  refresh(): void
}

/**
 * Everything the police screen reads at once: the register (the list), the outlines (the map,
 * from the open OGC API), the tätorter (for the household estimate), the promise's progress and
 * the coverage.
 * Each part fails on its own, so a broken map never hides the list.
 */
export function useGrannsamverkanData(call: ApiCall): GrannsamverkanData {
  const [config, setConfig] = useState<ClientConfig | null>(null)
  const [register, setRegister] = useState<Register | null>(null)
  const [registerError, setRegisterError] = useState<unknown>(null)
  const [outlines, setOutlines] = useState<Outlines>({})
  const [outlinesFailed, setOutlinesFailed] = useState(false)
  const [progress, setProgress] = useState<GrannsamverkanYear[] | null>(null)
  const [progressError, setProgressError] = useState<unknown>(null)
  const [coverage, setCoverage] = useState<Coverage | null>(null)
  const [coverageError, setCoverageError] = useState<unknown>(null)
  const [round, setRound] = useState(0)

  useEffect(() => {
    const controller = new AbortController()
    fetchClientConfig(controller.signal).then(setConfig, () => setConfig({ basemapStyleUrl: null, reportGridMetres: 50 }))
    return () => controller.abort()
  }, [])

  useEffect(() => {
    let current = true
    const controller = new AbortController()
    const { signal } = controller
    const origin = window.location.origin
    fetchRegister(call).then(
      (next) => current && (setRegister(next), setRegisterError(null)),
      (error: unknown) => current && setRegisterError(error ?? new Error('unknown')),
    )
    fetchProgress(call).then(
      (next) => current && (setProgress(next), setProgressError(null)),
      (error: unknown) => current && setProgressError(error ?? new Error('unknown')),
    )
    fetchCoverage(call).then(
      (next) => current && (setCoverage(next), setCoverageError(null)),
      (error: unknown) => current && setCoverageError(error ?? new Error('unknown')),
    )
    Promise.all([
      fetchCollection('watch-areas', { signal, origin }),
      // The background and the tätorter change seldom: fetched once.
      round === 0 ? fetchCollection('urban-areas', { signal, origin }) : Promise.resolve(undefined),
      round === 0 ? fetchCollection('municipalities', { signal, origin }) : Promise.resolve(undefined),
    ]).then(
      ([areas, urbanAreas, municipalities]) => {
        if (!current) return
        setOutlines((previous) => ({
          areas,
          urbanAreas: urbanAreas ?? previous.urbanAreas,
          municipalities: municipalities ?? previous.municipalities,
        }))
        setOutlinesFailed(false)
      },
      () => current && setOutlinesFailed(true),
    )
    return () => {
      current = false
      controller.abort()
    }
  }, [call, round])

  const refresh = useCallback(() => setRound((value) => value + 1), [])
  return { config, register, registerError, outlines, outlinesFailed, progress, progressError, coverage, coverageError, refresh }
}
