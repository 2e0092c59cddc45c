import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GENERATED_MEASURE_TITLE } from '../../data/seed/large/large-measures.ts'
import { AREA_NAME_PREFIX, MEETING_NOTES } from '../../data/seed/large/large-register.ts'
import { GENERATED_REPORT_TEXT } from '../../data/seed/large/large-reports.ts'
import { GENERATED_SURVEY_TITLE } from '../../data/seed/large/large-survey.ts'
import { countLargeTown, generateLargeTown } from '../../data/seed/large/large-town.ts'
import type { LargeTownCounts, LargeTownRows } from '../../data/seed/large/large-town.ts'
import { GENERATED_WALK_TITLE } from '../../data/seed/large/large-walks.ts'
import { seedDatabase } from '../../data/seed/seed.ts'
import type { Queryable } from '../../server/db/database.ts'
import { findCollection } from '../../server/ogc/collections.ts'
import { queryItems } from '../../server/ogc/feature-queries.ts'
import { walkStatsByYear } from '../../server/walks/walk-stats.ts'
import { grannsamverkanProgress } from '../../server/watch-areas/progress.ts'
import { tableChecksums } from '../support/table-checksums.ts'
import { backends, TEST_REFERENCE_DATE } from '../support/test-backends.ts'
import { openTestDatabase } from '../support/test-database.ts'
import type { TestDatabase } from '../support/test-database.ts'

/** A small town: the real one takes minutes, this one seconds, through the same code. */
const SMALL_TOWN: LargeTownCounts = { reports: 500, areas: 20, meetings: 80, walks: 5, observationsPerWalk: 4, measures: 10, answerSheets: 200 }
const TODAY = '2026-11-23'
const MARKERS = [GENERATED_REPORT_TEXT, AREA_NAME_PREFIX, MEETING_NOTES, GENERATED_WALK_TITLE, GENERATED_MEASURE_TITLE, GENERATED_SURVEY_TITLE]

/**
 * Every generated row as text without its id or creation time, children folded into their parent:
 * equal when two runs generated the same town, whatever ids the sequences handed out.
 */
const TOWN_CONTENT = `
  SELECT md5(string_agg(row, E'\\n' ORDER BY row)) AS checksum FROM (
    SELECT (to_jsonb(r) - '{id,updated_at}'::text[])::text
           || (SELECT string_agg(c.status || ' ' || c.changed_at, ', ' ORDER BY c.changed_at, c.status) FROM report_status_change c WHERE c.report_id = r.id) AS row
      FROM report r WHERE r.description = $1 AND r.is_demo
    UNION ALL
    SELECT (to_jsonb(a) - '{id,created_at,updated_at}'::text[])::text
           || coalesce((SELECT string_agg(m.kind || ' ' || m.held_on || ' ' || m.attendees, ', ' ORDER BY m.held_on, m.kind, m.attendees)
                          FROM meeting_area ma JOIN meeting m ON m.id = ma.meeting_id WHERE ma.area_id = a.id AND m.notes = $3), '')
           || coalesce((SELECT string_agg(c.name, ', ' ORDER BY c.name) FROM contact_person c WHERE c.area_id = a.id), '')
      FROM watch_area a WHERE a.name LIKE $2 || '%' AND a.is_demo
    UNION ALL
    SELECT (to_jsonb(w) - '{id,created_at,updated_at}'::text[])::text
           || (SELECT string_agg((to_jsonb(o) - '{id,walk_id,updated_at}'::text[])::text, ', ' ORDER BY (to_jsonb(o) - '{id,walk_id,updated_at}'::text[])::text)
                 FROM walk_observation o WHERE o.walk_id = w.id)
      FROM safety_walk w WHERE w.title = $4 AND w.is_demo
    UNION ALL
    SELECT (to_jsonb(x) - '{id,created_at,updated_at}'::text[])::text FROM measure x WHERE x.title = $5 AND x.is_demo
    UNION ALL
    SELECT r.browser_key || ' ' || r.answered_on || ' '
           || (SELECT string_agg(concat_ws(' ', q.position, a.scale_value, a.not_out, a.yes, a.free_text, ST_AsText(a.mark)), ', ' ORDER BY q.position)
                 FROM survey_answer a JOIN survey_question q ON q.id = a.question_id WHERE a.response_id = r.id)
      FROM survey_response r JOIN survey s ON s.id = r.survey_id WHERE s.title = $6 AND s.is_demo
    UNION ALL
    SELECT 'tally ' || q.position || ' ' || t.year || ' ' || t.answer || ' ' || t.count
      FROM survey_tally t JOIN survey_question q ON q.id = t.question_id JOIN survey s ON s.id = q.survey_id WHERE s.title = $6 AND s.is_demo
  ) generated`

