import { useEffect, useState } from 'react'
import { fetchOpenDataCollections } from './open-data-collections.ts'
import type { OpenDataCollection } from './open-data-collections.ts'

export interface OpenDataCollectionsState {
  collections: OpenDataCollection[] | null
  error: unknown
}

/** The collections, asked for once per visit to the page (a login reloads the app, and so the list). */
export function useOpenDataCollections(): OpenDataCollectionsState {
  const [state, setState] = useState<OpenDataCollectionsState>({ collections: null, error: null })
  useEffect(() => {
    const controller = new AbortController()
    fetchOpenDataCollections(controller.signal).then(
      (collections) => setState({ collections, error: null }),
      (error: unknown) => !controller.signal.aborted && setState({ collections: null, error }),
    )
    return () => controller.abort()
  }, [])
  return state
}
