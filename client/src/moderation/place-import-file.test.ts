import { describe, expect, it } from 'vitest'
import { guessSrid, placeFileFormat } from './place-import-file.ts'

describe('an address list file', () => {
  it('is read as GeoJSON or CSV by its name, else by its content', () => {
    expect(placeFileFormat('adresser.geojson', 'name;x;y')).toBe('geojson')
    expect(placeFileFormat('adresser.CSV', '{')).toBe('csv')
    expect(placeFileFormat('export', '  {"type":"FeatureCollection"}')).toBe('geojson')
    expect(placeFileFormat('export', 'name,x,y')).toBe('csv')
  })

  it('suggests WGS84 for a CSV with lon and lat, and nothing for metres', () => {
    expect(guessSrid('csv', '\uFEFFname;lon;lat\nTorget;14.1;59.3')).toBe(4326)
    expect(guessSrid('csv', '"name","lat","lon"')).toBe(4326)
    expect(guessSrid('csv', 'name;x;y')).toBeNull()
    expect(guessSrid('geojson', '{}')).toBeNull()
  })
})
