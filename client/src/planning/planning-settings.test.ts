import { describe, expect, it } from 'vitest'
import { hexGridQuery, hotspotQuery } from '../../../server/shared/api/planning-schemas.ts'
import {
  allCategories,
  defaultSettings,
  emptyListProblems,
  hexGridSearch,
  hotspotSearch,
  settingsFromSearch,
  settingsToSearch,
  storedSearch,
  storeSettings,
  weightsOf,
} from './planning-settings.ts'

const query = (search: string) => Object.fromEntries(new URLSearchParams(search))

describe('the planning settings', () => {
  it('leave the defaults to the server, which reads them as its own', () => {
    const settings = defaultSettings()
    expect(hotspotSearch(settings)).toBe('')
    expect(settingsToSearch(settings)).toBe('')
    const parsed = hotspotQuery.parse({})
    expect(weightsOf(settings)).toEqual({ w_count: parsed.w_count, w_severity: parsed.w_severity, w_recent: parsed.w_recent, w_centrum: parsed.w_centrum, w_measure: parsed.w_measure })
    expect(Number(settings.distance_m)).toBe(parsed.distance_m)
    expect(Number(settings.min_points)).toBe(parsed.min_points)
    expect(Number(settings.cell_m)).toBe(hexGridQuery.parse({}).cell_m)
  })

  it('send each query only the settings it takes, in a form the strict schemas accept', () => {
    const settings = {
      ...defaultSettings(),
      distance_m: ' 80 ',
      cell_m: '250',
      w_centrum: '2,5',
      categories: ['lighting', 'vegetation'] as const,
      times_of_day: ['night'] as const,
      from: '2026-01-01',
      to: '2026-06-30',
    }
    const spots = query(hotspotSearch(settings))
    expect(spots).toEqual({ distance_m: '80', categories: 'lighting,vegetation', times_of_day: 'night', from: '2026-01-01', to: '2026-06-30', w_centrum: '2.5' })
    expect(hotspotQuery.safeParse(spots).success).toBe(true)
    const hex = query(hexGridSearch(settings, [14.05, 59.3, 14.15, 59.33]))
    expect(hex).toEqual({ cell_m: '250', categories: 'lighting,vegetation', times_of_day: 'night', from: '2026-01-01', to: '2026-06-30', bbox: '14.050000,59.300000,14.150000,59.330000' })
    expect(hexGridQuery.safeParse(hex).success).toBe(true)
  })

  it('let the server refuse nonsense numbers as typed', () => {
    const spots = query(hotspotSearch({ ...defaultSettings(), distance_m: '-5', min_points: '' }))
    expect(spots).toEqual({ distance_m: '-5', min_points: '' })
    const refused = hotspotQuery.safeParse(spots)
    expect(refused.success).toBe(false)
    // An empty setting is the server's default, not a mistake.
    expect(refused.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['distance_m'])
    expect(hexGridQuery.safeParse(query(hexGridSearch({ ...defaultSettings(), cell_m: '10000' }, null))).success).toBe(false)
  })

  it('travel through the address and back', () => {
    const settings = { ...defaultSettings(), min_points: '3', sources: ['public', 'walk'] as const, to: '2026-10-31', w_measure: '0' }
    const search = settingsToSearch(settings)
    expect(search).toBe('?min_points=3&w_measure=0&sources=public%2Cwalk&to=2026-10-31')
    expect(settingsFromSearch(search)).toEqual(settings)
    expect(settingsFromSearch('?ny=1')).toBeNull()
    // Unknown values are dropped; a list with none left means all.
    expect(settingsFromSearch('?categories=lighting,bogus&sources=nope')).toMatchObject({ categories: ['lighting'], sources: ['public', 'walk', 'staff'] })
  })

  it('name an empty list, which the server would read as all', () => {
    const settings = { ...defaultSettings(), categories: [], sources: [] }
    expect(emptyListProblems(settings)).toEqual(['categories', 'sources'])
    expect(allCategories(defaultSettings())).toBe(true)
    expect(allCategories({ ...defaultSettings(), categories: ['other'] })).toBe(false)
  })

  it('are kept on the device, and a storage that fails is no problem', () => {
    const items = new Map<string, string>()
    const storage = { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value), removeItem: (key: string) => void items.delete(key) }
    storeSettings({ ...defaultSettings(), distance_m: '70' }, storage)
    expect(storedSearch(storage)).toBe('?distance_m=70')
    storeSettings(defaultSettings(), storage)
    expect(storedSearch(storage)).toBe('')
    const broken = {
      getItem: () => {
        throw new Error('blocked')
      },
      setItem: () => {
        throw new Error('full')
      },
      removeItem: () => undefined,
    }
    expect(storedSearch(broken)).toBe('')
    expect(() => storeSettings({ ...defaultSettings(), distance_m: '70' }, broken)).not.toThrow()
  })
})
