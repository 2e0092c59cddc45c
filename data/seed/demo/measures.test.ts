import { describe, it, expect } from 'vitest'
import { booleanPointInPolygon, lineString, point, pointToLineDistance } from '@turf/turf'
import { buildMeasures } from './measures.ts'
import { centrum, reference, REFERENCE_DATES, time } from './test-support.ts'

describe.each(REFERENCE_DATES)('measures (%s)', (referenceIso) => {
  const { refDay, ref } = reference(referenceIso)
  const data = { measures: buildMeasures(refDay) }

  it('have dates that fit their status', () => {
    for (const measure of data.measures) {
      if (measure.status === 'proposed') expect([measure.decidedOn, measure.doneOn]).toEqual([null, null])
      expect(time(measure.proposedOn)).toBeLessThan(time(measure.decidedOn ?? measure.doneOn ?? referenceIso))
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
