import type { Queryable } from '../db/database.ts'
import type { GrannsamverkanYear } from '../shared/api/meeting-schemas.ts'

/** Promise 5 of the medborgarlöfte: at least two start-up meetings each year. */
export const STARTUP_MEETINGS_PER_YEAR = 2

/**
 * Per calendar year from the first meeting to `today`'s year: start-up meetings held, areas they
 * started, and existing areas updated (a yearly meeting or visit, or a verification recorded that
 * year – only the latest verification of an area is kept, so older years count meetings only). Years without
 * any meeting are listed too, so a missed year shows as 0 rather than disappearing.
 */
export async function grannsamverkanProgress(db: Queryable, today: string, municipalityCode: string | null = null): Promise<GrannsamverkanYear[]> {
  // One pass per kind of count, grouped by year, then joined to the years: counting per year with
  // subqueries would scan the meetings once for every year. A meeting has no municipality of its
  // own: it belongs to the municipalities of the areas it was held for ($3; null: the whole police
  // area). The app records no meeting without areas; one saved before it could not be placed, so
  // it counts for every municipality, as it counted before the police area had several.
  return db.query<GrannsamverkanYear>(
    `WITH areas AS (SELECT id, last_verified_on FROM watch_area WHERE $3::text IS NULL OR municipality_code = $3),
     meetings AS (
       SELECT m.id, m.kind, m.held_on FROM meeting m
        WHERE $3::text IS NULL OR EXISTS (SELECT 1 FROM meeting_area x JOIN areas a ON a.id = x.area_id WHERE x.meeting_id = m.id)
           OR NOT EXISTS (SELECT 1 FROM meeting_area x WHERE x.meeting_id = m.id)),
     years AS (
       SELECT generate_series(coalesce((SELECT min(extract(year FROM held_on))::integer FROM meetings),
                                        extract(year FROM $1::date)::integer),
                              extract(year FROM $1::date)::integer) AS year),
     startups AS (
       SELECT extract(year FROM held_on)::integer AS year, count(*)::integer AS meetings FROM meetings WHERE kind = 'startup' GROUP BY 1),
     started AS (
       SELECT extract(year FROM m.held_on)::integer AS year, count(DISTINCT ma.area_id)::integer AS areas
         FROM meetings m JOIN meeting_area ma ON ma.meeting_id = m.id JOIN areas a ON a.id = ma.area_id WHERE m.kind = 'startup' GROUP BY 1),
     updates AS (
       SELECT extract(year FROM m.held_on)::integer AS year, ma.area_id FROM meetings m JOIN meeting_area ma ON ma.meeting_id = m.id
         JOIN areas a ON a.id = ma.area_id
        WHERE m.kind <> 'startup'
       UNION
       SELECT extract(year FROM last_verified_on)::integer, id FROM areas WHERE last_verified_on IS NOT NULL),
     updated AS (SELECT year, count(*)::integer AS areas FROM updates GROUP BY year)
     SELECT y.year, coalesce(s.meetings, 0) AS startup_meetings, coalesce(st.areas, 0) AS areas_started,
            coalesce(u.areas, 0) AS areas_updated, $2::integer AS target_startup_meetings
       FROM years y LEFT JOIN startups s ON s.year = y.year LEFT JOIN started st ON st.year = y.year
            LEFT JOIN updated u ON u.year = y.year
      ORDER BY y.year`,
    [today, STARTUP_MEETINGS_PER_YEAR, municipalityCode],
  )
}

/** How many grannsamverkan areas of the municipality are active: what the public map tells residents. */
export async function activeAreaCount(db: Queryable, municipalityCode: string): Promise<number> {
  const [row] = await db.query<{ active: number }>(
    "SELECT count(*)::integer AS active FROM watch_area WHERE status = 'active' AND municipality_code = $1",
    [municipalityCode],
  )
  return row?.active ?? 0
}
