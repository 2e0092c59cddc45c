import type { Feature, FeatureCollection, Geometry } from 'geojson'
import type { TiledCollection } from './collection-loader.ts'

/** The OGC collections the map shows, bottom layer first. Each is one legend entry. */
export const collectionIds = [
  'municipalities',
  'urban-areas',
  'focus-zones',
  'watch-areas',
  'safety-walks',
  'walk-observations',
  'reports',
  'measures',
] as const

export type CollectionId = (typeof collectionIds)[number]

export type Properties = Record<string, unknown>
export type MapFeature = Feature<Geometry, Properties>
export type MapFeatureCollection = FeatureCollection<Geometry, Properties>

/** A feature's address across collections; ids are strings because municipalities use a code. */
export interface FeatureRef {
  collection: CollectionId
  id: string
}

export type CollectionData = Partial<Record<CollectionId, MapFeatureCollection>>

/** The layers drawn from vector tiles instead (see collection-loader.ts), by collection. */
export type TiledCollections = Partial<Record<CollectionId, TiledCollection>>

export const isCollectionId = (value: unknown): value is CollectionId =>
  typeof value === 'string' && (collectionIds as readonly string[]).includes(value)

export const featureKey = (ref: FeatureRef) => `${ref.collection}/${ref.id}`

export function parseFeatureKey(key: unknown): FeatureRef | null {
  if (typeof key !== 'string') return null
  const slash = key.indexOf('/')
  const collection = key.slice(0, slash)
  return slash > 0 && isCollectionId(collection) ? { collection, id: key.slice(slash + 1) } : null
}

export function findFeature(data: CollectionData, ref: FeatureRef): MapFeature | undefined {
  return data[ref.collection]?.features.find((feature) => String(feature.id) === ref.id)
}
