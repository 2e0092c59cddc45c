import { describe, expect, it } from 'vitest'
import { measureGeometry } from '../../../server/shared/api/planning-schemas.ts'
import type { CandidateSite, HotspotResult } from '../../../server/shared/api/planning-schemas.ts'
import { defaultWeights } from './planning-options.ts'
import { siteCsvHeader, siteCsvRows } from './site-export.ts'
import { siteFeatures, sitesGeoJson } from './site-features.ts'
import { measureDraftFromSite, readableDate, sourcesText, swedishDate } from './site-words.ts'
import { contextFor } from './words-for-tests.ts'

const sv = contextFor('sv')
const en = contextFor('en')

const ring: [number, number][] = [
  [14.1, 59.31],
  [14.102, 59.31],
  [14.102, 59.312],
  [14.1, 59.312],
  [14.1, 59.31],
]
const site = (rank: number, change: Partial<CandidateSite> = {}): CandidateSite => ({
  rank,
  score: 23.5,
  parts: { count: 12, severe: 3, recent: 5, in_centrum: 1, measure_nearby: 1 },
  centre: { type: 'Point', coordinates: [14.1012345678, 59.3112345678] },
  outline: { type: 'Polygon', coordinates: [ring] },
  by_source: { public: 9, walk: 2, staff: 1 },
  top_category: 'lighting',
  place_name: 'Kvarndammen',
  first_at: '2025-12-31T23:30:00Z',
  last_at: '2026-11-20T10:00:00Z',
  report_ids: [1, 2, 3],
  observation_ids: [7],
  ...change,
})
const result: HotspotResult = { sites: [site(1), site(2, { place_name: null, top_category: null })], evidence_count: 40, noise_count: 16, period: { from: '2025-11-24', to: '2026-11-23' } }

describe('the list as CSV', () => {
  it('has a header in the page language and one row per site with its reasons', () => {
    const header = siteCsvHeader(sv)
    expect(header.slice(0, 3)).toEqual(['Rang', 'Poäng', 'Platser'])
    const rows = siteCsvRows(result.sites, defaultWeights, sv)
    expect(rows).toHaveLength(2)
    const row = Object.fromEntries(header.map((name, index) => [name, rows[0]?.[index]]))
    expect(row).toMatchObject({
      Rang: '1',
      Poäng: '23,5',
      'Poäng för platser': '12',
      'Poäng för allvarliga': '6',
      'I centrumzonen': 'Ja',
      'Avdrag för åtgärd': '10',
      Platsnamn: 'Kvarndammen',
      Longitud: '14,101235',
      Latitud: '59,311235',
      'Rapporter från allmänheten': '9',
      'Vanligaste kategori': 'Belysning',
      // The day in Kristinehamn, not in UTC.
      Första: '2026-01-01',
      Senaste: '2026-11-20',
    })
    expect(row['Poängen i ord']).toMatch(/^12 platser × 1 = 12 · .* = 23,5 poäng$/)
    expect(rows[1]?.[header.indexOf('Platsnamn')]).toBe('')
    expect(siteCsvRows(result.sites, defaultWeights, en)[0]?.[1]).toBe('23.5')
  })
})

describe('a site in words', () => {
  it('counts its places by source and gives its dates', () => {
    expect(sourcesText(site(1), sv)).toBe('9 rapporter, 2 från vandringar, 1 från personal')
    expect(sourcesText(site(1, { by_source: { public: 1, walk: 0, staff: 0 } }), en)).toBe('1 report, 0 from walks, 0 from staff')
    expect(swedishDate('2025-12-31T23:30:00Z')).toBe('2026-01-01')
    expect(readableDate('2026-03-03', sv)).toBe('3 mars 2026')
  })

  it('starts a measure over the outline, linked to its evidence, or at the centre without a usable outline', () => {
    const draft = measureDraftFromSite(site(1), sv)
    expect(draft).toEqual({ title: 'Åtgärd vid Kvarndammen', geometry: { type: 'Polygon', coordinates: [ring] }, report_ids: [1, 2, 3], observation_ids: [7] })
    expect(measureGeometry.safeParse(draft.geometry).success).toBe(true)
    const unnamed = measureDraftFromSite(site(2, { place_name: null, outline: { type: 'Polygon', coordinates: [[ring[0]!, ring[1]!]] } }), sv)
    expect(unnamed.title).toBe('Åtgärd vid plats 2 (Belysning)')
    expect(unnamed.geometry).toEqual({ type: 'Point', coordinates: [14.1012345678, 59.3112345678] })
    expect(measureDraftFromSite(site(3, { report_ids: Array.from({ length: 600 }, (_, i) => i + 1) }), en).report_ids).toHaveLength(500)
  })
})

describe('the sites on the map and in a file', () => {
  it('mark the chosen site and put the best ranks on top', () => {
    const features = siteFeatures(result.sites, 2)
    expect(features.outlines.features.map((feature) => [feature.properties.rank, feature.properties.selected])).toEqual([
      [1, false],
      [2, true],
    ])
    expect(features.centres.features.map((feature) => feature.properties.label)).toEqual(['2', '1'])
  })

  it('export the clusters layer with the parts, the weights and the period', () => {
    const file = sitesGeoJson(result, defaultWeights)
    expect(file.features).toHaveLength(2)
    expect(file.features[0]?.geometry.type).toBe('Polygon')
    expect(file.features[0]?.properties).toMatchObject({ rank: 1, score: 23.5, count: 12, in_centrum: 1, w_centrum: 10, period_from: '2025-11-24', report_ids: [1, 2, 3] })
  })
})
