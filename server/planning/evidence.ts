/**
 * The places that count as evidence of an unsafe environment, as one SQL relation: residents'
 * reports, unsafe places noted on safety walks, and staff incidents (EST). Each row has its
 * source, its type, when, the time of day, and a severity of 1–3:
 *   - a report: 3 with three or more "me too", 2 with one or two, otherwise 1;
 *   - a walk observation: its priority (high 3, medium 2, otherwise 1);
 *   - an incident: 3 for threats against staff and drug dealing, 2 for damage and disruptive
 *     groups, otherwise 1.
 * Observations and incidents get their time of day from their hour in Sweden: day 06–18,
 * evening 18–22, night 22–06. Staff incidents have their own types, so a category filter leaves
 * them out.
 */
import { reportCategories } from '../shared/api/report-schemas.ts'
import type { EvidenceSource } from '../shared/api/planning-schemas.ts'
import { todayInSweden } from '../today.ts'

export interface EvidenceFilter {
  categories: readonly string[]
  times_of_day: readonly string[]
  sources: readonly EvidenceSource[]
  from?: string | undefined
  to?: string | undefined
  /** One municipality's evidence (kommun staff); null or absent: the whole police area. */
  scope?: string | null | undefined
}

export interface Period {
  from: string
  to: string
}

/** The filter's period, or the twelve months up to today. */
export function evidencePeriod(filter: EvidenceFilter): Period {
  const to = filter.to ?? todayInSweden()
  if (filter.from) return { from: filter.from, to }
  const from = new Date(`${to}T00:00:00Z`)
  from.setUTCFullYear(from.getUTCFullYear() - 1)
  from.setUTCDate(from.getUTCDate() + 1)
  return { from: from.toISOString().slice(0, 10), to }
}

const timeOfDay = (column: string) => `CASE
    WHEN extract(hour FROM ${column} AT TIME ZONE 'Europe/Stockholm') BETWEEN 6 AND 17 THEN 'day'
    WHEN extract(hour FROM ${column} AT TIME ZONE 'Europe/Stockholm') BETWEEN 18 AND 21 THEN 'evening'
    ELSE 'night' END`

/**
 * The evidence relation's SQL, its parameters starting at `$${first}`, and the parameters.
 * `where` narrows every source by its geometry column (for example to a box).
 */
export function evidenceSql(
  filter: EvidenceFilter,
  first: number,
  where: (geom: string) => string = () => 'true',
): { sql: string; params: unknown[] } {
  const period = evidencePeriod(filter)
  const [cats, times, sources, from, to, allCategories, scope] = [0, 1, 2, 3, 4, 5, 6].map((n) => `$${first + n}`)
  const inScope = (column: string) => `(${scope}::text IS NULL OR ${column} = ${scope})`
  const inPeriod = (column: string) =>
    `${column} >= (${from}::date)::timestamp AT TIME ZONE 'Europe/Stockholm'
     AND ${column} < (${to}::date + 1)::timestamp AT TIME ZONE 'Europe/Stockholm'`
  const sql = `
    SELECT 'public'::text AS source, r.id, r.geom, r.category AS type, r.reported_at AS at,
           CASE WHEN r.me_too_count >= 3 THEN 3 WHEN r.me_too_count >= 1 THEN 2 ELSE 1 END AS severity,
           -- Whether a measure may answer it (server/measures/linked-reports.ts): read by staff, not closed without a fix.
           r.status NOT IN ('received', 'not_actionable') AS linkable
      FROM report r
     WHERE 'public' = ANY(${sources}::text[]) AND r.status NOT IN ('rejected', 'duplicate')
       AND r.category = ANY(${cats}::text[]) AND r.time_of_day = ANY(${times}::text[])
       AND ${inPeriod('r.reported_at')} AND ${where('r.geom')} AND ${inScope('r.municipality_code')}
    UNION ALL
    SELECT 'walk', o.id, o.geom, o.category, o.observed_at,
           CASE o.priority WHEN 'high' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END, true
      FROM walk_observation o
     WHERE 'walk' = ANY(${sources}::text[]) AND o.assessment = 'unsafe'
       AND o.category = ANY(${cats}::text[]) AND ${timeOfDay('o.observed_at')} = ANY(${times}::text[])
       AND ${inPeriod('o.observed_at')} AND ${where('o.geom')}
       AND ${inScope(`(SELECT w.municipality_code FROM safety_walk w WHERE w.id = o.walk_id)`)}
    UNION ALL
    SELECT 'staff', i.id, i.geom, i.type, i.occurred_at,
           CASE WHEN i.type IN ('threat_staff', 'drug_dealing') THEN 3 WHEN i.type IN ('damage', 'disruptive_group') THEN 2 ELSE 1 END, false
      FROM staff_incident i
     WHERE 'staff' = ANY(${sources}::text[]) AND ${allCategories}::boolean
       AND ${timeOfDay('i.occurred_at')} = ANY(${times}::text[])
       AND ${inPeriod('i.occurred_at')} AND ${where('i.geom')} AND ${inScope('i.municipality_code')}`
  const everyCategory = reportCategories.every((category) => filter.categories.includes(category))
  return { sql, params: [filter.categories, filter.times_of_day, filter.sources, period.from, period.to, everyCategory, filter.scope ?? null] }
}
