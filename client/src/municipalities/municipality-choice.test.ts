import { describe, expect, it } from 'vitest'
import type { MunicipalitySummary } from '../../../server/shared/api/municipality-schemas.ts'
import { chosenMunicipality, withMunicipality } from './municipality-choice.ts'

const municipality = (code: string, name: string, isDefault = false): MunicipalitySummary => ({
  code,
  name,
  county: 'Värmlands län',
  is_default: isDefault,
  bbox: [14, 59, 14.5, 59.5],
  urban_areas: 1,
  area_km2: 500,
})
const policeArea = [municipality('1781', 'Kristinehamn', true), municipality('1760', 'Storfors'), municipality('1782', 'Filipstad')]

describe('the municipality a public page shows', () => {
  it('is the one in ?kommun=', () => {
    expect(chosenMunicipality('?kommun=1760', policeArea)?.name).toBe('Storfors')
  })

  it('is the installation\'s own without one, or for a code the app does not serve', () => {
    expect(chosenMunicipality('', policeArea)?.code).toBe('1781')
    expect(chosenMunicipality('?kommun=0180', policeArea)?.code).toBe('1781')
    expect(chosenMunicipality('?kommun=<script>', policeArea)?.code).toBe('1781')
  })

  it('is none before any is loaded', () => {
    expect(chosenMunicipality('?kommun=1760', [])).toBeNull()
  })
})

describe('the address of another municipality', () => {
  it('sets ?kommun= and keeps the other parameters', () => {
    expect(withMunicipality('/medborgarloften', '?ar=2016', '1782', false)).toBe('/medborgarloften?ar=2016&kommun=1782')
  })

  it('leaves ?kommun= out for the default municipality', () => {
    expect(withMunicipality('/medborgarloften', '?kommun=1760', '1781', true)).toBe('/medborgarloften')
  })
})
