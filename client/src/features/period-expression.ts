import type { ExpressionSpecification } from 'maplibre-gl'
import type { CollectionId } from '../data/collections.ts'
import { periodStart } from './period-filter.ts'
import type { Period } from './period-filter.ts'

/**
 * The same period as a MapLibre filter, for a layer drawn from vector tiles (its features never
 * reach an array): it keeps exactly what `filterByPeriod` keeps. Apart from period-filter.ts, so
 * that only the map's lazily loaded code carries it. Dates compare as text, which
 * orders ISO dates, months and UTC timestamps (the server writes them in UTC) like time. A feature
 * without the date – also a cluster, which has only `point_count` – passes. Null keeps everything.
 */
export function periodFilterExpression(collection: CollectionId, period: Period, now: Date): ExpressionSpecification | null {
  const start = periodStart(period, now)
  if (!start) return null
  const iso = start.toISOString()
  // A day is in the period when its midnight (UTC, as Date.parse reads it) is not before the start.
  const firstDay = iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : nextDay(iso)
  switch (collection) {
    case 'safety-walks':
      return ['any', ['==', ['get', 'status'], 'planned'], undated('starts_at'), ['>=', text('starts_at'), iso]]
    case 'walk-observations':
      return ['any', undated('observed_on'), ['>=', text('observed_on'), firstDay]]
    case 'reports':
      return ['any', undated('reported_month'), ['>=', ['slice', text('reported_month'), 0, 7], iso.slice(0, 7)]]
    case 'measures': {
      const date: ExpressionSpecification = ['case', undated('done_on'), text('decided_on'), text('done_on')]
      const closed: ExpressionSpecification = ['match', ['get', 'status'], ['done', 'rejected'], true, false]
      return ['any', ['!', closed], ['all', undated('done_on'), undated('decided_on')], ['>=', date, firstDay]]
    }
    default:
      return null
  }
}

const text = (property: string): ExpressionSpecification => ['to-string', ['coalesce', ['get', property], '']]
const undated = (property: string): ExpressionSpecification => ['==', text(property), '']

function nextDay(iso: string): string {
  const day = new Date(`${iso.slice(0, 10)}T00:00:00Z`)
  day.setUTCDate(day.getUTCDate() + 1)
  return day.toISOString().slice(0, 10)
}
