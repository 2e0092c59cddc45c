import { describe, it, expect } from 'vitest'
import { booleanPointInPolygon, point, polygon } from '@turf/turf'
import { generateDemoData } from './demo-data.ts'
import { REFERENCE_DATES } from './demo/test-support.ts'

// The parts are tested beside their modules in ./demo/; this file covers the assembled set.

const REFERENCE = new Date('2026-11-23T12:00:00Z')

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

describe.each(REFERENCE_DATES)('generateDemoData(%s)', (referenceIso) => {
  const data = generateDemoData(new Date(referenceIso))
  const centrum = polygon(data.focusZones[0]?.geometry.coordinates ?? [])

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
    expect(data.incidents.length).toBe(90)
    for (const walk of data.walks) {
      const [min, max] = walk.status === 'done' ? [4, 9] : [0, 0]
      expect(walk.observations.length).toBeGreaterThanOrEqual(min)
      expect(walk.observations.length).toBeLessThanOrEqual(max)
    }
  })
})
