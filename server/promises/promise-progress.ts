/**
 * A promise period's progress per calendar year: each indicator counted from the records it
 * names (walks, grannsamverkan meetings and areas, measures in the centrum zone) or from the
 * promise's activity log, and judged against its target.
 */
import type { Queryable } from '../db/database.ts'
import type {
  IndicatorKind,
  IndicatorProgress,
  PromiseActivity,
  PromiseCorrection,
  PromisePage,
  PromisePeriod,
  PromiseProgress,
  YearStatus,
} from '../shared/api/promise-schemas.ts'
import { walkStatsByYear } from '../walks/walk-stats.ts'
import { CORRECTION_COLUMNS } from './period-records.ts'
import { grannsamverkanProgress } from '../watch-areas/progress.ts'

/** How many activities each promise shows on the page; the rest come from the activity list. */
export const LATEST_ACTIVITIES = 5

/** The page for one period; `today` is Sweden's date, which decides the current year. */
export async function promisePage(db: Queryable, period: PromisePeriod, today: string): Promise<PromisePage> {
  const currentYear = Number(today.slice(0, 4))
  const years = followedUpYears(period, currentYear)
  const [promises, indicators, counts, activities, corrections] = await Promise.all([
    db.query<Omit<PromiseProgress, 'indicators' | 'latest_activities' | 'activity_count'>>(
      `SELECT id, position, text, responsible, responsible_text FROM promise WHERE period_id = $1 ORDER BY position, id`,
      [period.id],
    ),
    db.query<Omit<IndicatorProgress, 'years'> & { promise_id: number }>(
      `SELECT i.id, i.promise_id, i.position, i.kind, i.label, i.target_per_year::float8 AS target_per_year
         FROM promise_indicator i JOIN promise p ON p.id = i.promise_id
        WHERE p.period_id = $1 ORDER BY i.position, i.id`,
      [period.id],
    ),
    yearlyCounts(db, period, years),
    latestActivities(db, period.id),
    db.query<PromiseCorrection>(
      `SELECT ${CORRECTION_COLUMNS} FROM promise_correction WHERE period_id = $1 ORDER BY corrected_at DESC, id DESC`,
      [period.id],
    ),
  ])
  return {
    period,
    years,
    current_year: currentYear,
    promises: promises.map((promise) => {
      const own = activities.filter((activity) => activity.promise_id === promise.id)
      return {
        ...promise,
        indicators: indicators
          .filter((indicator) => indicator.promise_id === promise.id)
          .map(({ promise_id, ...indicator }) => ({
            ...indicator,
            years: years.map((year) => {
              const value = counts.valueOf(indicator.kind, promise_id, year)
              return { year, value, status: yearStatus(value, indicator.target_per_year, year, currentYear) }
            }),
          })),
        latest_activities: own.slice(0, LATEST_ACTIVITIES).map(({ total: _total, ...activity }) => activity),
        activity_count: own[0]?.total ?? 0,
      }
    }),
    corrections,
  }
}

/**
 * From the period's first year to the last year it was in force: the year before the next
 * period starts, or this year while no later promise is signed (the document says it stays in
 * force until then). Never a year after this one.
 */
export function followedUpYears(period: Pick<PromisePeriod, 'starts_on' | 'in_force_until'>, currentYear: number): number[] {
  const first = Number(period.starts_on.slice(0, 4))
  const last = Math.min(currentYear, period.in_force_until ? Number(period.in_force_until.slice(0, 4)) : currentYear)
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, index) => first + index)
}

/**
 * A past year met its target or did not; this year has met it or is still in progress. Without a
 * target any count above zero meets it.
 */
export function yearStatus(value: number, target: number | null, year: number, currentYear: number): YearStatus {
  const met = target === null ? value > 0 : value >= target
  if (met) return 'met'
  return year < currentYear ? 'not_met' : 'in_progress'
}

interface YearlyCounts {
  valueOf(kind: IndicatorKind, promiseId: number, year: number): number
}

/**
 * Every count the indicators can ask for, per year. Walks and grannsamverkan use the same
 * functions as the walk and grannsamverkan screens, so the figures agree everywhere.
 */
async function yearlyCounts(db: Queryable, period: PromisePeriod, years: number[]): Promise<YearlyCounts> {
  const first = years[0]
  const last = years.at(-1)
  if (first === undefined || last === undefined) return { valueOf: () => 0 }
  const [walks, grannsamverkan, measures, activities] = await Promise.all([
    walkStatsByYear(db, period.municipality_code),
    grannsamverkanProgress(db, `${last}-12-31`, period.municipality_code),
    db.query<{ year: number; value: number }>(
      `SELECT extract(year FROM m.done_on)::integer AS year, count(*)::integer AS value
         FROM measure m
        WHERE m.status = 'done' AND m.municipality_code = $1 AND m.done_on BETWEEN make_date($2, 1, 1) AND make_date($3, 12, 31)
          AND EXISTS (SELECT 1 FROM focus_zone z
                       WHERE z.kind = 'centrum' AND z.municipality_code = m.municipality_code AND ST_Intersects(z.geom, m.geom))
        GROUP BY 1`,
      [period.municipality_code, first, last],
    ),
    db.query<{ promise_id: number; year: number; value: number }>(
      `SELECT a.promise_id, extract(year FROM a.happened_on)::integer AS year, count(*)::integer AS value
         FROM promise_activity a JOIN promise p ON p.id = a.promise_id
        WHERE p.period_id = $1 AND a.happened_on BETWEEN make_date($2, 1, 1) AND make_date($3, 12, 31)
        GROUP BY 1, 2`,
      [period.id, first, last],
    ),
  ])
  const byYear = <T extends { year: number }>(rows: T[], value: (row: T) => number) =>
    new Map(rows.map((row) => [row.year, value(row)]))
  const perKind: Record<Exclude<IndicatorKind, 'activities'>, Map<number, number>> = {
    walks_done: byYear(walks, (row) => row.walks_done),
    startup_meetings: byYear(grannsamverkan, (row) => row.startup_meetings),
    areas_updated: byYear(grannsamverkan, (row) => row.areas_updated),
    centrum_measures_done: byYear(measures, (row) => row.value),
  }
  const activityCounts = new Map(activities.map((row) => [`${row.promise_id}:${row.year}`, row.value]))
  return {
    valueOf: (kind, promiseId, year) =>
      (kind === 'activities' ? activityCounts.get(`${promiseId}:${year}`) : perKind[kind].get(year)) ?? 0,
  }
}

/** The newest activities of every promise of the period, with each promise's total. */
async function latestActivities(db: Queryable, periodId: number): Promise<(PromiseActivity & { total: number })[]> {
  return db.query<PromiseActivity & { total: number }>(
    `SELECT id, promise_id, happened_on, recorded_on, title, description, total FROM (
       SELECT a.id, a.promise_id, to_char(a.happened_on, 'YYYY-MM-DD') AS happened_on,
              to_char(a.created_at AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM-DD') AS recorded_on, a.title, a.description,
              row_number() OVER (PARTITION BY a.promise_id ORDER BY a.happened_on DESC, a.id DESC) AS rank,
              count(*) OVER (PARTITION BY a.promise_id)::integer AS total
         FROM promise_activity a JOIN promise p ON p.id = a.promise_id
        WHERE p.period_id = $1) ranked
      WHERE rank <= $2
      ORDER BY promise_id, rank`,
    [periodId, LATEST_ACTIVITIES],
  )
}
