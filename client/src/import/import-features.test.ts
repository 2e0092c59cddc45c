import { describe, expect, it } from 'vitest'
import type { FilePreview } from '../../../server/shared/api/file-import-schemas.ts'
import { importBounds, importMapData, mappingToSend, targetsFor, toBase64 } from './import-features.ts'

const preview = {
  features: [
    { index: 0, ok: true, geometry: { type: 'Point', coordinates: [14.1, 59.3] } },
    { index: 1, ok: false, geometry: null },
    { index: 2, ok: false, geometry: { type: 'LineString', coordinates: [[14.09, 59.31], [14.12, 59.29]] } },
  ],
} as unknown as FilePreview

describe('import features', () => {
  it('numbers the shapes as the list does and leaves out what has none', () => {
    const data = importMapData(preview)
    expect(data.features.map((feature) => feature.properties)).toEqual([{ number: 1, ok: true }, { number: 3, ok: false }])
    expect(importBounds(data)).toEqual([14.09, 59.29, 14.12, 59.31])
    expect(importBounds({ type: 'FeatureCollection', features: [] })).toBeNull()
  })

  it('offers each role the targets it may create', () => {
    expect(targetsFor('polis')).toEqual(['watch-areas'])
    expect(targetsFor('kommun')).toEqual(['walk-routes', 'measures'])
    expect(targetsFor('admin')).toEqual(['watch-areas', 'walk-routes', 'measures'])
    expect(targetsFor(undefined)).toEqual([])
  })

  it('sends only mapped fields, and the file as base64', () => {
    expect(mappingToSend({ title: 'titel', light: '' })).toEqual({ title: 'titel' })
    const bytes = new Uint8Array(100_000).map((_, index) => index % 256)
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'))
  })
})
