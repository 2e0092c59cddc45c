import { useSyncExternalStore } from 'react'
import { currentSearch, subscribeToPath } from './history.ts'

/** The current query string (with its `?`, or ''); re-renders when a link or back/forward changes it. */
export function useSearch(): string {
  return useSyncExternalStore(subscribeToPath, currentSearch)
}
