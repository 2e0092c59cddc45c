/** What the lägesbild's map draws, built from the API's answer; pure, so it is tested without a map. */
import type { Point } from 'geojson'
import type { EvidenceSource, SituationPicture } from '../../../server/shared/api/planning-schemas.ts'

export interface TopPlaceProperties {
  /** From 1, as in the list beside the map. */
  number: number
  count: number
}

export interface SituationMapData {
  places: SituationPicture['places']
  topPlaces: { type: 'FeatureCollection'; features: { type: 'Feature'; geometry: Point; properties: TopPlaceProperties }[] }
  /** [[minLon, minLat], [maxLon, maxLat]] around everything drawn; null when nothing is. */
  bounds: [[number, number], [number, number]] | null
  /** The sources that have places, for the legend. */
  sources: EvidenceSource[]
}

export function situationMapData(picture: Pick<SituationPicture, 'places' | 'top_places'>): SituationMapData {
  const topPlaces: SituationMapData['topPlaces'] = {
    type: 'FeatureCollection',
    features: picture.top_places.map((place, index) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: place.centre.coordinates },
      properties: { number: index + 1, count: place.count },
    })),
  }
  const positions = [...picture.places.features, ...topPlaces.features].map((feature) => feature.geometry.coordinates)
  const sources = new Set(picture.places.features.map((feature) => feature.properties.source))
  return {
    places: picture.places,
    topPlaces,
    bounds: positions.length === 0 ? null : boundsOf(positions),
    sources: (['staff', 'public', 'walk'] as const).filter((source) => sources.has(source)),
  }
}

function boundsOf(positions: readonly number[][]): [[number, number], [number, number]] {
  const lons = positions.map((position) => position[0]!)
  const lats = positions.map((position) => position[1]!)
  return [
    [Math.min(...lons), Math.min(...lats)],
    [Math.max(...lons), Math.max(...lats)],
  ]
}
