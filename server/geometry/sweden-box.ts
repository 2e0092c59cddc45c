/**
 * Where SWEREF 99 TM is defined, in WGS84 (EPSG:3006's area of use). A point outside it cannot
 * be transformed (PostGIS raises "outside of projection domain"), so it is refused before.
 */
export const SWEDEN_BOX = { minLon: 10.03, minLat: 54.96, maxLon: 24.17, maxLat: 69.07 }

export const isInSwedenBox = ([lon, lat]: readonly [number, number]) =>
  lon >= SWEDEN_BOX.minLon && lon <= SWEDEN_BOX.maxLon && lat >= SWEDEN_BOX.minLat && lat <= SWEDEN_BOX.maxLat
