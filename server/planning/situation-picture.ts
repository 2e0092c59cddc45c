/**
 * The situation picture (lägesbild) of the EST method: what staff incidents, residents' reports
 * and unsafe walk observations a week, a quarter or a year held, per type, against the average of
 * the four periods before; a series per type (weeks, or months for a year); the period's places
 * for the map; and the places with most entries. Days are Swedish calendar days.
 */
import type { Queryable } from '../db/database.ts'
import type { EvidenceSource, SituationPeriod, SituationPicture, SituationRow } from '../shared/api/planning-schemas.ts'
import { todayInSweden } from '../today.ts'

/** Entries within this distance form one place in the top list. */
const TOP_PLACE_METRES = 100
const TOP_PLACES = 5
/** The map shows at most this many places of the period (a year of a big town has more). */
const MAX_MAP_PLACES = 10_000

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)
const iso = (date: Date) => date.toISOString().slice(0, 10)
function addDays(date: Date, days: number): Date {
  const next = new Date(date)
  next.setUTCDate(next.getUTCDate() + days)
  return next
}
function addMonths(date: Date, months: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1))
}

interface Span {
  from: Date
  /** The day after the last. */
  end: Date
}

/** The period containing `date`; without a date the last whole one before today. */
export function periodSpan(period: SituationPeriod, date: string | undefined, today = todayInSweden()): Span {
  const spanOf = (at: Date): Span => {
    if (period === 'week') {
      const monday = addDays(at, -((at.getUTCDay() + 6) % 7))
      return { from: monday, end: addDays(monday, 7) }
    }
    if (period === 'quarter') {
      const first = new Date(Date.UTC(at.getUTCFullYear(), Math.floor(at.getUTCMonth() / 3) * 3, 1))
      return { from: first, end: addMonths(first, 3) }
    }
    const first = new Date(Date.UTC(at.getUTCFullYear(), 0, 1))
    return { from: first, end: addMonths(first, 12) }
  }
  if (date) return spanOf(day(date))
  return spanOf(addDays(spanOf(day(today)).from, -1))
}

/** The same period `count` steps earlier. */
function earlier(period: SituationPeriod, span: Span, count: number): Span {
  if (period === 'week') return { from: addDays(span.from, -7 * count), end: addDays(span.end, -7 * count) }
  const months = period === 'quarter' ? 3 : 12
  return { from: addMonths(span.from, -months * count), end: addMonths(span.end, -months * count) }
}

/** The start of each bin: twelve weeks up to a week, the weeks of a quarter (from its first day), the months of a year. */
function binStarts(period: SituationPeriod, span: Span): Date[] {
  if (period === 'week') return Array.from({ length: 12 }, (_, n) => addDays(span.from, -7 * (11 - n)))
  if (period === 'year') return Array.from({ length: 12 }, (_, n) => addMonths(span.from, n))
  const starts = [span.from]
  let monday = addDays(span.from, 7 - ((span.from.getUTCDay() + 6) % 7))
  while (monday < span.end) {
    starts.push(monday)
    monday = addDays(monday, 7)
  }
  return starts
}

/** Every entry between the days `$1` and `$2`; `scope` is the parameter holding one municipality's code, or null for all. */
const entriesSql = (scope: string) => `
  SELECT 'staff'::text AS source, i.type, i.occurred_at AS at, i.geom FROM staff_incident i
   WHERE i.occurred_at >= ($1::date)::timestamp AT TIME ZONE 'Europe/Stockholm' AND i.occurred_at < ($2::date)::timestamp AT TIME ZONE 'Europe/Stockholm'
     AND (${scope}::text IS NULL OR i.municipality_code = ${scope})
  UNION ALL
  SELECT 'public', r.category, r.reported_at, r.geom FROM report r
   WHERE r.status NOT IN ('rejected', 'duplicate')
     AND r.reported_at >= ($1::date)::timestamp AT TIME ZONE 'Europe/Stockholm' AND r.reported_at < ($2::date)::timestamp AT TIME ZONE 'Europe/Stockholm'
     AND (${scope}::text IS NULL OR r.municipality_code = ${scope})
  UNION ALL
  SELECT 'walk', o.category, o.observed_at, o.geom FROM walk_observation o
   WHERE o.assessment = 'unsafe'
     AND o.observed_at >= ($1::date)::timestamp AT TIME ZONE 'Europe/Stockholm' AND o.observed_at < ($2::date)::timestamp AT TIME ZONE 'Europe/Stockholm'
     AND (${scope}::text IS NULL OR EXISTS (SELECT 1 FROM safety_walk w WHERE w.id = o.walk_id AND w.municipality_code = ${scope}))`

