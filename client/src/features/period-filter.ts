import type { CollectionData, CollectionId, MapFeature, MapFeatureCollection } from '../data/collections.ts'

/** How far back the map shows walks, observations, reports and completed measures. */
export const periods = ['year', 'threeYears', 'all'] as const
export type Period = (typeof periods)[number]
export const defaultPeriod: Period = 'year'

const monthsBack: Record<Period, number | null> = { year: 12, threeYears: 36, all: null }

/**
 * The date that places a feature in time, or null when it belongs to every period: what is
 * still to come (planned walks, measures not yet done) is always shown, and so is anything
 * without a date.
 */
function featureDate(collection: CollectionId, feature: MapFeature): string | null {
  const properties = feature.properties
  switch (collection) {
    case 'safety-walks':
      return properties.status === 'planned' ? null : asText(properties.starts_at)
    case 'walk-observations':
      return asText(properties.observed_on)
    case 'reports':
      return asText(properties.reported_month)
    case 'measures':
      return properties.status === 'done' || properties.status === 'rejected'
        ? asText(properties.done_on) ?? asText(properties.decided_on)
        : null
    default:
      return null
  }
}

const asText = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null)

/** The first instant inside the period, or null for "all". Months count in calendar terms. */
export function periodStart(period: Period, now: Date): Date | null {
  const months = monthsBack[period]
  if (months === null) return null
  const start = new Date(now)
  start.setUTCMonth(start.getUTCMonth() - months)
  return start
}

export function filterByPeriod(data: CollectionData, period: Period, now: Date): CollectionData {
  const start = periodStart(period, now)
  if (!start) return data
  // Reports are dated by month only: a report from the month the period starts in still counts.
  const startMonth = start.toISOString().slice(0, 7)
  const inPeriod = (collection: CollectionId, date: string) =>
    collection === 'reports' ? date.slice(0, 7) >= startMonth : Date.parse(date) >= start.getTime()
  const filtered: CollectionData = {}
  for (const [collection, features] of Object.entries(data) as [CollectionId, MapFeatureCollection][]) {
    filtered[collection] = {
      ...features,
      features: features.features.filter((feature) => {
        const date = featureDate(collection, feature)
        return date === null || inPeriod(collection, date)
      }),
    }
  }
  return filtered
}
