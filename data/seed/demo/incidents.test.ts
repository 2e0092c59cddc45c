import { describe, expect, it } from 'vitest'
import { booleanPointInPolygon, point } from '@turf/turf'
import { buildIncidents } from './incidents.ts'
import { centrum, DAY_MS, reference, REFERENCE_DATES, time } from './test-support.ts'

describe.each(REFERENCE_DATES)('staff incidents (%s)', (referenceIso) => {
  const { refDay, ref } = reference(referenceIso)
  const incidents = buildIncidents(refDay)

  it('happened during the year before the reference date, mostly in the evening', () => {
    for (const incident of incidents) {
      expect(time(incident.occurredAt)).toBeLessThanOrEqual(ref)
      expect(time(incident.occurredAt)).toBeGreaterThan(ref - 367 * DAY_MS)
    }
    const evening = incidents.filter((i) => Number(i.occurredAt.slice(11, 13)) >= 18)
    expect(evening.length / incidents.length).toBeGreaterThan(0.45)
  })

  it('cluster in the centre and cover every type', () => {
    const inCentrum = incidents.filter((i) => booleanPointInPolygon(point(i.geometry.coordinates), centrum))
    expect(inCentrum.length / incidents.length).toBeGreaterThan(0.6)
    expect(new Set(incidents.map((i) => i.type)).size).toBe(7)
  })
})
