import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, it, expect } from 'vitest'
import {
  booleanIntersects,
  booleanPointInPolygon,
  booleanWithin,
  length as turfLength,
  lineString,
  point,
  pointToLineDistance,
  polygon,
} from '@turf/turf'
import { generateDemoData } from './demo-data.ts'
import type { DemoData, DemoWatchArea, LonLat } from './demo-data.ts'

const DAY_MS = 86_400_000
const REFERENCE = new Date('2026-11-23T12:00:00Z')

// The tätorter straight from the open data, independent of how the generator reads them.
const tatorter = new Map(
  (
    JSON.parse(
      readFileSync(path.resolve(import.meta.dirname, '../open/kristinehamn/kristinehamn_tatorter_lm.geojson'), 'utf8'),
    ) as { features: { properties: { namn: string }; geometry: { coordinates: LonLat[][] } }[] }
  ).features.map((f) => [f.properties.namn, polygon(f.geometry.coordinates)]),
)

function tatort(name: string) {
  const shape = tatorter.get(name)
  if (!shape) throw new Error(`no tätort ${name}`)
  return shape
}

const time = (iso: string) => new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso).getTime()
const yearOf = (iso: string) => Number(iso.slice(0, 4))

/** The newest sign of life of an area: start-up, verification or any meeting it was part of. */
function lastActivity(data: DemoData, index: number, area: DemoWatchArea): number {
  const dates = [
    area.startupMeetingOn,
    area.lastVerifiedOn,
    ...data.meetings.filter((m) => m.areaIndexes.includes(index)).map((m) => m.heldOn),
  ]
  return Math.max(...dates.filter((d): d is string => d !== null).map(time))
}

describe('generateDemoData: determinism', () => {
  it('gives byte-identical output for the same reference date', () => {
    const first = generateDemoData(REFERENCE)
    const second = generateDemoData(new Date(REFERENCE.getTime()))
    expect(second).toEqual(first)
    expect(JSON.stringify(second)).toBe(JSON.stringify(first))
  })

  it('moves the dates with the reference date and keeps the places', () => {
    const now = generateDemoData(REFERENCE)
    const earlier = generateDemoData(new Date('2024-03-10T12:00:00Z'))
    expect(earlier.reports.map((r) => r.reportedAt)).not.toEqual(now.reports.map((r) => r.reportedAt))
    expect(earlier.walks.map((w) => w.startsAt)).not.toEqual(now.walks.map((w) => w.startsAt))
    expect(earlier.watchAreas.map((a) => a.lastVerifiedOn)).not.toEqual(now.watchAreas.map((a) => a.lastVerifiedOn))
    expect(earlier.watchAreas.map((a) => a.geometry)).toEqual(now.watchAreas.map((a) => a.geometry))
  })

  it('refuses a reference date before the histories can be told', () => {
    expect(() => generateDemoData(new Date('2017-06-01T12:00:00Z'))).toThrow(RangeError)
    expect(() => generateDemoData(new Date('invalid'))).toThrow(RangeError)
  })
})

