import { describe, it, expect } from 'vitest'
import { booleanPointInPolygon, length as turfLength, lineString, point, pointToLineDistance } from '@turf/turf'
import { centrum, DAY_MS, reference, REFERENCE_DATES, time, yearOf } from './test-support.ts'
import { buildSafetyWalks } from './walks.ts'

describe.each(REFERENCE_DATES)('safety walks (%s)', (referenceIso) => {
  const { refDay, ref, laterYears } = reference(referenceIso)
  const data = { walks: buildSafetyWalks(refDay) }
  const done = data.walks.filter((w) => w.status === 'done')
  const doneIn = (year: number) => done.filter((w) => yearOf(w.startsAt) === year).length

  it('were held at least twice in 2016 and 2017, and only once in one later year', () => {
    expect(doneIn(2016)).toBeGreaterThanOrEqual(2)
    expect(doneIn(2017)).toBeGreaterThanOrEqual(2)
    expect(laterYears.filter((year) => doneIn(year) === 1)).toHaveLength(1)
    for (const walk of done) expect(time(walk.startsAt)).toBeLessThan(ref)
  })

  it('have exactly one planned walk, 2–6 weeks after the reference date', () => {
    const planned = data.walks.filter((w) => w.status === 'planned')
    expect(planned).toHaveLength(1)
    const daysAhead = (time(planned[0]?.startsAt ?? '') - ref) / DAY_MS
    expect(daysAhead).toBeGreaterThanOrEqual(13)
    expect(daysAhead).toBeLessThanOrEqual(42)
  })

  it('start in the centrum zone and follow a 1.2–2.5 km route', () => {
    for (const walk of data.walks) {
      expect(booleanPointInPolygon(point(walk.meetingPoint.coordinates), centrum)).toBe(true)
      expect(walk.route.coordinates.length).toBeGreaterThanOrEqual(8)
      expect(walk.route.coordinates.length).toBeLessThanOrEqual(20)
      const km = turfLength(lineString(walk.route.coordinates), { units: 'kilometers' })
      expect(km).toBeGreaterThanOrEqual(1.2)
      expect(km).toBeLessThanOrEqual(2.5)
      expect(time(walk.preMeetingOn)).toBeLessThan(time(walk.startsAt))
      expect(time(walk.followUpOn)).toBeGreaterThan(time(walk.startsAt))
    }
  })

  it('go out in the dark around 18:00 local time and mix light conditions', () => {
    expect(new Set(data.walks.map((w) => w.light))).toEqual(new Set(['dark', 'daylight']))
    for (const walk of data.walks.filter((w) => w.light === 'dark')) {
      expect(walk.startsAt.slice(11, 16)).toBe('18:00')
    }
  })

  it('have observations near the route, with deadlines after the walk', () => {
    for (const walk of done) {
      const route = lineString(walk.route.coordinates)
      for (const observation of walk.observations) {
        const metres = pointToLineDistance(point(observation.geometry.coordinates), route, { units: 'meters' })
        expect(metres).toBeLessThanOrEqual(60)
        expect(observation.rating).toBeGreaterThanOrEqual(0)
        expect(observation.rating).toBeLessThanOrEqual(3)
        if (observation.assessment === 'unsafe') {
          expect(time(observation.deadlineOn ?? '')).toBeGreaterThan(time(walk.startsAt))
          expect(observation.responsible).not.toBeNull()
        }
      }
    }
    const all = done.flatMap((w) => w.observations)
    expect(all.filter((o) => o.assessment === 'unsafe').length).toBeGreaterThan(all.length / 2)
    expect(all.some((o) => o.assessment === 'safe')).toBe(true)
  })
})
