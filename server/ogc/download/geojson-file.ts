import type { DownloadLayer, DownloadRow } from './download-layer.ts'

/**
 * The layer as one GeoJSON FeatureCollection. The geometries are GeoJSON text from PostGIS and are
 * put in as they are: parsing and re-serialising 100,000 geometries would only cost time.
 *
 * RFC 7946 allows WGS 84 longitude/latitude only. In SWEREF 99 TM or 13 30 the file carries the
 * older (2008) `crs` member naming the EPSG code, because that is what GDAL, QGIS and ArcGIS read:
 * without it they would take the metres for degrees and put Kristinehamn far outside the world.
 */
export function geoJsonFile(layer: DownloadLayer, rows: readonly DownloadRow<string>[]): string {
  // `name` is a foreign member (allowed by RFC 7946) that GDAL and QGIS take as the layer's name.
  const head: Record<string, unknown> = { type: 'FeatureCollection', name: layer.name }
  if (layer.srid !== 4326) {
    head.crs = { type: 'name', properties: { name: `urn:ogc:def:crs:EPSG::${layer.srid}` } }
  }
  const features = rows.map(featureText)
  return `${JSON.stringify(head).slice(0, -1)},"features":[${features.join(',')}]}`
}

function featureText(row: DownloadRow<string>): string {
  return `{"type":"Feature","id":${JSON.stringify(row.id)},"geometry":${row.geometry ?? 'null'},"properties":${JSON.stringify(row.properties)}}`
}