describe.each([['2026-11-23T12:00:00Z'], ['2021-01-10T09:00:00Z'], ['2019-03-15T12:00:00Z']])(
  'generateDemoData(%s)',
  (referenceIso) => {
    const reference = new Date(referenceIso)
    const ref = reference.getTime()
    const refYear = reference.getUTCFullYear()
    const data = generateDemoData(reference)
    const centrum = polygon(data.focusZones[0]?.geometry.coordinates ?? [])
    const laterYears = Array.from({ length: refYear - 2018 }, (_, i) => 2018 + i)

    it('has one centrum focus zone around the town centre', () => {
      expect(data.focusZones).toHaveLength(1)
      expect(data.focusZones[0]?.kind).toBe('centrum')
      expect(booleanPointInPolygon(point([14.108, 59.309]), centrum)).toBe(true)
    })

    it('produces counts in the expected ranges', () => {
      expect(data.watchAreas.length).toBeGreaterThanOrEqual(22)
      expect(data.watchAreas.length).toBeLessThanOrEqual(28)
      const contacts = data.watchAreas.flatMap((a) => a.contacts)
      expect(contacts.length).toBeGreaterThanOrEqual(20)
      expect(contacts.length).toBeLessThanOrEqual(70)
      expect(data.meetings.length).toBeGreaterThanOrEqual(12)
      expect(data.reports.length).toBeGreaterThanOrEqual(130)
      expect(data.reports.length).toBeLessThanOrEqual(170)
      expect(data.measures.length).toBeGreaterThanOrEqual(10)
      expect(data.measures.length).toBeLessThanOrEqual(14)
      for (const walk of data.walks) {
        const [min, max] = walk.status === 'done' ? [4, 9] : [0, 0]
        expect(walk.observations.length).toBeGreaterThanOrEqual(min)
        expect(walk.observations.length).toBeLessThanOrEqual(max)
      }
    })

    describe('watch areas', () => {
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

    describe('meetings', () => {
      it('never lie after the reference date and link existing areas', () => {
        for (const meeting of data.meetings) {
          expect(time(meeting.heldOn)).toBeLessThanOrEqual(ref)
          expect(meeting.areaIndexes.length).toBeGreaterThan(0)
          for (const index of meeting.areaIndexes) expect(data.watchAreas[index]).toBeDefined()
        }
      })

      it('give every started area exactly one start-up meeting on its startup date', () => {
        data.watchAreas.forEach((area, index) => {
          const startups = data.meetings.filter((m) => m.kind === 'startup' && m.areaIndexes.includes(index))
          if (area.startupMeetingOn === null) expect(startups).toHaveLength(0)
          else expect(startups.map((m) => m.heldOn)).toEqual([area.startupMeetingOn])
        })
        expect(data.meetings.some((m) => m.kind === 'startup' && m.areaIndexes.length > 1)).toBe(true)
        expect(data.meetings.some((m) => m.kind === 'yearly')).toBe(true)
      })

      it('hold at least two start-up meetings in 2016, 2017 and most years since', () => {
        const startupsIn = (year: number) =>
          data.meetings.filter((m) => m.kind === 'startup' && yearOf(m.heldOn) === year).length
        expect(startupsIn(2016)).toBeGreaterThanOrEqual(2)
        expect(startupsIn(2017)).toBeGreaterThanOrEqual(2)
        expect(laterYears.filter((year) => startupsIn(year) >= 2).length).toBeGreaterThanOrEqual(laterYears.length / 2)
      })
    })

    describe('safety walks', () => {
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

    describe('reports', () => {
      it('were all sent before the reference date, within about three years', () => {
        for (const report of data.reports) {
          expect(time(report.reportedAt)).toBeLessThanOrEqual(ref)
          expect(time(report.reportedAt)).toBeGreaterThan(ref - 3 * 366 * DAY_MS)
        }
      })

      it('cluster in the centre, in the evening and at night', () => {
        const inCentrum = data.reports.filter((r) => booleanPointInPolygon(point(r.geometry.coordinates), centrum))
        expect(inCentrum.length / data.reports.length).toBeGreaterThan(0.5)
        const late = data.reports.filter((r) => r.timeOfDay !== 'day')
        expect(late.length / data.reports.length).toBeGreaterThan(0.6)
        for (const report of data.reports) {
          expect(booleanPointInPolygon(point(report.geometry.coordinates), tatort('Kristinehamn'))).toBe(true)
          expect(report.meTooCount).toBeGreaterThanOrEqual(0)
          expect(report.meTooCount).toBeLessThanOrEqual(8)
        }
      })

      it('mix moderation states and answer the fixed ones', () => {
        const statuses = new Set(data.reports.map((r) => r.status))
        expect(statuses).toEqual(new Set(['new', 'published', 'measure_planned', 'fixed', 'rejected']))
        expect(data.reports.filter((r) => r.status === 'published').length).toBeGreaterThan(data.reports.length / 3)
        for (const report of data.reports.filter((r) => r.status === 'fixed')) expect(report.answer).not.toBe('')
      })
    })

    describe('measures', () => {
      it('have dates that fit their status', () => {
        for (const measure of data.measures) {
          if (measure.status === 'proposed') expect([measure.decidedOn, measure.doneOn]).toEqual([null, null])
          if (measure.status === 'done') {
            expect(time(measure.doneOn ?? '')).toBeLessThanOrEqual(ref)
            expect(time(measure.decidedOn ?? '')).toBeLessThan(time(measure.doneOn ?? ''))
          }
          if (measure.status === 'rejected') expect(measure.rejectedReason).toBeTruthy()
          else expect(measure.rejectedReason).toBeNull()
        }
        expect(data.measures.filter((m) => m.status === 'rejected')).toHaveLength(1)
      })

      it('include points, lines and polygons in and near the centre', () => {
        expect(new Set(data.measures.map((m) => m.geometry.type))).toEqual(new Set(['Point', 'LineString', 'Polygon']))
        const edge = lineString(centrum.geometry.coordinates[0] ?? [])
        for (const measure of data.measures) {
          const g = measure.geometry
          const vertices = g.type === 'Point' ? [g.coordinates] : g.type === 'LineString' ? g.coordinates : (g.coordinates[0] ?? [])
          for (const vertex of vertices) {
            const inOrNear =
              booleanPointInPolygon(point(vertex), centrum) ||
              pointToLineDistance(point(vertex), edge, { units: 'meters' }) <= 200
            expect(inOrNear).toBe(true)
          }
        }
      })
    })
  },
)
