/** One row of a GeoPackage's `gpkg_spatial_ref_sys`. */
export interface SpatialRefSys {
  srsName: string
  srsId: number
  organization: string
  organizationCoordsysId: number
  definition: string
  description: string
}

/*
 * OGC WKT 1 as GDAL 3.6 writes it for these EPSG codes (`gdalsrsinfo -o wkt1 EPSG:n`), without
 * the AXIS nodes. Without AXIS, WKT 1 means easting/longitude first, which is how a GeoPackage
 * stores coordinates whatever the EPSG axis order; the GeoPackage standard's own EPSG:4326 row
 * is written the same way.
 */
const SWEREF99 =
  'GEOGCS["SWEREF99",DATUM["SWEREF99",SPHEROID["GRS 1980",6378137,298.257222101,AUTHORITY["EPSG","7019"]],' +
  'AUTHORITY["EPSG","6619"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],' +
  'UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4619"]]'

const sweref99TransverseMercator = (name: string, centralMeridian: number, scale: number, falseEasting: number, code: number) =>
  `PROJCS["${name}",${SWEREF99},PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],` +
  `PARAMETER["central_meridian",${centralMeridian}],PARAMETER["scale_factor",${scale}],` +
  `PARAMETER["false_easting",${falseEasting}],PARAMETER["false_northing",0],` +
  `UNIT["metre",1,AUTHORITY["EPSG","9001"]],AUTHORITY["EPSG","${code}"]]`

const WGS84 =
  'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],' +
  'AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],' +
  'UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]]'

/**
 * The three rows every GeoPackage must have (4326, and -1 and 0 for undefined Cartesian and
 * geographic systems), plus the two SWEREF 99 projections a download may be in.
 */
export const spatialRefSystems: readonly SpatialRefSys[] = [
  {
    srsName: 'Undefined cartesian SRS',
    srsId: -1,
    organization: 'NONE',
    organizationCoordsysId: -1,
    definition: 'undefined',
    description: 'undefined cartesian coordinate reference system',
  },
  {
    srsName: 'Undefined geographic SRS',
    srsId: 0,
    organization: 'NONE',
    organizationCoordsysId: 0,
    definition: 'undefined',
    description: 'undefined geographic coordinate reference system',
  },
  {
    srsName: 'WGS 84 geodetic',
    srsId: 4326,
    organization: 'EPSG',
    organizationCoordsysId: 4326,
    definition: WGS84,
    description: 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid',
  },
  {
    srsName: 'SWEREF99 TM',
    srsId: 3006,
    organization: 'EPSG',
    organizationCoordsysId: 3006,
    definition: sweref99TransverseMercator('SWEREF99 TM', 15, 0.9996, 500000, 3006),
    description: 'Sweden\'s national projection (metres)',
  },
  {
    srsName: 'SWEREF99 13 30',
    srsId: 3008,
    organization: 'EPSG',
    organizationCoordsysId: 3008,
    definition: sweref99TransverseMercator('SWEREF99 13 30', 13.5, 1, 150000, 3008),
    description: 'SWEREF 99 local projection for Värmland and the zone around 13°30\' E (metres)',
  },
]
