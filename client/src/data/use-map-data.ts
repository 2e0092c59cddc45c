import { useEffect, useState } from 'react'
import { fetchClientConfig } from './client-config.ts'
import type { ClientConfig } from './client-config.ts'
import { collectionIds } from './collections.ts'
import type { CollectionData, CollectionId, TiledCollections } from './collections.ts'
import { loadCollection } from './collection-loader.ts'

export type MapDataState =
  // The tiled layers are known before the rest has arrived, so the map can start on their tiles.
  | { status: 'loading'; config: ClientConfig | null; tiled: TiledCollections }
  | { status: 'ready'; config: ClientConfig; data: CollectionData; tiled: TiledCollections; failed: CollectionId[] }
  | { status: 'error' }

/**
 * The configuration and every collection, fetched once per visit: whole, or as vector tiles when
 * it is too big (`tiled`). One failing collection does not hide the others: it is reported in
 * `failed` and its layer stays empty.
 */
export function useMapData(): MapDataState {
  const [state, setState] = useState<MapDataState>({ status: 'loading', config: null, tiled: {} })

  useEffect(() => {
    const controller = new AbortController()
    const { signal } = controller
    const configPromise = fetchClientConfig(signal)
    configPromise.then(
      (config) => setState((previous) => (previous.status === 'loading' ? { ...previous, config } : previous)),
      () => undefined,
    )
    const collections = Promise.allSettled(
      collectionIds.map(async (id) => {
        const loaded = await loadCollection(id, { signal, origin: window.location.origin })
        if (loaded.kind === 'tiled' && !signal.aborted) {
          setState((previous) => (previous.status === 'loading' ? { ...previous, tiled: { ...previous.tiled, [id]: loaded.tiled } } : previous))
        }
        return loaded
      }),
    )
    Promise.all([configPromise, collections]).then(
      ([config, results]) => {
        if (signal.aborted) return
        const data: CollectionData = {}
        const tiled: TiledCollections = {}
        const failed: CollectionId[] = []
        results.forEach((result, index) => {
          const id = collectionIds[index]
          if (!id) return
          if (result.status === 'rejected') failed.push(id)
          else if (result.value.kind === 'tiled') tiled[id] = result.value.tiled
          else data[id] = result.value.features
        })
        setState(failed.length === collectionIds.length ? { status: 'error' } : { status: 'ready', config, data, tiled, failed })
      },
      () => {
        if (!signal.aborted) setState({ status: 'error' })
      },
    )
    return () => controller.abort()
  }, [])

  return state
}
