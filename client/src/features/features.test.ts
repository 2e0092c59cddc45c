import { describe, expect, it } from 'vitest'
import i18next from 'i18next'
import { collectionIds } from '../data/collections.ts'
import type { MapFeature } from '../data/collections.ts'
import { en } from '../i18n/en.ts'
import { sv } from '../i18n/sv.ts'
import { detailFields } from './feature-fields.ts'
import { compareListed } from './feature-order.ts'
import { featureRows } from './feature-rows.ts'
import { featureTitle } from './feature-title.ts'
import { formatValue } from './format-value.ts'
import { findNextWalk } from './next-walk.ts'
import type { FormatContext } from './translate.ts'

const i18n = i18next.createInstance()
await i18n.init({
  resources: { sv: { translation: sv }, en: { translation: en } },
  lng: 'sv',
  interpolation: { escapeValue: false },
})
const svContext: FormatContext = { t: i18n.getFixedT('sv'), language: 'sv' }
const enContext: FormatContext = { t: i18n.getFixedT('en'), language: 'en' }

describe('formatValue', () => {
  it('formats calendar dates without shifting the day', () => {
    expect(formatValue('2026-03-01', { type: 'date' }, svContext)).toBe('1 mars 2026')
    expect(formatValue('2026-03-01', { type: 'date' }, enContext)).toBe('1 March 2026')
  })

  it('formats instants in Swedish time', () => {
    const text = formatValue('2026-10-06T16:00:00Z', { type: 'datetime' }, svContext)
    expect(text).toContain('tisdag 6 oktober 2026')
    expect(text).toContain('18:00')
  })

  it('formats months, money, lengths and ratings', () => {
    expect(formatValue('2026-02', { type: 'month' }, svContext)).toBe('februari 2026')
    expect(formatValue(45000, { type: 'sek' }, svContext)?.replace(/\s/g, ' ')).toBe('45 000 kr')
    expect(formatValue(850, { type: 'metres' }, svContext)).toBe('850 m')
    expect(formatValue(1250, { type: 'metres' }, svContext)).toBe('1,3 km')
    expect(formatValue(2, { type: 'rating' }, enContext)).toBe('2 of 3')
  })

  it('translates status words and categories', () => {
    expect(formatValue('active', { type: 'enum', values: 'watchStatus' }, svContext)).toBe('Aktivt')
    expect(formatValue('graffiti_littering', { type: 'enum', values: 'category' }, enContext)).toBe('Graffiti and litter')
  })

  it('shows an unknown value as it is and hides missing ones', () => {
    expect(formatValue('Gata/park', { type: 'enum', values: 'responsible' }, svContext)).toBe('Gata/park')
    expect(formatValue(null, { type: 'text' }, svContext)).toBeNull()
    expect(formatValue('', { type: 'text' }, svContext)).toBeNull()
  })
})

describe('featureRows', () => {
  it('labels every row in words and leaves out empty values', () => {
    const rows = featureRows('watch-areas', { name: 'Ekbacken', status: 'planned', households: 24, startup_meeting_on: null }, svContext)
    expect(rows).toEqual([
      { key: 'status', label: 'Status', value: 'Planerat' },
      { key: 'households', label: 'Antal hushåll', value: '24' },
    ])
  })

  it('has a translated label for every field', () => {
    for (const collection of collectionIds) {
      for (const field of detailFields[collection]) {
        expect(sv.fields, field.key).toHaveProperty([field.key])
      }
    }
  })
})

describe('featureTitle', () => {
  it('uses the name or title', () => {
    expect(featureTitle('watch-areas', { name: 'Ekbacken' }, svContext)).toBe('Ekbacken')
    expect(featureTitle('measures', { title: 'Ny belysning' }, svContext)).toBe('Ny belysning')
  })

  it('composes a title for reports and observations', () => {
    expect(featureTitle('reports', { category: 'lighting', reported_month: '2026-09' }, svContext)).toBe('Belysning, september 2026')
    expect(featureTitle('walk-observations', { category: 'tunnels', assessment: 'unsafe' }, enContext)).toBe(
      'Unsafe place: Tunnels and underpasses',
    )
  })
})

describe('findNextWalk', () => {
  const walk = (id: number, status: string, startsAt: string): MapFeature => ({
    type: 'Feature',
    id,
    geometry: { type: 'LineString', coordinates: [] },
    properties: { status, starts_at: startsAt },
  })
  const walks = {
    type: 'FeatureCollection' as const,
    features: [
      walk(1, 'done', '2026-05-01T16:00:00Z'),
      walk(2, 'planned', '2026-12-01T17:00:00Z'),
      walk(3, 'planned', '2026-11-28T17:00:00Z'),
    ],
  }

  it('finds the earliest planned walk still to come', () => {
    expect(findNextWalk(walks, new Date('2026-11-23T12:00:00Z'))?.id).toBe(3)
    expect(findNextWalk(walks, new Date('2026-11-29T12:00:00Z'))?.id).toBe(2)
  })

  it('falls back to the earliest planned walk when all lie in the past', () => {
    expect(findNextWalk(walks, new Date('2027-06-01T12:00:00Z'))?.id).toBe(3)
  })

  it('finds the next walk of the chosen municipality only', () => {
    const inMunicipality = (feature: MapFeature) => ({ ...feature, properties: { ...feature.properties, municipality_code: feature.id === 2 ? '1760' : '1781' } })
    const inStorfors = { ...walks, features: walks.features.map(inMunicipality) }
    expect(findNextWalk(inStorfors, new Date('2026-11-23T12:00:00Z'), '1760')?.id).toBe(2)
    expect(findNextWalk(inStorfors, new Date('2026-11-23T12:00:00Z'), '1781')?.id).toBe(3)
    expect(findNextWalk(inStorfors, new Date('2026-11-23T12:00:00Z'), '1782')).toBeUndefined()
  })

  it('finds nothing without planned walks', () => {
    expect(findNextWalk({ type: 'FeatureCollection', features: [walks.features[0] as MapFeature] }, new Date())).toBeUndefined()
    expect(findNextWalk(undefined, new Date())).toBeUndefined()
  })
})

describe('compareListed', () => {
  const collator = new Intl.Collator('sv-SE')
  it('lists walks newest first and other features by name', () => {
    const walks = [
      { title: 'A', properties: { starts_at: '2025-05-01T16:00:00Z' } },
      { title: 'B', properties: { starts_at: '2026-12-17T17:00:00Z' } },
    ]
    expect([...walks].sort(compareListed('safety-walks', collator)).map((walk) => walk.title)).toEqual(['B', 'A'])
    const areas = [
      { title: 'Östra', properties: {} },
      { title: 'Ängen', properties: {} },
      { title: 'Björken', properties: {} },
    ]
    expect([...areas].sort(compareListed('watch-areas', collator)).map((area) => area.title)).toEqual(['Björken', 'Ängen', 'Östra'])
  })
})
