import { describe, expect, it } from 'vitest'
import type { ImportFeatureReport } from '../../../server/shared/api/import-schemas.ts'
import { featureIndexOf, importPreview, parseImportFile } from './import-file.ts'

const square = { type: 'Polygon', coordinates: [[[14.1, 59.3], [14.2, 59.3], [14.2, 59.4], [14.1, 59.3]]] }

const report = (index: number, ok: boolean, geometry: unknown): ImportFeatureReport => ({
  index,
  name: ok ? 'Bra' : null,
  status: 'planned',
  ok,
  problems: ok ? [] : [{ message: 'Bad', message_sv: 'Dålig' }],
  area_m2: 1000,
  repaired: false,
  geometry,
})

describe('parseImportFile', () => {
  it('accepts a FeatureCollection with features', () => {
    const result = parseImportFile(JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: square, properties: {} }] }))
    expect(result.ok).toBe(true)
  })

  it('names what is wrong with anything else', () => {
    expect(parseImportFile('not json')).toEqual({ ok: false, problem: 'notJson' })
    expect(parseImportFile('{"type":"Feature"}')).toEqual({ ok: false, problem: 'notCollection' })
    expect(parseImportFile('[]')).toEqual({ ok: false, problem: 'notCollection' })
    expect(parseImportFile('{"type":"FeatureCollection","features":[]}')).toEqual({ ok: false, problem: 'noFeatures' })
  })
})

describe('importPreview', () => {
  it('keeps the readable outlines with their ok flag and label', () => {
    const preview = importPreview([report(0, true, square), report(1, false, null), report(2, false, square)], (feature) => `#${feature.index}`)
    expect(preview.features.map((feature) => feature.properties)).toEqual([
      { ok: true, label: '#0' },
      { ok: false, label: '#2' },
    ])
  })
})

describe('featureIndexOf', () => {
  it('reads the index from the server field', () => {
    expect(featureIndexOf('collection.features.12')).toBe(12)
    expect(featureIndexOf('crs')).toBeNull()
  })
})
