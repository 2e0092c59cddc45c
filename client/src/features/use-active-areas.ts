import { useEffect, useState } from 'react'
import type { ActiveAreasAnswer } from '../../../server/shared/api/watch-area-schemas.ts'
import { apiRequest } from '../data/api-client.ts'

/**
 * How many grannsamverkan areas are active in the municipality `code`, as the server counts them;
 * null before the page knows its municipality, while the count is asked for, or when that failed.
 */
export function useActiveAreas(code: string | null): ActiveAreasAnswer | null {
  const [answer, setAnswer] = useState<ActiveAreasAnswer | null>(null)
  useEffect(() => {
    if (code === null) return
    const controller = new AbortController()
    apiRequest<ActiveAreasAnswer>('GET', `/api/grannsamverkan/active-areas?kommun=${encodeURIComponent(code)}`, { signal: controller.signal }).then(
      setAnswer,
      // Without the count the section still says what grannsamverkan is and how to start it.
      () => undefined,
    )
    return () => controller.abort()
  }, [code])
  // An answer for the previous municipality is not shown for the new one.
  return answer?.municipality.code === code ? answer : null
}
