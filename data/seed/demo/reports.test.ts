import { describe, it, expect } from 'vitest'
import { booleanPointInPolygon, point } from '@turf/turf'
import { buildReports } from './reports.ts'
import { centrum, DAY_MS, reference, REFERENCE_DATES, tatort, time } from './test-support.ts'
import { readUrbanAreas } from './urban-areas.ts'

describe.each(REFERENCE_DATES)('reports (%s)', (referenceIso) => {
  const { refDay, ref } = reference(referenceIso)
  const data = { reports: buildReports(readUrbanAreas(), refDay) }

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
    expect(statuses).toEqual(new Set(['received', 'published', 'measure_planned', 'fixed', 'rejected']))
    expect(data.reports.filter((r) => r.status === 'published').length).toBeGreaterThan(data.reports.length / 3)
    for (const report of data.reports.filter((r) => r.status === 'fixed')) expect(report.answer).not.toBe('')
    for (const report of data.reports.filter((r) => r.status === 'rejected')) expect(report.statusReason).not.toBe('')
  })

  it('reached their status step by step, after being sent and before the reference date', () => {
    for (const report of data.reports) {
      expect(report.history.at(-1)?.status ?? 'received').toBe(report.status)
      const times = [report.reportedAt, ...report.history.map((step) => step.at)].map(time)
      expect(times).toEqual([...times].sort((a, b) => a - b))
      expect(Math.max(...times)).toBeLessThanOrEqual(ref)
    }
  })
})
