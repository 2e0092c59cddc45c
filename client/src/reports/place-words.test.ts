import { describe, expect, it } from 'vitest'
import { metresBetween, movedTo, placeWords } from './place-words.ts'
import type { ChosenPlace } from './report-draft.ts'

const t = (key: string, options?: Record<string, unknown>) => `${key}${options ? ` ${JSON.stringify(options)}` : ''}`
const torget: ChosenPlace = { coordinates: [14.1078, 59.3094], source: 'search', name: 'Stora torget', accuracy: null }

describe('the chosen place in words', () => {
  it('names how it was chosen', () => {
    expect(placeWords(torget, t)).toBe('reports.place.chosenName {"name":"Stora torget"}')
    expect(placeWords({ ...torget, source: 'position', name: null, accuracy: 12 }, t)).toBe('reports.place.chosenPosition {"metres":12}')
    expect(placeWords({ ...torget, source: 'map' }, t)).toBe('reports.place.chosenNameMoved {"name":"Stora torget"}')
    expect(placeWords({ ...torget, source: 'map', name: null }, t)).toBe('reports.place.chosenMap')
  })

  it('keeps the searched name while the marker stays near it', () => {
    expect(movedTo(torget, [14.1080, 59.3095]).name).toBe('Stora torget')
    expect(movedTo(torget, [14.15, 59.33]).name).toBeNull()
    expect(movedTo(null, [14.1, 59.3])).toEqual({ coordinates: [14.1, 59.3], source: 'map', name: null, accuracy: null })
  })

  it('measures short distances in metres', () => {
    expect(metresBetween([14.1, 59.3], [14.1, 59.301])).toBeCloseTo(111.3, 0)
    expect(metresBetween([14.1, 59.3], [14.102, 59.3])).toBeCloseTo(113.7, 0)
  })
})
