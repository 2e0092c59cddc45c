import { describe, expect, it } from 'vitest'
import * as schemas from '../../../server/shared/api/planning-schemas.ts'
import * as options from './planning-options.ts'

describe('the planning options repeated for the browser', () => {
  it('match the shared schema', () => {
    expect(options.evidenceSources).toEqual(schemas.evidenceSources)
    expect(options.DEFAULT_CLUSTER_METRES).toBe(schemas.DEFAULT_CLUSTER_METRES)
    expect(options.DEFAULT_CLUSTER_MIN_POINTS).toBe(schemas.DEFAULT_CLUSTER_MIN_POINTS)
    expect(options.DEFAULT_CELL_METRES).toBe(schemas.DEFAULT_CELL_METRES)
    expect(options.RECENT_DAYS).toBe(schemas.RECENT_DAYS)
    expect(options.MEASURE_NEARBY_METRES).toBe(schemas.MEASURE_NEARBY_METRES)
    expect(options.MAX_LINKS).toBe(schemas.MAX_LINKS)
    const defaults = schemas.hotspotQuery.parse({})
    for (const key of options.weightKeys) expect(defaults[key], key).toBe(options.defaultWeights[key])
  })

  it('give the limits the server enforces', () => {
    for (const [field, { min, max }] of Object.entries(options.limits)) {
      const schema = field === 'cell_m' ? schemas.hexGridQuery : schemas.hotspotQuery
      expect(schema.safeParse({ [field]: String(min) }).success, `${field} ${min}`).toBe(true)
      expect(schema.safeParse({ [field]: String(max) }).success, `${field} ${max}`).toBe(true)
      expect(schema.safeParse({ [field]: String(min - 1) }).success, `${field} below`).toBe(false)
      expect(schema.safeParse({ [field]: String(max + 1) }).success, `${field} above`).toBe(false)
    }
  })
})
