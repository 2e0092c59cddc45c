import { describe, it, expect } from 'vitest'
import { booleanIntersects, booleanWithin, polygon } from '@turf/turf'
import { centrum, DAY_MS, reference, REFERENCE_DATES, tatort, time, yearOf } from './test-support.ts'
import type { DemoData, DemoWatchArea } from './types.ts'
import { readUrbanAreas } from './urban-areas.ts'
import { buildWatchAreas } from './watch-areas.ts'

/** The newest sign of life of an area: start-up, verification or any meeting it was part of. */
function lastActivity(data: Pick<DemoData, 'meetings'>, index: number, area: DemoWatchArea): number {
  const dates = [
    area.startupMeetingOn,
    area.lastVerifiedOn,
    ...data.meetings.filter((m) => m.areaIndexes.includes(index)).map((m) => m.heldOn),
  ]
  return Math.max(...dates.filter((d): d is string => d !== null).map(time))
}

describe.each(REFERENCE_DATES)('watch areas (%s)', (referenceIso) => {
  const { refDay, ref } = reference(referenceIso)
  const data = buildWatchAreas(readUrbanAreas(), refDay)

  it('lie inside their tätort, in the expected numbers per tätort', () => {
    const perTatort = new Map<string, number>()
    for (const area of data.watchAreas) {
      expect(area.name.startsWith('Exempel: ')).toBe(true)
      expect(booleanWithin(polygon(area.geometry.coordinates), tatort(area.urbanArea))).toBe(true)
      perTatort.set(area.urbanArea, (perTatort.get(area.urbanArea) ?? 0) + 1)
    }
    expect(perTatort.get('Kristinehamn')).toBeGreaterThanOrEqual(18)
    expect(perTatort.get('Björneborg')).toBeGreaterThanOrEqual(2)
    expect(perTatort.get('Bäckhammar')).toBeGreaterThanOrEqual(1)
  })

  it('do not overlap each other or the centrum zone', () => {
    const shapes = data.watchAreas.map((a) => polygon(a.geometry.coordinates))
    shapes.forEach((shape, i) => {
      expect(booleanIntersects(shape, centrum)).toBe(false)
      for (const other of shapes.slice(i + 1)) expect(booleanIntersects(shape, other)).toBe(false)
    })
  })

  it('are small irregular polygons with plausible attributes', () => {
    for (const area of data.watchAreas) {
      const ring = area.geometry.coordinates[0] ?? []
      expect(ring.length - 1).toBeGreaterThanOrEqual(4)
      expect(ring.length - 1).toBeLessThanOrEqual(7)
      expect(ring[0]).toEqual(ring.at(-1))
      expect(area.households).toBeGreaterThanOrEqual(15)
      expect(area.households).toBeLessThanOrEqual(120)
      expect(area.signsCount).toBeGreaterThanOrEqual(0)
      expect(area.signsCount).toBeLessThanOrEqual(5)
      for (const date of [area.startupMeetingOn, area.lastVerifiedOn, area.signsCheckedOn]) {
        if (date !== null) expect(time(date)).toBeLessThanOrEqual(ref)
      }
    }
  })

  it('have varied statuses; planned ones were never started', () => {
    const count = (status: DemoWatchArea['status']) => data.watchAreas.filter((a) => a.status === status).length
    expect(count('active')).toBeGreaterThan(data.watchAreas.length / 2)
    expect(count('planned')).toBeGreaterThanOrEqual(2)
    expect(count('inactive')).toBeGreaterThanOrEqual(1)
    for (const area of data.watchAreas) {
      if (area.status === 'planned') {
        expect(area.startupMeetingOn).toBeNull()
        expect(area.contacts).toHaveLength(0)
      } else {
        expect(yearOf(area.startupMeetingOn ?? '0')).toBeGreaterThanOrEqual(2012)
      }
    }
  })

  it('mix fresh and stale histories, damaged signs and areas without contact person', () => {
    const yearAgo = ref - 365 * DAY_MS
    const started = data.watchAreas
      .map((area, index) => ({ area, index }))
      .filter(({ area }) => area.status !== 'planned')
    const stale = started.filter(({ area, index }) => lastActivity(data, index, area) < yearAgo)
    const fresh = started.filter(({ area, index }) => lastActivity(data, index, area) >= yearAgo)
    expect(stale.length / started.length).toBeGreaterThanOrEqual(0.15)
    expect(fresh.length / started.length).toBeGreaterThanOrEqual(0.3)
    const active = data.watchAreas.filter((a) => a.status === 'active')
    expect(active.filter((a) => a.signsCondition === 'damaged').length).toBeGreaterThanOrEqual(2)
    expect(active.filter((a) => a.contacts.length === 0).length).toBeGreaterThanOrEqual(2)
    expect(active.filter((a) => a.contacts.length > 0).length).toBeGreaterThan(active.length / 2)
  })

  it('have fictional contact persons with exactly one main contact', () => {
    for (const area of data.watchAreas.filter((a) => a.contacts.length > 0)) {
      expect(area.contacts.length).toBeLessThanOrEqual(3)
      expect(area.contacts.filter((c) => c.isMain)).toHaveLength(1)
      for (const contact of area.contacts) {
        expect(contact.phone).toMatch(/^070-000 00 \d\d$/)
        expect(contact.email).toMatch(/^[a-z.]+@example\.se$/)
      }
    }
  })
})
