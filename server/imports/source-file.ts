/**
 * What the readers make of a GIS file before any rule of the app is applied: its features with
 * their geometry in the file's own coordinate system, their attributes, and what the file says
 * about its coordinate system.
 */
import type { ImportSrid } from '../geometry/check-area-geometry.ts'

export type ImportFormat = 'geojson' | 'shapefile' | 'geopackage'

/** An attribute value as a file can hold it; dates arrive as `YYYY-MM-DD…` text. */
export type AttributeValue = string | number | boolean | null

/** A GeoJSON geometry object, or (from a GeoPackage) well-known binary that PostGIS reads. */
export type SourceGeometry = { type: string; coordinates?: unknown; geometries?: unknown } | { wkb: Uint8Array }

export interface SourceFeature {
  /** Null when the feature has no geometry (or an empty one). */
  geometry: SourceGeometry | null
  properties: Record<string, AttributeValue>
}

/** What a file says about its coordinate system. */
export interface CrsFinding {
  /** One of the systems the import accepts, when the file names it. */
  srid: ImportSrid | null
  /** What the file names, as found (e.g. `EPSG:3857 (WGS 84 / Pseudo-Mercator)`); null when it says nothing. */
  declared: string | null
}

export interface SourceFile {
  format: ImportFormat
  /** The layer read: a GeoPackage table or a Shapefile's name; null for GeoJSON. */
  layer: string | null
  /** Attribute names in the file's order. */
  attributes: string[]
  features: SourceFeature[]
  crs: CrsFinding
}
