import { useCallback, useState } from 'react'
import type { StatusMessage } from '../components/status-region.tsx'

/** The message a page's StatusRegion shows, and the function that says a new one. */
export function useStatus(): [StatusMessage | null, (text: string) => void] {
  const [message, setMessage] = useState<StatusMessage | null>(null)
  const announce = useCallback((text: string) => setMessage((previous) => ({ text, seq: (previous?.seq ?? 0) + 1 })), [])
  return [message, announce]
}
