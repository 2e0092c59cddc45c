/**
 * Whether a measure helped: for every measure that is done, the reports and unsafe walk
 * observations within a radius in the same number of months before and after it (as many whole
 * months as have passed, up to twelve), set against the rest of the measure's own municipality over
 * the same periods (not the whole police area: another municipality's trend says nothing about this
 * place). Only the municipality's own places count, near or in the rest: a report belongs to the
 * municipality its place lies in, an observation to its walk's. Had the place followed the rest's
 * trend, it would have had
 *     expected after = near before × rest after / rest before
 * The ratio after / expected gets a 95 % interval from the four counts (Woolf's log method with
 * half a count added to each), so small counts give a wide interval and an honest verdict.
 */
import type { Queryable } from '../db/database.ts'
import type { EffectVerdict, MeasureEffect, MeasureType } from '../shared/api/planning-schemas.ts'
import { MAX_EFFECT_MONTHS } from '../shared/api/planning-schemas.ts'
import { todayInSweden } from '../today.ts'

/** Fewer places than this near a measure, before and after together, and nothing can be said. */
export const MIN_EFFECT_COUNT = 10

interface EffectCounts {
  measure_id: number
  title: string
  type: MeasureType
  done_on: string
  months: number
  before_from: string
  after_to: string
  near_before: number
  near_after: number
  rest_before: number
  rest_after: number
}

/** Places everywhere on days before `day`: the running total of the day before; 0 before the first day. */
const placesBefore = (day: string) => `coalesce(r.totals[least(${day} - r.first_day, cardinality(r.totals))], 0)`

/**
 * Places of `source` (a FROM item `e` with `geom`, `municipality_code` and the time column) near
 * each measure and in its municipality in its two periods, in one pass through the GiST index (the
 * time and municipality filters only narrow what the index found, so both periods share the lookup).
 */
const nearCounts = (source: string, time: string, condition: string) => `
  SELECT m.id, count(*) FILTER (WHERE e.${time} < m.done_starts)::int AS before, count(*) FILTER (WHERE e.${time} >= m.done_starts)::int AS after
    FROM periods m JOIN ${source}
      ON ST_DWithin(e.geom, m.geom, $1) AND ${condition} AND e.municipality_code = m.municipality_code
     AND e.${time} >= m.before_starts AND e.${time} < m.after_ends
   GROUP BY m.id`

/** Unsafe walk observations with their walk's municipality, as one FROM item. */
const unsafeObservations = `(SELECT o.geom, o.observed_at, o.assessment, w.municipality_code
                               FROM walk_observation o JOIN safety_walk w ON w.id = o.walk_id) e`

