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

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The period as an OGC `datetime` for the server (the features in view, the tiles' clusters), for
 * the layers whose every feature the server dates as the map does; null where the period keeps
 * everything, or where the map keeps features the server would drop (planned walks, measures not
 * yet done). What the server sends is then filtered exactly as above.
 */
export function periodDatetime(collection: CollectionId, period: Period, now: Date): string | null {
  const start = periodStart(period, now)
  if (!start) return null
  // Whole months and days, not the instant: the same all month (or day), so the server and the
  // browser can keep the tiles asked for with it.
  switch (collection) {
    // The server's time is the report's whole month (in Sweden): the months from the start's on
    // overlap this, the month before it ends before it.
    case 'reports':
      return `${start.toISOString().slice(0, 7)}-01T00:00:00Z/..`
    // The server dates by the walk's start, the map by its day in Sweden: a day earlier misses none.
    case 'walk-observations':
      return `${new Date(start.getTime() - DAY_MS).toISOString().slice(0, 10)}T00:00:00Z/..`
    default:
      return null
  }
}
