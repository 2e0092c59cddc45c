import { useCallback, useEffect, useState } from 'react'
import type { Measure } from '../../../server/shared/api/planning-schemas.ts'
import type { ApiCall } from '../data/staff-api.ts'
import { listMeasures } from './measure-api.ts'

export interface MeasureList {
  /** null while the first answer is on its way. */
  measures: Measure[] | null
  error: unknown
  refresh(): void
}

/** Every measure, fetched once and again after a save; the screen filters by status itself, so map and list agree. */
export function useMeasures(call: ApiCall): MeasureList {
  const [measures, setMeasures] = useState<Measure[] | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [seq, setSeq] = useState(0)

  useEffect(() => {
    let current = true
    listMeasures(call).then(
      (list) => {
        if (!current) return
        setMeasures(list)
        setError(null)
      },
      (failure: unknown) => current && setError(failure),
    )
    return () => {
      current = false
    }
  }, [call, seq])

  const refresh = useCallback(() => setSeq((value) => value + 1), [])
  return { measures, error, refresh }
}
