/**
 * The coordinate reference systems the OGC API answers in and takes a bbox in (Part 2, CRS by
 * reference): WGS84 as CRS84 (lon, lat) and as EPSG:4326 (lat, lon), SWEREF 99 TM (EPSG:3006, the
 * storage CRS) and SWEREF 99 13 30 (EPSG:3008, the municipality's planners' CRS).
 *
 * Axis order follows each CRS's definition, as Part 2 requires (and GDAL 3.7+ expects when it
 * asks for a CRS): CRS84 is lon,lat; EPSG:4326 is lat,lon; EPSG:3006 and 3008 are northing,easting.
 * That order applies to the coordinates of answers and to `bbox` given with `bbox-crs`. Downloads
 * are files for GIS programs, which write x (easting, longitude) first: see download-query.ts.
 */
export const CRS84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84'

export type Srid = 4326 | 3006 | 3008

export interface CrsDefinition {
  uri: string
  srid: Srid
  /** A short label for file names and pages. */
  label: string
  /** Whether the CRS's first axis is latitude or northing (so x and y swap in and out). */
  northFirst: boolean
  /** Decimals written: 6 in degrees (about 0.1 m), 2 in metres. */
  decimals: number
  /** Where a bbox may lie, as [minX, minY, maxX, maxY] (easting/longitude first). */
  validArea: readonly [number, number, number, number]
  /** Edges of a bbox get a vertex this often before they are transformed (they bend), or never. */
  segmentLength: number | null
  /** A width given to a bbox that is a point or a line, so that it is still a polygon. */
  tinyWidth: number
}

const WORLD = [-180, -90, 180, 90] as const

/**
 * The projected CRSs' valid areas are EPSG's areas of use transformed into them (outward to the
 * metre): SWEREF 99 TM covers Sweden, SWEREF 99 13 30 the band from 12.12° to 14.79° east.
 * A test checks these against PostGIS.
 */
export const supportedCrs: readonly CrsDefinition[] = [
  { uri: CRS84, srid: 4326, label: 'CRS84', northFirst: false, decimals: 6, validArea: WORLD, segmentLength: 0.05, tinyWidth: 1e-8 },
  {
    uri: 'http://www.opengis.net/def/crs/EPSG/0/4326',
    srid: 4326,
    label: 'EPSG4326',
    northFirst: true,
    decimals: 6,
    validArea: WORLD,
    segmentLength: 0.05,
    tinyWidth: 1e-8,
  },
  {
    uri: 'http://www.opengis.net/def/crs/EPSG/0/3006',
    srid: 3006,
    label: 'EPSG3006',
    northFirst: true,
    decimals: 2,
    validArea: [181896, 6090340, 1086313, 7689479],
    segmentLength: null,
    tinyWidth: 0.001,
  },
  {
    uri: 'http://www.opengis.net/def/crs/EPSG/0/3008',
    srid: 3008,
    label: 'EPSG3008',
    northFirst: true,
    decimals: 2,
    validArea: [62307, 6128401, 231975, 6908901],
    segmentLength: 1000,
    tinyWidth: 0.001,
  },
]

/** Where every geometry is stored. */
export const STORAGE_CRS = 'http://www.opengis.net/def/crs/EPSG/0/3006'

export const supportedCrsUris = supportedCrs.map((crs) => crs.uri)

export function findCrs(uri: string): CrsDefinition | undefined {
  return supportedCrs.find((crs) => crs.uri === uri)
}

export const defaultCrs = supportedCrs[0] as CrsDefinition