const townContent = async (db: Queryable) => (await db.query<{ checksum: string }>(TOWN_CONTENT, MARKERS))[0]!.checksum

/** Rows per table: what must come back the same after a second run or a reseed. */
async function rowCounts(db: Queryable): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const [name, value] of Object.entries(await tableChecksums(db))) if (typeof value !== 'number') counts[name] = value.rows
  return counts
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)

describe.each(backends)('the large town on the %s database', (backend) => {
  let test: TestDatabase
  let before: Record<string, number>
  let town: LargeTownRows
  const app = {
    publishedReports: async () => {
      const page = await queryItems(test.db, findCollection('reports')!, { reportGridMetres: 50 }, { limit: 100, offset: 0 })
      return { matched: page.numberMatched, shown: page.features.length }
    },
    startupMeetings: async () => sum((await grannsamverkanProgress(test.db, TODAY)).map((year) => year.startup_meetings)),
    walksDone: async () => sum((await walkStatsByYear(test.db)).map((year) => year.walks_done)),
  }
  let appBefore: { published: number; startups: number; walks: number }

  beforeAll(async () => {
    test = await openTestDatabase(backend)
    before = await rowCounts(test.db)
    appBefore = { published: (await app.publishedReports()).matched, startups: await app.startupMeetings(), walks: await app.walksDone() }
    town = await generateLargeTown(test.db, SMALL_TOWN, TEST_REFERENCE_DATE)
  })
  afterAll(() => test.drop())

  it('holds exactly the counts asked for', async () => {
    expect(town).toEqual({
      reports: 500,
      areas: 20,
      meetings: 80,
      // Four areas in five have a contact person.
      contactPersons: 16,
      walks: 5,
      observations: 20,
      measures: 10,
      answerSheets: 200,
      // Every sheet answers the two scales and the yes/no; some write, about half mark a place.
      answers: expect.any(Number),
    })
    expect(town.answers).toBeGreaterThan(3 * 200)
    expect(town.answers).toBeLessThan(5 * 200)
  })

  it('puts every point inside the municipality, reports denser in the centre and measures beside them', async () => {
    const outside = await test.db.query<{ kind: string; outside: number }>(
      `SELECT p.kind, count(*)::integer AS outside
         FROM (SELECT 'report' AS kind, geom FROM report WHERE description = $1
               UNION ALL SELECT 'area', ST_Centroid(geom) FROM watch_area WHERE name LIKE $2 || '%'
               UNION ALL SELECT 'walk', meeting_point FROM safety_walk WHERE title = $3
               UNION ALL SELECT 'observation', o.geom FROM walk_observation o JOIN safety_walk w ON w.id = o.walk_id WHERE w.title = $3
               UNION ALL SELECT 'measure', geom FROM measure WHERE title = $4
               UNION ALL SELECT 'mark', a.mark FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
                           JOIN survey s ON s.id = r.survey_id WHERE s.title = $5 AND a.mark IS NOT NULL) p,
              municipality m
        WHERE m.code = '1781' AND NOT ST_Within(p.geom, m.boundary)
        GROUP BY 1`,
      [GENERATED_REPORT_TEXT, AREA_NAME_PREFIX, GENERATED_WALK_TITLE, GENERATED_MEASURE_TITLE, GENERATED_SURVEY_TITLE],
    )
    expect(outside).toEqual([])
    const [spread] = await test.db.query<{ central: number; lonely_measures: number }>(
      `WITH centre AS (SELECT ST_Transform(ST_SetSRID(ST_MakePoint(14.1075, 59.3098), 4326), 3006) AS p)
       SELECT (SELECT avg(ST_DWithin(r.geom, centre.p, 2000)::integer)::float FROM report r WHERE r.description = $1) AS central,
              (SELECT count(*)::integer FROM measure x WHERE x.title = $2
                  AND NOT EXISTS (SELECT 1 FROM report r WHERE r.description = $1 AND ST_DWithin(r.geom, x.geom, 36))) AS lonely_measures
         FROM centre`,
      [GENERATED_REPORT_TEXT, GENERATED_MEASURE_TITLE],
    )
    // Within 2 km of Norra torget lies a small part of the 7.5 × 7.5 km the reports may reach.
    expect(spread!.central).toBeGreaterThan(0.6)
    expect(spread!.lonely_measures).toBe(0)
  })

  it('spreads reports over ten years, walks over dark-season evenings and answers over the period', async () => {
    const [times] = await test.db.query<{
      first_report: string
      last_report: string
      report_years: number
      light_walks: number
      walk_hours: number[]
      first_answer: string
      last_answer: string
      first_measure: string
    }>(
      `SELECT (SELECT min(reported_at)::date::text FROM report WHERE description = $1) AS first_report,
              (SELECT max(reported_at)::date::text FROM report WHERE description = $1) AS last_report,
              (SELECT count(DISTINCT extract(year FROM reported_at))::integer FROM report WHERE description = $1) AS report_years,
              (SELECT count(*)::integer FROM safety_walk
                WHERE title = $2 AND extract(month FROM starts_at AT TIME ZONE 'Europe/Stockholm') BETWEEN 5 AND 8) AS light_walks,
              (SELECT array_agg(DISTINCT extract(hour FROM starts_at AT TIME ZONE 'Europe/Stockholm')::integer) FROM safety_walk WHERE title = $2) AS walk_hours,
              (SELECT min(answered_on)::text FROM survey_response r JOIN survey s ON s.id = r.survey_id WHERE s.title = $3) AS first_answer,
              (SELECT max(answered_on)::text FROM survey_response r JOIN survey s ON s.id = r.survey_id WHERE s.title = $3) AS last_answer,
              (SELECT min(done_on)::text FROM measure WHERE title = $4) AS first_measure`,
      [GENERATED_REPORT_TEXT, GENERATED_WALK_TITLE, GENERATED_SURVEY_TITLE, GENERATED_MEASURE_TITLE],
    )
    expect(times!.first_report < '2017-01-01').toBe(true)
    expect(times!.first_report >= '2016-11-23').toBe(true)
    expect(times!.last_report > '2026-06-01').toBe(true)
    expect(times!.last_report <= TODAY).toBe(true)
    expect(times!.report_years).toBe(11)
    expect(times!.light_walks).toBe(0)
    for (const hour of times!.walk_hours) expect([18, 19]).toContain(hour)
    expect(times!.first_answer < '2017-01-01').toBe(true)
    expect(times!.first_answer >= '2016-01-01').toBe(true)
    expect(times!.last_answer > '2026-01-01').toBe(true)
    expect(times!.last_answer <= TODAY).toBe(true)
    // Measures over ten years too, not only the bench's last three.
    expect(times!.first_measure < '2023-11-23').toBe(true)
  })

  it('is read by the app: the public reports, grannsamverkan progress and the walk figures count it', async () => {
    const [generated] = await test.db.query<{ published: number; startups: number }>(
      `SELECT (SELECT count(*)::integer FROM report WHERE description = $1 AND status = 'published') AS published,
              (SELECT count(*)::integer FROM meeting WHERE notes = $2 AND kind = 'startup') AS startups`,
      [GENERATED_REPORT_TEXT, MEETING_NOTES],
    )
    const reports = await app.publishedReports()
    expect(reports.matched).toBe(appBefore.published + generated!.published)
    expect(reports.shown).toBe(100)
    expect(await app.startupMeetings()).toBe(appBefore.startups + generated!.startups)
    expect(await app.walksDone()).toBe(appBefore.walks + SMALL_TOWN.walks)
  })

  it('gives the same town when run again, in place of the first', async () => {
    const first = { content: await townContent(test.db), rows: await rowCounts(test.db) }
    expect(await generateLargeTown(test.db, SMALL_TOWN, TEST_REFERENCE_DATE)).toEqual(town)
    expect({ content: await townContent(test.db), rows: await rowCounts(test.db) }).toEqual(first)
  })

  it('is removed whole by a reseed, which replaces demo data', async () => {
    await seedDatabase(test.db, TEST_REFERENCE_DATE)
    expect(await countLargeTown(test.db)).toEqual({
      reports: 0,
      areas: 0,
      meetings: 0,
      contactPersons: 0,
      walks: 0,
      observations: 0,
      measures: 0,
      answerSheets: 0,
      answers: 0,
    })
    expect(await rowCounts(test.db)).toEqual(before)
  })
})
