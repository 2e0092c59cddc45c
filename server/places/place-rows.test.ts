import { describe, expect, it } from 'vitest'
import { parsePlaceRows, splitCsvLine } from './place-rows.ts'

describe('place rows', () => {
  it('reads a semicolon CSV with SWEREF columns, decimal commas and quoted names', () => {
    const csv = 'namn;x;y;typ\n"Storgatan 1; entré";441000,5;6574000\nTorget;441100;6574100;place\n'
    const { rows, problems } = parsePlaceRows('csv', csv)
    expect(problems).toEqual([])
    expect(rows).toEqual([
      { row: 2, name: 'Storgatan 1; entré', kind: 'address', x: 441000.5, y: 6574000 },
      { row: 3, name: 'Torget', kind: 'place', x: 441100, y: 6574100 },
    ])
  })

  it('names each bad row by its line and keeps the good ones', () => {
    const csv = 'name,lon,lat,kind\n,14.1,59.3\nKyrkan,abc,59.3\nParken,14.1,59.3,castle\nSkolan,14.11,59.31\n'
    const { rows, problems } = parsePlaceRows('csv', csv)
    expect(rows.map((r) => r.name)).toEqual(['Skolan'])
    expect(problems.map((p) => p.row)).toEqual([2, 3, 4])
    expect(problems[2]?.message_sv).toContain('castle')
  })

  it('refuses a CSV without the columns it needs', () => {
    const { problems } = parsePlaceRows('csv', 'gata,nummer\nStorgatan,1\n')
    expect(problems).toHaveLength(1)
    expect(problems[0]?.message_sv).toMatch(/Första raden/)
  })

  it('reads GeoJSON points and reports features that are not points', () => {
    const geojson = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { Namn: 'Bron' }, geometry: { type: 'Point', coordinates: [14.1, 59.3] } },
        { type: 'Feature', properties: { name: 'Linjen' }, geometry: { type: 'LineString', coordinates: [[14.1, 59.3], [14.2, 59.3]] } },
      ],
    })
    const { rows, problems } = parsePlaceRows('geojson', geojson)
    expect(rows).toEqual([{ row: 1, name: 'Bron', kind: 'address', x: 14.1, y: 59.3 }])
    expect(problems.map((p) => p.row)).toEqual([2])
  })

  it('refuses a file that is not GeoJSON', () => {
    expect(parsePlaceRows('geojson', '{"type":"Feature"}').problems[0]?.row).toBe(0)
    expect(parsePlaceRows('geojson', 'not json').problems[0]?.message).toMatch(/JSON/)
  })

  it('splits a CSV line with doubled quotes', () => {
    expect(splitCsvLine('"a ""b""",c', ',')).toEqual(['a "b"', 'c'])
  })
})
