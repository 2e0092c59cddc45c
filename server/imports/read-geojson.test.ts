import { describe, expect, it } from 'vitest'
import { readGeoJson } from './read-geojson.ts'

const bytes = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value))
const feature = (coordinates: number[], properties: unknown = { namn: 'A' }) => ({ type: 'Feature', properties, geometry: { type: 'Point', coordinates } })

describe('readGeoJson', () => {
  it('takes an RFC 7946 file as WGS84, a crs member as said, and projected coordinates without one as unknown', () => {
    expect(readGeoJson(bytes({ type: 'FeatureCollection', features: [feature([14.1, 59.3])] })).crs).toEqual({ srid: 4326, declared: null })
    const named = { type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3006' } }, features: [feature([449000, 6575000])] }
    expect(readGeoJson(bytes(named)).crs).toEqual({ srid: 3006, declared: 'EPSG:3006' })
    expect(readGeoJson(bytes({ type: 'FeatureCollection', features: [feature([449000, 6575000])] })).crs).toEqual({ srid: null, declared: null })
  })

  it('collects attribute names over all features, keeps nested values as JSON text, and reads a single Feature', () => {
    const file = readGeoJson(bytes({ type: 'FeatureCollection', features: [feature([14, 59], { a: 1 }), feature([14, 59], { b: { c: [1] }, a: null }), { type: 'Feature', properties: null, geometry: null }] }))
    expect(file.attributes).toEqual(['a', 'b'])
    expect(file.features.map((f) => f.properties)).toEqual([{ a: 1 }, { b: '{"c":[1]}', a: null }, {}])
    expect(file.features[2]?.geometry).toBeNull()
    expect(readGeoJson(bytes(feature([14, 59]))).features).toHaveLength(1)
  })

  it('refuses what is not GeoJSON, is empty, or is too large', () => {
    expect(() => readGeoJson(bytes('{"type": "FeatureCollection"'))).toThrow(/not valid JSON/)
    expect(() => readGeoJson(bytes({ type: 'Topology' }))).toThrow(/neither a FeatureCollection nor a Feature/)
    expect(() => readGeoJson(bytes({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: 'POINT(1 2)' }] }))).toThrow(/no readable geometry/)
    expect(() => readGeoJson(bytes({ type: 'FeatureCollection', features: [] }))).toThrow(/no features/)
    expect(() => readGeoJson(bytes({ type: 'FeatureCollection', features: Array.from({ length: 5001 }, () => feature([14, 59])) }))).toThrow(/5001 features/)
  })

  it('refuses geometries that are not GeoJSON\'s shape, and nesting too deep to walk, as an unreadable file', () => {
    const withGeometry = (geometry: unknown) => bytes({ type: 'FeatureCollection', features: [feature([14, 59]), { type: 'Feature', properties: {}, geometry }] })
    const deep = (depth: number) => `${'['.repeat(depth)}14, 59${']'.repeat(depth)}`
    const cases: Array<[string, Uint8Array, RegExp]> = [
      ['a null member', withGeometry({ type: 'GeometryCollection', geometries: [null] }), /feature 2 cannot be read: a part of it is not a geometry/],
      ['a member without a type', withGeometry({ type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [14, 59] }, { coordinates: [1, 2] }] }), /a part of it is not a geometry/],
      ['a collection without geometries', withGeometry({ type: 'GeometryCollection' }), /has no geometries/],
      ['collections nested deep', bytes(`{"type":"Feature","properties":{},"geometry":${'{"type":"GeometryCollection","geometries":['.repeat(50_000)}${']}'.repeat(50_000)}}`), /nested too deeply/],
      ['coordinates nested deeper than a MultiPolygon', withGeometry({ type: 'MultiPolygon', coordinates: [[[[[14, 59]]]]] }), /nested deeper than GeoJSON allows/],
      ['coordinates nested 200,000 deep', bytes(`{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":${deep(200_000)}}}`), /nested deeper than GeoJSON allows/],
      ['a property nested 200,000 deep', bytes(`{"type":"Feature","properties":{"a":${deep(200_000)}},"geometry":null}`), /an attribute of feature 1 is nested too deeply/],
    ]
    for (const [name, file, message] of cases) {
      expect(() => readGeoJson(file), name).toThrow(expect.objectContaining({ status: 400, code: 'file_unreadable', message: expect.stringMatching(message) }))
    }
    const fine = { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [14, 59] }, { type: 'MultiPolygon', coordinates: [[[[14, 59], [15, 59], [15, 60], [14, 59]]]] }] }
    expect(readGeoJson(withGeometry(fine)).features[1]?.geometry).toEqual(fine)
  })

  it('reads positions in x/y order under the URN for EPSG:4326 too, as GDAL and QGIS write them', () => {
    const file = readGeoJson(bytes({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4326' } }, features: [feature([18.07, 59.33])] }))
    expect(file.crs).toEqual({ srid: 4326, declared: 'EPSG:4326' })
    expect(file.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [18.07, 59.33] })
  })
})
