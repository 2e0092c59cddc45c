import { describe, expect, it } from 'vitest'
import { findingFromGeoJsonName, findingFromWkt, settleCrs } from './import-crs.ts'

const esriSweref99Tm =
  'PROJCS["SWEREF99_TM",GEOGCS["GCS_SWEREF99",DATUM["D_SWEREF99",SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",15.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]'
const ogc3008 =
  'PROJCS["SWEREF99 13 30",GEOGCS["SWEREF99",DATUM["SWEREF99",SPHEROID["GRS 1980",6378137,298.257222101,AUTHORITY["EPSG","7019"]],AUTHORITY["EPSG","6619"]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433],AUTHORITY["EPSG","4619"]],PROJECTION["Transverse_Mercator"],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AUTHORITY["EPSG","3008"]]'
const projectedWithoutCode =
  'PROJCS["Lokalt",GEOGCS["SWEREF99",DATUM["SWEREF99",SPHEROID["GRS 1980",6378137,298.257222101]],AUTHORITY["EPSG","4619"]],PROJECTION["Transverse_Mercator"],UNIT["metre",1,AUTHORITY["EPSG","9001"]]]'

describe('coordinate systems', () => {
  it('recognises SWEREF 99 TM, SWEREF 99 13 30 and WGS84 in ESRI and OGC WKT, by the outermost code or the name', () => {
    expect(findingFromWkt(esriSweref99Tm)).toEqual({ srid: 3006, declared: 'EPSG:3006' })
    expect(findingFromWkt(ogc3008)).toEqual({ srid: 3008, declared: 'EPSG:3008' })
    expect(findingFromWkt('GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]]]').srid).toBe(4326)
    expect(findingFromWkt('PROJCRS["SWEREF99 TM",BASEGEOGCRS["SWEREF99",ID["EPSG",4619]],ID["EPSG",3006]]').srid).toBe(3006)
    // Only inner codes: the projection is not one the import knows, and the base's code is not taken for it.
    expect(findingFromWkt(projectedWithoutCode)).toEqual({ srid: null, declared: 'Lokalt' })
    expect(findingFromWkt('PROJCS["WGS 84 / Pseudo-Mercator",AUTHORITY["EPSG","3857"]]')).toEqual({ srid: null, declared: 'EPSG:3857 (WGS 84 / Pseudo-Mercator)' })
    expect(findingFromWkt('  ')).toEqual({ srid: null, declared: null })
  })

  it('reads a GeoJSON crs member', () => {
    expect(findingFromGeoJsonName('urn:ogc:def:crs:EPSG::3008').srid).toBe(3008)
    expect(findingFromGeoJsonName('urn:ogc:def:crs:OGC:1.3:CRS84').srid).toBe(4326)
    expect(findingFromGeoJsonName('EPSG:3006').srid).toBe(3006)
    expect(findingFromGeoJsonName('urn:ogc:def:crs:EPSG::3021')).toEqual({ srid: null, declared: 'EPSG:3021' })
  })

  it("takes the file's CRS, the person's when the file says nothing, and refuses contradictions and other systems", () => {
    expect(settleCrs({ srid: 3006, declared: 'EPSG:3006' }, null)).toBe(3006)
    expect(settleCrs({ srid: 3006, declared: 'EPSG:3006' }, 3006)).toBe(3006)
    expect(settleCrs({ srid: null, declared: null }, 3008)).toBe(3008)
    expect(() => settleCrs({ srid: 3006, declared: 'EPSG:3006' }, 3008)).toThrow(/EPSG:3006, but EPSG:3008 was chosen/)
    expect(() => settleCrs({ srid: null, declared: 'EPSG:3857' }, 3006)).toThrow(/EPSG:3857\. The import takes EPSG:4326, EPSG:3006, EPSG:3008/)
    expect(() => settleCrs({ srid: null, declared: null }, null)).toThrow(/does not say/)
  })
})
