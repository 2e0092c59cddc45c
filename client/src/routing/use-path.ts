import { useSyncExternalStore } from 'react'
import { currentPath, subscribeToPath } from './history.ts'

/** The current location path; re-renders on links inside the app and on back/forward. */
export function usePath(): string {
  return useSyncExternalStore(subscribeToPath, currentPath)
}
