import { useEffect, useState } from 'react'
import { fetchClientConfig } from './client-config.ts'
import type { ClientConfig } from './client-config.ts'
import { collectionIds } from './collections.ts'
import type { CollectionData, CollectionId } from './collections.ts'
import { fetchCollection } from './ogc-client.ts'

export type MapDataState =
  | { status: 'loading'; config: ClientConfig | null }
  | { status: 'ready'; config: ClientConfig; data: CollectionData; failed: CollectionId[] }
  | { status: 'error' }

/**
 * The configuration and every collection, fetched once per visit. One failing collection does
 * not hide the others: it is reported in `failed` and its layer stays empty.
 */
export function useMapData(): MapDataState {
  const [state, setState] = useState<MapDataState>({ status: 'loading', config: null })

  useEffect(() => {
    const controller = new AbortController()
    const { signal } = controller
    const configPromise = fetchClientConfig(signal)
    configPromise.then(
      (config) => setState((previous) => (previous.status === 'loading' ? { status: 'loading', config } : previous)),
      () => undefined,
    )
    const collections = Promise.allSettled(
      collectionIds.map((id) => fetchCollection(id, { signal, origin: window.location.origin })),
    )
    Promise.all([configPromise, collections]).then(
      ([config, results]) => {
        if (signal.aborted) return
        const data: CollectionData = {}
        const failed: CollectionId[] = []
        results.forEach((result, index) => {
          const id = collectionIds[index]
          if (!id) return
          if (result.status === 'fulfilled') data[id] = result.value
          else failed.push(id)
        })
        setState(failed.length === collectionIds.length ? { status: 'error' } : { status: 'ready', config, data, failed })
      },
      () => {
        if (!signal.aborted) setState({ status: 'error' })
      },
    )
    return () => controller.abort()
  }, [])

  return state
}
