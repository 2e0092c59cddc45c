import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { csvField, csvFile, pointXY } from './csv-file.ts'
import type { DownloadLayer, DownloadRow } from './download-layer.ts'

const points: DownloadLayer = {
  name: 'reports',
  title: 'Rapporterade otrygga platser',
  description: '',
  srid: 3008,
  geometryType: 'Point',
}
const polygons: DownloadLayer = { ...points, name: 'urban-areas', geometryType: 'Polygon' }

const reportRows: DownloadRow<string>[] = [
  {
    id: 7,
    properties: { category: 'belysning', description: 'Mörkt vid "Stora torget", går ej att se', me_too_count: 3, demo: true },
    geometry: 'POINT(150125.5 6578475.25)',
  },
  {
    id: 9,
    // A key first seen in the second row still gets a column, and the first row leaves it empty.
    properties: { category: '=HYPERLINK("http://evil.example")', description: 'rad ett\nrad två', me_too_count: -2, demo: false, answer: null, status: '-' },
    geometry: 'POINT Z (149900 6578000 44.5)',
  },
  { id: 10, properties: { category: 'annat', description: null, me_too_count: 0, demo: false }, geometry: null },
]

describe('csvFile', () => {
  const csv = csvFile(points, reportRows)

  it('starts with a UTF-8 byte order mark and ends every line with CRLF', () => {
    expect(csv.startsWith('\uFEFFid,')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    // The only bare LF is the one inside the quoted description.
    expect(csv.replaceAll('\r\n', '').split('\n')).toHaveLength(2)
  })

  it('writes id, the union of the properties in first-seen order, wkt, and x/y for points', () => {
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFid,category,description,me_too_count,demo,answer,status,wkt,x,y',
      '7,belysning,"Mörkt vid ""Stora torget"", går ej att se",3,true,,,POINT(150125.5 6578475.25),150125.5,6578475.25',
      `9,"'=HYPERLINK(""http://evil.example"")","rad ett\nrad två",-2,false,,'-,POINT Z (149900 6578000 44.5),149900,6578000`,
      '10,annat,,0,false,,,,,',
      '',
    ])
  })

  it('leaves x and y out of non-point layers and gives WKT as it came', () => {
    const rows: DownloadRow<string>[] = [{ id: '1781', properties: { name: 'Kristinehamn' }, geometry: 'POLYGON((1 2,3 4,5 2,1 2))' }]
    expect(csvFile(polygons, rows)).toBe('\uFEFFid,name,wkt\r\n1781,Kristinehamn,"POLYGON((1 2,3 4,5 2,1 2))"\r\n')
  })

  it('gives a property named like its own columns (without case) a _2, so no header is repeated', () => {
    const rows: DownloadRow<string>[] = [{ id: 3, properties: { id: 'a', WKT: 'b', x: 1, y: 2, y_2: 'c', name: 'd' }, geometry: 'POINT(1 2)' }]
    const [header, line] = csvFile(points, rows).split('\r\n')
    expect(header).toBe('\uFEFFid,id_2,WKT_2,x_2,y_2,y_2_2,name,wkt,x,y')
    expect(line).toBe('3,a,b,1,2,c,d,POINT(1 2),1,2')
    // Without x and y of its own, a polygon layer keeps properties named x and y as they are.
    const polygonRows: DownloadRow<string>[] = [{ id: 4, properties: { x: 1, wkt: 'w' }, geometry: null }]
    expect(csvFile(polygons, polygonRows).split('\r\n')[0]).toBe('\uFEFFid,x,wkt_2,wkt')
  })

  it('writes only the header for an empty layer', () => {
    expect(csvFile(points, [])).toBe('\uFEFFid,wkt,x,y\r\n')
  })

  it('is read back field for field by GDAL, geometry and all (when ogr2ogr is installed)', (context) => {
    if (!hasGdal()) return context.skip()
    const dir = mkdtempSync(join(tmpdir(), 'csv-file-'))
    try {
      const file = join(dir, 'reports.csv')
      writeFileSync(file, csv)
      const read = JSON.parse(
        execFileSync('ogr2ogr', ['-f', 'GeoJSON', '/vsistdout/', file, '-oo', 'GEOM_POSSIBLE_NAMES=wkt', '-oo', 'KEEP_GEOM_COLUMNS=NO'], {
          encoding: 'utf8',
        }),
      )
      const features = read.features as { properties: Record<string, string>; geometry: { coordinates: number[] } | null }[]
      expect(features.map((feature) => feature.properties.id)).toEqual(['7', '9', '10'])
      expect(features[0]!.properties.description).toBe('Mörkt vid "Stora torget", går ej att se')
      expect(features[1]!.properties.description).toBe('rad ett\nrad två')
      expect(features[1]!.properties.category).toBe(`'=HYPERLINK("http://evil.example")`)
      expect(features[0]!.geometry!.coordinates).toEqual([150125.5, 6578475.25])
      expect(features[2]!.geometry).toBeNull()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('csvField', () => {
  it('quotes commas, quotes, CR and LF and nothing else', () => {
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hej"')).toBe('"say ""hej"""')
    expect(csvField('a\rb')).toBe('"a\rb"')
    expect(csvField('åäö; tab')).toBe('åäö; tab')
  })

  it('guards text that a spreadsheet would run as a formula, but not numbers', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvField(`${start}1+1`).replace(/^"/, '')).toMatch(/^'/)
    }
    expect(csvField(-3.5)).toBe('-3.5')
    expect(csvField('-3.5')).toBe("'-3.5")
    expect(csvField('a=b')).toBe('a=b')
  })

  it('writes null and undefined as empty, booleans as true/false, non-finite numbers as empty', () => {
    expect([null, undefined, true, false, Number.NaN, 0].map(csvField)).toEqual(['', '', 'true', 'false', '', '0'])
  })
})

describe('pointXY', () => {
  it('reads x and y of a point and nothing of other geometries', () => {
    expect(pointXY('POINT(13.5 59.3)')).toEqual([13.5, 59.3])
    expect(pointXY('point m (1e5 -2 7)')).toEqual([100000, -2])
    expect(pointXY('POINT EMPTY')).toEqual([null, null])
    expect(pointXY('MULTIPOINT((1 2))')).toEqual([null, null])
    expect(pointXY(null)).toEqual([null, null])
  })
})

function hasGdal(): boolean {
  try {
    execFileSync('ogr2ogr', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}
