import { useEffect, useState } from 'react'
import type { CollectionData, FeatureRef, MapFeature, TiledCollections } from './collections.ts'
import { featureKey, findFeature } from './collections.ts'
import { fetchFeature } from './view-items.ts'

export type ChosenFeature = { status: 'none' } | { status: 'loading' } | { status: 'found'; feature: MapFeature } | { status: 'missing' }

interface Fetched {
  key: string
  feature: MapFeature | null
}

/**
 * The chosen feature whole: from a collection loaded whole, as it was chosen from a list (`known`),
 * or – clicked on a tiled layer, whose tile features are clipped and may lack properties – fetched
 * by its id.
 */
export function useChosenFeature(ref: FeatureRef | null, known: MapFeature | null, data: CollectionData, tiled: TiledCollections): ChosenFeature {
  const [fetched, setFetched] = useState<Fetched | null>(null)
  const loaded = ref ? findFeature(data, ref) ?? known ?? undefined : undefined
  const key = ref ? featureKey(ref) : null
  const collection = ref?.collection
  const id = ref?.id
  const needsFetch = !loaded && collection !== undefined && tiled[collection] !== undefined

  useEffect(() => {
    if (!needsFetch || !key || !collection || id === undefined) return
    const controller = new AbortController()
    fetchFeature(collection, id, { signal: controller.signal, origin: window.location.origin }).then(
      (feature) => setFetched({ key, feature }),
      () => {
        if (!controller.signal.aborted) setFetched({ key, feature: null })
      },
    )
    return () => controller.abort()
  }, [key, collection, id, needsFetch])

  if (!ref) return { status: 'none' }
  if (loaded) return { status: 'found', feature: loaded }
  if (!needsFetch) return { status: 'missing' }
  if (fetched?.key !== key) return { status: 'loading' }
  return fetched.feature ? { status: 'found', feature: fetched.feature } : { status: 'missing' }
}
