/**
 * The candidate sites as map features: each cluster's outline, and a point at its centre for the
 * rank label, both marked when the site is the one chosen in the list. Also the clusters layer
 * as a GeoJSON file, with each site's score parts, so another GIS shows the same reasons.
 */
import type { FeatureCollection, Point, Polygon } from 'geojson'
import type { CandidateSite, HotspotResult } from '../../../server/shared/api/planning-schemas.ts'
import type { ScoreWeights } from './score-words.ts'

export interface SiteFeatureProperties {
  rank: number
  /** The rank as the label's text. */
  label: string
  selected: boolean
}

export interface SiteFeatures {
  outlines: FeatureCollection<Polygon, SiteFeatureProperties>
  centres: FeatureCollection<Point, SiteFeatureProperties>
}

export function siteFeatures(sites: readonly CandidateSite[], selectedRank: number | null): SiteFeatures {
  const properties = (site: CandidateSite): SiteFeatureProperties => ({ rank: site.rank, label: String(site.rank), selected: site.rank === selectedRank })
  return {
    outlines: {
      type: 'FeatureCollection',
      features: sites.map((site) => ({ type: 'Feature', id: site.rank, geometry: site.outline, properties: properties(site) })),
    },
    // The best ranks last, so their labels are drawn on top where clusters lie close together.
    centres: {
      type: 'FeatureCollection',
      features: [...sites].reverse().map((site) => ({ type: 'Feature', id: site.rank, geometry: site.centre, properties: properties(site) })),
    },
  }
}

/** The clusters layer as a file: outlines with the rank, score, parts, weights and evidence. */
export function sitesGeoJson(result: HotspotResult, weights: ScoreWeights) {
  return {
    type: 'FeatureCollection' as const,
    features: result.sites.map((site) => ({
      type: 'Feature' as const,
      geometry: site.outline,
      properties: {
        rank: site.rank,
        score: site.score,
        ...site.parts,
        ...weights,
        place_name: site.place_name,
        centre_lon: site.centre.coordinates[0],
        centre_lat: site.centre.coordinates[1],
        public: site.by_source.public,
        walk: site.by_source.walk,
        staff: site.by_source.staff,
        top_category: site.top_category,
        first_at: site.first_at,
        last_at: site.last_at,
        period_from: result.period.from,
        period_to: result.period.to,
        report_ids: site.report_ids,
        observation_ids: site.observation_ids,
      },
    })),
  }
}
