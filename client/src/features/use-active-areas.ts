import { useEffect, useState } from 'react'
import type { ActiveAreasAnswer } from '../../../server/shared/api/watch-area-schemas.ts'
import { apiRequest } from '../data/api-client.ts'

/**
 * How many grannsamverkan areas are active in the municipality named in `?kommun=` (null: the
 * installation's own), as the server counts them; null while it is asked for or when that failed.
 */
export function useActiveAreas(kommun: string | null): ActiveAreasAnswer | null {
  const [answer, setAnswer] = useState<{ kommun: string | null; value: ActiveAreasAnswer } | null>(null)
  useEffect(() => {
    const controller = new AbortController()
    const query = kommun === null ? '' : `?kommun=${encodeURIComponent(kommun)}`
    apiRequest<ActiveAreasAnswer>('GET', `/api/grannsamverkan/active-areas${query}`, { signal: controller.signal }).then(
      (value) => setAnswer({ kommun, value }),
      // Without the count the section still says what grannsamverkan is and how to start it.
      () => undefined,
    )
    return () => controller.abort()
  }, [kommun])
  // An answer for the previous municipality is not shown for the new one.
  return answer?.kommun === kommun ? answer.value : null
}