/** `scope`: one municipality's picture (kommun staff); null: the whole police area. */
export async function situationPicture(db: Queryable, period: SituationPeriod, date?: string, scope: string | null = null): Promise<SituationPicture> {
  const span = periodSpan(period, date)
  const previous = { from: earlier(period, span, 4).from, end: span.from }
  const starts = binStarts(period, span)
  const earliest = [previous.from, starts[0] ?? span.from].reduce((a, b) => (a < b ? a : b))
  const daily = await db.query<{ source: EvidenceSource; type: string; day: string; n: number }>(
    `SELECT e.source, e.type, to_char(e.at AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM-DD') AS day, count(*)::int AS n
       FROM (${entriesSql('$3')}) e GROUP BY 1, 2, 3`,
    [iso(earliest), iso(span.end), scope],
  )
  const rows = new Map<string, SituationRow>()
  const binEnds = [...starts.slice(1), span.end]
  for (const entry of daily) {
    const key = `${entry.source}:${entry.type}`
    const row = rows.get(key) ?? { source: entry.source, type: entry.type, count: 0, previous_average: 0, series: starts.map(() => 0) }
    rows.set(key, row)
    const at = day(entry.day)
    if (at >= span.from && at < span.end) row.count += entry.n
    if (at >= previous.from && at < previous.end) row.previous_average += entry.n / 4
    starts.forEach((start, n) => {
      if (at >= start && at < (binEnds[n] ?? span.end)) row.series[n] = (row.series[n] ?? 0) + entry.n
    })
  }
  const sorted = [...rows.values()]
    .map((row) => ({ ...row, previous_average: Math.round(row.previous_average * 10) / 10 }))
    .sort((a, b) => a.source.localeCompare(b.source) || b.count - a.count || a.type.localeCompare(b.type))

  const [map] = await db.query<Pick<SituationPicture, 'places' | 'top_places'>>(
    `WITH period AS (SELECT * FROM (${entriesSql('$6')}) e),
     clustered AS (
       SELECT p.*, ST_ClusterDBSCAN(p.geom, eps => $3, minpoints => 2) OVER () AS cluster FROM period p),
     top AS (
       SELECT ST_Centroid(ST_Collect(geom)) AS centre, count(*)::int AS count, mode() WITHIN GROUP (ORDER BY type) AS top_type
         FROM clustered WHERE cluster IS NOT NULL GROUP BY cluster ORDER BY count(*) DESC, min(at) LIMIT $4)
     SELECT json_build_object('type', 'FeatureCollection', 'features', coalesce((
              SELECT json_agg(json_build_object('type', 'Feature',
                       'geometry', ST_AsGeoJSON(ST_Transform(p.geom, 4326), 6)::json,
                       'properties', json_build_object('source', p.source, 'type', p.type, 'at', p.at)) ORDER BY p.at)
                FROM (SELECT * FROM period ORDER BY at DESC LIMIT $5) p), '[]')) AS places,
            coalesce((SELECT json_agg(json_build_object(
                'centre', ST_AsGeoJSON(ST_Transform(t.centre, 4326), 6)::json, 'count', t.count, 'top_type', t.top_type,
                'place_name', (SELECT n.name FROM place_name n
                                WHERE n.kind IN ('centrum', 'place', 'meeting_point', 'address') AND ST_DWithin(n.geom, t.centre, 150)
                                ORDER BY n.geom <-> t.centre LIMIT 1)) ORDER BY t.count DESC)
              FROM top t), '[]') AS top_places`,
    [iso(span.from), iso(span.end), TOP_PLACE_METRES, TOP_PLACES, MAX_MAP_PLACES, scope],
  )
  if (!map) throw new Error('situation query returned no row')
  return {
    period,
    from: iso(span.from),
    to: iso(addDays(span.end, -1)),
    bins: starts.map(iso),
    rows: sorted,
    total: sorted.reduce((sum, row) => sum + row.count, 0),
    previous_average: Math.round(sorted.reduce((sum, row) => sum + row.previous_average, 0) * 10) / 10,
    places: map.places,
    top_places: map.top_places,
  }
}