/** `scope` limits the measures to one municipality (kommun staff); null: the whole police area. */
export async function measureEffects(db: Queryable, radiusMetres: number, measureId?: number, scope: string | null = null): Promise<MeasureEffect[]> {
  const rows = await db.query<EffectCounts>(
    `WITH done AS (
       SELECT m.id, m.municipality_code, m.title, m.type, m.done_on, m.geom,
              least($2::int, (extract(year FROM age($4::date, m.done_on)) * 12 + extract(month FROM age($4::date, m.done_on)))::int) AS months
         FROM measure m
        WHERE m.status = 'done' AND m.done_on IS NOT NULL AND m.done_on <= $4::date AND ($3::int IS NULL OR m.id = $3)
          AND ($5::text IS NULL OR m.municipality_code = $5)),
     periods AS (
       SELECT d.*, (d.done_on - make_interval(months => d.months))::date AS before_from,
              (d.done_on + make_interval(months => d.months))::date AS after_to,
              -- The same days as instants in Sweden, for the indexed times.
              ((d.done_on - make_interval(months => d.months))::date)::timestamp AT TIME ZONE 'Europe/Stockholm' AS before_starts,
              (d.done_on)::timestamp AT TIME ZONE 'Europe/Stockholm' AS done_starts,
              ((d.done_on + make_interval(months => d.months))::date)::timestamp AT TIME ZONE 'Europe/Stockholm' AS after_ends
         FROM done d),
     -- Each measured municipality's count per Swedish day as a running total in one array, so a
     -- period's count is two lookups.
     daily AS (
       SELECT municipality_code, day, count(*) AS n FROM (
         SELECT municipality_code, (reported_at AT TIME ZONE 'Europe/Stockholm')::date AS day FROM report WHERE status NOT IN ('rejected', 'duplicate')
         UNION ALL
         SELECT w.municipality_code, (o.observed_at AT TIME ZONE 'Europe/Stockholm')::date
           FROM walk_observation o JOIN safety_walk w ON w.id = o.walk_id WHERE o.assessment = 'unsafe') e
        WHERE day <= $4::date AND municipality_code IN (SELECT municipality_code FROM done)
        GROUP BY municipality_code, day),
     running AS (
       SELECT f.municipality_code, f.first_day, t.totals
         FROM (SELECT municipality_code, min(day) AS first_day FROM daily GROUP BY municipality_code) f
         CROSS JOIN LATERAL (
           SELECT array_agg(d.total ORDER BY d.day) AS totals
             FROM (SELECT s.day::date AS day, sum(coalesce(daily.n, 0)) OVER (ORDER BY s.day) AS total
                     FROM generate_series(f.first_day, $4::date, interval '1 day') AS s(day)
                     LEFT JOIN daily ON daily.municipality_code = f.municipality_code AND daily.day = s.day::date) d) t),
     near_reports AS (${nearCounts('report e', 'reported_at', "e.status NOT IN ('rejected', 'duplicate')")}),
     near_observations AS (${nearCounts(unsafeObservations, 'observed_at', "e.assessment = 'unsafe'")}),
     near AS (
       SELECT p.id, coalesce(r.before, 0) + coalesce(o.before, 0) AS near_before, coalesce(r.after, 0) + coalesce(o.after, 0) AS near_after
         FROM periods p LEFT JOIN near_reports r ON r.id = p.id LEFT JOIN near_observations o ON o.id = p.id)
     SELECT p.id AS measure_id, p.title, p.type, to_char(p.done_on, 'YYYY-MM-DD') AS done_on, p.months,
            to_char(p.before_from, 'YYYY-MM-DD') AS before_from, to_char(p.after_to, 'YYYY-MM-DD') AS after_to,
            n.near_before, n.near_after,
            (${placesBefore('p.done_on')} - ${placesBefore('p.before_from')})::int - n.near_before AS rest_before,
            (${placesBefore('p.after_to')} - ${placesBefore('p.done_on')})::int - n.near_after AS rest_after
       -- A municipality without any place yet has no running total: its counts are 0.
       FROM periods p JOIN near n ON n.id = p.id LEFT JOIN running r ON r.municipality_code = p.municipality_code
      ORDER BY p.done_on DESC, p.id DESC`,
    [radiusMetres, MAX_EFFECT_MONTHS, measureId ?? null, todayInSweden(), scope],
  )
  return rows.map(effectOf)
}

function effectOf(row: EffectCounts): MeasureEffect {
  const estimate = rateRatio(row.near_before, row.near_after, row.rest_before, row.rest_after)
  return {
    measure_id: row.measure_id,
    title: row.title,
    type: row.type,
    done_on: row.done_on,
    months: row.months,
    // The last day of each period (the periods are counted up to, not including, the next one's first day).
    before: { from: row.before_from, to: dayBefore(row.done_on), near: row.near_before, rest: row.rest_before },
    after: { from: row.done_on, to: dayBefore(row.after_to), near: row.near_after, rest: row.rest_after },
    expected_after: estimate.expected,
    ratio: estimate.ratio,
    ratio_low: estimate.low,
    ratio_high: estimate.high,
    verdict: verdictOf(row.months, row.near_before + row.near_after, estimate),
  }
}

function dayBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() - 1)
  return date.toISOString().slice(0, 10)
}

interface RateRatio {
  expected: number | null
  ratio: number | null
  low: number | null
  high: number | null
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits

/** After against what the rest's trend predicts, with a 95 % interval on the log scale. */
export function rateRatio(nearBefore: number, nearAfter: number, restBefore: number, restAfter: number): RateRatio {
  // Without anything elsewhere in one of the periods there is no trend to compare with.
  if (restBefore === 0 || restAfter === 0) return { expected: null, ratio: null, low: null, high: null }
  const expected = (nearBefore * restAfter) / restBefore
  // Half a place added to each count keeps the interval defined when a count is 0 (Haldane).
  const corrected = (count: number) => count + 0.5
  const logRatio = Math.log((corrected(nearAfter) * corrected(restBefore)) / (corrected(nearBefore) * corrected(restAfter)))
  const standardError = Math.sqrt(
    1 / corrected(nearAfter) + 1 / corrected(nearBefore) + 1 / corrected(restAfter) + 1 / corrected(restBefore),
  )
  return {
    expected: round(expected, 1),
    ratio: expected === 0 ? null : round(nearAfter / expected, 2),
    low: round(Math.exp(logRatio - 1.96 * standardError), 2),
    high: round(Math.exp(logRatio + 1.96 * standardError), 2),
  }
}

export function verdictOf(months: number, nearTotal: number, estimate: RateRatio): EffectVerdict {
  if (months === 0) return 'too_early'
  if (nearTotal < MIN_EFFECT_COUNT || estimate.low === null || estimate.high === null) return 'too_few'
  if (estimate.high < 1) return 'fewer'
  if (estimate.low > 1) return 'more'
  return 'no_clear_change'
}
