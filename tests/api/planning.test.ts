/**
 * Planning environment changes end to end on each backend: hotspots clustered in PostGIS and
 * ranked with their score's parts, the hexagon grid, measures with their linked reports following
 * them, the effect of a done measure against the rest of the municipality, and the weekly
 * situation picture. The evidence is placed in 2012, before any demo data, so counts are exact.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CandidateSite, HexGridResult, HotspotResult, MeasureEffect, SituationPicture } from '../../server/shared/api/planning-schemas.ts'
import { ApiSession, logInAs } from '../support/api-session.ts'
import { newReportId, validMeasureBody } from '../support/route-examples.ts'
import { backends } from '../support/test-backends.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

/** Norra torget, in the centrum zone, and Kvarndammen, west of it. */
const TORGET = [14.1075, 59.3098] as const
const KVARNDAMMEN = [14.09, 59.315] as const
const at = ([lon, lat]: readonly [number, number], east: number | string = 0, north = 0) =>
  `ST_Translate(ST_Transform(ST_SetSRID(ST_MakePoint(${lon}, ${lat}), 4326), 3006), ${east}, ${north})`

const year2012 = 'from=2012-01-01&to=2012-12-31'

describe.each(backends)('planning on the %s database', (backend) => {
  let server: TestServer
  let planner: ApiSession
  let officer: ApiSession

  beforeAll(async () => {
    server = await startTestServer({ backend })
    planner = await logInAs(server.url, server.db, 'kommun')
    officer = await logInAs(server.url, server.db, 'polis')
    const walk = await server.db.query<{ id: number }>(
      `INSERT INTO safety_walk (municipality_code, title, starts_at, light, status, meeting_point_name, meeting_point, route)
       VALUES ('1781', 'Vandring 2012', '2012-03-13T19:00:00+01:00', 'dark', 'done', 'Torget', ${at(TORGET)},
               ST_MakeLine(${at(TORGET)}, ${at(TORGET, 300)})) RETURNING id`,
    )
    // At the torget: six reports (one with three "me too", evening), three high-priority walk
    // observations and two threats against staff, all within 20 m, in March 2012 at 19:00.
    await server.db.query(
      `INSERT INTO report (municipality_code, category, time_of_day, week_part, description, status, me_too_count, reported_at, geom)
       SELECT '1781', 'lighting', 'evening', 'all_week', 'Mörkt', 'published', CASE WHEN n = 1 THEN 3 ELSE 0 END,
              '2012-03-10T19:00:00+01:00', ${at(TORGET)} FROM generate_series(1, 6) AS n`,
    )
    await server.db.query(
      `INSERT INTO walk_observation (walk_id, category, assessment, priority, description, observed_at, geom)
       SELECT $1, 'vegetation', 'unsafe', 'high', 'Skymmande buskar', '2012-03-13T19:30:00+01:00', ${at(TORGET, 10, 5)}
         FROM generate_series(1, 3)`,
      [walk[0]!.id],
    )
    await server.db.query(
      `INSERT INTO staff_incident (municipality_code, type, occurred_at, organisation, geom)
       SELECT '1781', 'threat_staff', '2012-03-14T19:00:00+01:00', 'vaktbolag', ${at(TORGET, -10, 0)} FROM generate_series(1, 2)`,
    )
    // At Kvarndammen five daytime reports, and one report alone far from both.
    await server.db.query(
      `INSERT INTO report (municipality_code, category, time_of_day, week_part, description, status, reported_at, geom)
       SELECT '1781', 'paths', 'day', 'weekday', 'Trasig trappa', 'published', '2012-06-01T12:00:00+02:00'::timestamptz, ${at(KVARNDAMMEN, 0, 0)}
         FROM generate_series(1, 5)
       UNION ALL
       SELECT '1781', 'paths', 'day', 'weekday', 'Ensam', 'published', '2012-06-01T12:00:00+02:00'::timestamptz, ${at(KVARNDAMMEN, 2000, 0)}`,
    )
  })
  afterAll(() => server.close())

  const hotspots = async (query: string) => {
    const answer = await officer.get<HotspotResult>(`/api/planning/hotspots?${query}`)
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
    return answer.body
  }

  it('clusters the evidence in metres and ranks the sites with every part of the score', async () => {
    const result = await hotspots(`${year2012}&distance_m=50&min_points=3`)
    expect(result).toMatchObject({ evidence_count: 17, noise_count: 1, period: { from: '2012-01-01', to: '2012-12-31' } })
    expect(result.sites).toHaveLength(2)
    const [torget, kvarndammen] = result.sites as [CandidateSite, CandidateSite]
    expect(torget, JSON.stringify({ ...torget, outline: null })).toMatchObject({
      rank: 1,
      parts: { count: 11, severe: 6, recent: 0, in_centrum: 1 },
      by_source: { public: 6, walk: 3, staff: 2 },
      top_category: 'lighting',
    })
    // The demo set has a measure done at the torget.
    const [measureNearby] = await server.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM measure WHERE status = 'done' AND ST_DWithin(geom, ${at(TORGET)}, 100)`,
    )
    expect(torget.parts.measure_nearby).toBe(measureNearby!.n > 0 ? 1 : 0)
    // Default weights: 1 per place, 2 per serious place, +10 in the centrum zone, −10 for a measure done nearby.
    expect(torget.score).toBe(11 + 2 * 6 + 10 - 10 * torget.parts.measure_nearby)
    expect(torget.report_ids).toHaveLength(6)
    // A report not yet moderated counts as evidence but is not offered for linking to a measure.
    const [received] = await server.db.query<{ id: number }>(
      `INSERT INTO report (municipality_code, category, time_of_day, week_part, description, status, reported_at, geom)
       VALUES ('1781', 'lighting', 'evening', 'all_week', 'Ny', 'received', '2012-03-10T19:00:00+01:00', ${at(TORGET)}) RETURNING id`,
    )
    const withReceived = await hotspots(`${year2012}&distance_m=50&min_points=3`)
    expect(withReceived.sites[0]!.parts.count).toBe(12)
    expect(withReceived.sites[0]!.report_ids).not.toContain(received!.id)
    await server.db.query(`DELETE FROM report WHERE id = $1`, [received!.id])
    expect(torget.observation_ids).toHaveLength(3)
    expect(torget.outline.type).toBe('Polygon')
    expect(kvarndammen).toMatchObject({ rank: 2, score: 5, parts: { count: 5, in_centrum: 0 } })

    // The weights are the planner's: without the centrum bonus and with places counting 10, Kvarndammen still ranks below.
    const weighted = await hotspots(`${year2012}&min_points=3&w_count=10&w_severity=0&w_centrum=0`)
    expect(weighted.sites.map((site) => site.score)).toEqual([110 - 10 * torget.parts.measure_nearby, 50])
  })

  it('filters by category, time of day and source; staff incidents only without a category filter', async () => {
    const lighting = await hotspots(`${year2012}&min_points=3&categories=lighting`)
    expect(lighting.sites).toHaveLength(1)
    expect(lighting.sites[0]!.by_source).toEqual({ public: 6, walk: 0, staff: 0 })

    const walks = await hotspots(`${year2012}&min_points=3&sources=walk`)
    expect(walks.sites.map((site) => site.by_source)).toEqual([{ public: 0, walk: 3, staff: 0 }])

    const daytime = await hotspots(`${year2012}&min_points=3&times_of_day=day`)
    expect(daytime.sites.map((site) => site.parts.count)).toEqual([5])
  })

  it('deducts a measure done near a site, and says "no data" for an empty selection instead of failing', async () => {
    const [measure] = await server.db.query<{ id: number }>(
      `INSERT INTO measure (municipality_code, title, type, status, responsible, proposed_on, decided_on, done_on, geom)
       VALUES ('1781', 'Ny trappa', 'other', 'done', 'kommun', '2012-07-01', '2012-07-01', '2012-08-01', ${at(KVARNDAMMEN, 60, 0)}) RETURNING id`,
    )
    const result = await hotspots(`${year2012}&min_points=3`)
    expect(result.sites[1]).toMatchObject({ parts: { measure_nearby: 1 }, score: 5 - 10 })
    await server.db.query(`DELETE FROM measure WHERE id = $1`, [measure!.id])

    expect(await hotspots('from=2001-01-01&to=2001-12-31')).toMatchObject({ sites: [], evidence_count: 0, noise_count: 0 })
  })

  it('refuses nonsense settings with a message at the field', async () => {
    for (const [query, field] of [
      ['distance_m=-5', 'distance_m'],
      ['distance_m=abc', 'distance_m'],
      ['min_points=1', 'min_points'],
      ['from=2012-06-01&to=2012-01-01', 'to'],
      ['categories=lighting,ufo', 'categories.1'],
      ['w_count=-1', 'w_count'],
    ] as const) {
      const answer = await officer.get(`/api/planning/hotspots?${query}`)
      expect(answer.status, query).toBe(400)
      expect(answer.body.error.fields.map((problem: { field: string }) => problem.field), query).toContain(field)
      expect(answer.body.error.fields[0].message_sv).toBeTruthy()
    }
    for (const cell of ['0', '10000', '-100']) {
      const answer = await officer.get(`/api/planning/hex-grid?cell_m=${cell}`)
      expect(answer.status, cell).toBe(400)
      expect(answer.body.error.fields[0].field).toBe('cell_m')
    }
    for (const bbox of ['14.2,59.3,14.1,59.4', '14,59,15,95', '-10000,0,10000,1', '14,59,15']) {
      expect((await officer.get(`/api/planning/hex-grid?bbox=${bbox}`)).status, bbox).toBe(400)
    }
    expect((await officer.get('/api/planning/hotspots?from=2099-01-01')).status).toBe(400)
    // An empty setting is the default, not 0.
    const defaults = await officer.get<HotspotResult>(`/api/planning/hotspots?${year2012}&min_points=3&w_count=`)
    expect(defaults.body.sites[1]).toMatchObject({ score: 5 })
    expect((await new ApiSession(server.url).get('/api/planning/hotspots')).status).toBe(401)
  })

  it('draws a hexagon grid whose cells hold exactly the places counted in them', async () => {
    const grid = await officer.get<HexGridResult>(`/api/planning/hex-grid?${year2012}&cell_m=100`)
    expect(grid.status, JSON.stringify(grid.body)).toBe(200)
    expect(grid.body.features.reduce((sum, cell) => sum + cell.properties.count, 0)).toBe(17)
    for (const cell of grid.body.features) {
      const [inside] = await server.db.query<{ n: number }>(
        `WITH hex AS (SELECT ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON($1), 4326), 3006) AS geom)
         SELECT count(*)::int AS n FROM (
           SELECT geom FROM report WHERE reported_at >= '2012-01-01' AND reported_at < '2013-01-01'
           UNION ALL SELECT geom FROM walk_observation WHERE observed_at >= '2012-01-01' AND observed_at < '2013-01-01'
           UNION ALL SELECT geom FROM staff_incident WHERE occurred_at >= '2012-01-01' AND occurred_at < '2013-01-01') e, hex
          WHERE ST_Intersects(ST_Buffer(hex.geom, 0.01), e.geom)`,
        [JSON.stringify(cell.geometry)],
      )
      expect(inside!.n).toBe(cell.properties.count)
    }
    // A report from today weighs its severity; one from 2012 almost nothing.
    await newReportId(server.db, 'published')
    const today = await officer.get<HexGridResult>(`/api/planning/hex-grid?cell_m=50&bbox=14.10,59.30,14.12,59.32&sources=public&categories=lighting`)
    const weights = today.body.features.map((cell) => cell.properties.weight)
    expect(Math.max(...weights)).toBeGreaterThanOrEqual(0.99)
    const outside = await officer.get<HexGridResult>(`/api/planning/hex-grid?${year2012}&bbox=14.20,59.40,14.21,59.41`)
    expect(outside.body.features).toEqual([])
    // Far from Sweden, where SWEREF 99 TM is not defined, there is nothing; the whole world holds everything.
    expect((await officer.get<HexGridResult>(`/api/planning/hex-grid?${year2012}&bbox=100,0,120,10`)).body.features).toEqual([])
    const world = await officer.get<HexGridResult>(`/api/planning/hex-grid?${year2012}&bbox=-180,-90,180,90`)
    expect(world.body.features.reduce((sum, cell) => sum + cell.properties.count, 0)).toBe(17)
  })

  it('creates a measure whose linked reports follow it: planned, fixed, and open again when it is rejected', async () => {
    const reportId = await newReportId(server.db, 'published')
    const created = await planner.post('/api/measures', validMeasureBody([reportId]))
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body).toMatchObject({ status: 'decided', in_centrum: true, report_ids: [reportId], responsible_detail: 'Gata/park' })
    expect(created.body.reports[0]).toMatchObject({ id: reportId, status: 'measure_planned' })
    const history = async () =>
      server.db.query<{ status: string; reason: string }>(
        `SELECT status, reason FROM report_status_change WHERE report_id = $1 ORDER BY id`,
        [reportId],
      )
    expect((await history()).at(-1)).toEqual({ status: 'measure_planned', reason: `Åtgärd: ${created.body.title}` })

    const id = created.body.id as number
    const done = await planner.put(`/api/measures/${id}`, { ...validMeasureBody([reportId]), status: 'done', done_on: '2026-10-15' })
    expect(done.status, JSON.stringify(done.body)).toBe(200)
    const [fixed] = await server.db.query<{ status: string; closed: boolean }>(
      `SELECT status, closed_at IS NOT NULL AS closed FROM report WHERE id = $1`,
      [reportId],
    )
    expect(fixed).toEqual({ status: 'fixed', closed: true })

    const rejected = await planner.put(`/api/measures/${id}`, {
      ...validMeasureBody([reportId]), status: 'rejected', rejected_reason: 'Fastighetsägaren sköter belysningen.',
    })
    expect(rejected.status).toBe(200)
    expect(rejected.body.reports[0]).toMatchObject({ status: 'published' })
    expect((await history()).map((change) => change.status).slice(-3)).toEqual(['measure_planned', 'fixed', 'published'])

    const audit = await server.db.query<{ action: string; after: Record<string, unknown> }>(
      `SELECT action, after FROM audit_entry WHERE object_type = 'measure' AND object_id = $1 ORDER BY id`,
      [String(id)],
    )
    expect(audit.map((entry) => entry.action)).toEqual(['create', 'update', 'update'])
    expect(audit[1]!.after).toMatchObject({ status: 'done', report_changes: [{ id: reportId, from: 'measure_planned', to: 'fixed' }] })

    const listed = await officer.get('/api/measures?status=rejected')
    expect(listed.body.measures.map((measure: { id: number }) => measure.id)).toContain(id)
    expect((await officer.get(`/api/measures/${id}`)).body.reports).toHaveLength(1)
    expect((await officer.get('/api/measures/999999')).status).toBe(404)
  })

  it('changes nothing public for a proposal, leaves a fix staff recorded, and lets a measure be saved after its report was closed', async () => {
    const status = async (id: number) =>
      (await server.db.query<{ status: string }>(`SELECT status FROM report WHERE id = $1`, [id]))[0]!.status
    const reportId = await newReportId(server.db, 'published')
    const proposal = await planner.post('/api/measures', { ...validMeasureBody([reportId]), status: 'proposed', decided_on: null })
    expect(proposal.status, JSON.stringify(proposal.body)).toBe(201)
    expect(await status(reportId)).toBe('published')

    // A report staff marked fixed themselves stays fixed when a measure is planned for it, and when that is rejected.
    const fixedByStaff = await newReportId(server.db, 'fixed')
    const decided = await planner.post('/api/measures', validMeasureBody([fixedByStaff, reportId]))
    expect(decided.status).toBe(201)
    expect([await status(fixedByStaff), await status(reportId)]).toEqual(['fixed', 'measure_planned'])
    const rejectedBody = { ...validMeasureBody([fixedByStaff, reportId]), status: 'rejected', rejected_reason: 'Ingen budget i år.' }
    const rejected = await planner.put(`/api/measures/${decided.body.id}`, { ...rejectedBody, updated_at: decided.body.updated_at })
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(200)
    expect([await status(fixedByStaff), await status(reportId)]).toEqual(['fixed', 'published'])

    // A copy opened before that change is refused instead of overwriting it.
    const stale = await planner.put(`/api/measures/${decided.body.id}`, { ...validMeasureBody([]), updated_at: decided.body.updated_at })
    expect(stale.status).toBe(409)
    expect(stale.body.error.code).toBe('measure_changed')
    expect((await officer.get(`/api/measures/${decided.body.id}`)).body.status).toBe('rejected')

    // Moderation closes a linked report later: the measure can still be saved, with the link kept.
    expect((await planner.patch(`/api/reports/${reportId}`, { status: 'not_actionable', status_reason: 'Privat mark.' })).status).toBe(200)
    const again = await planner.put(`/api/measures/${decided.body.id}`, { ...rejectedBody, title: 'Belysning, avslagen' })
    expect(again.status, JSON.stringify(again.body)).toBe(200)
    expect(again.body.report_ids).toContain(reportId)
    expect(await status(reportId)).toBe('not_actionable')
  })

  it('refuses a measure without a shape, outside the municipality, or linking a report not yet moderated, saving nothing', async () => {
    const [before] = await server.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM measure`)
    const received = await newReportId(server.db, 'received')
    const cases: [Record<string, unknown>, string][] = [
      [{ ...validMeasureBody(), geometry: undefined }, 'geometry'],
      [{ ...validMeasureBody(), geometry: { type: 'Point', coordinates: [18.07, 59.33] } }, 'geometry'],
      [{ ...validMeasureBody(), geometry: { type: 'MultiPoint', coordinates: [[14.1, 59.3]] } }, 'geometry'],
      [validMeasureBody([received]), 'report_ids'],
      [validMeasureBody([999999]), 'report_ids'],
      [{ ...validMeasureBody(), status: 'rejected' }, 'rejected_reason'],
      [{ ...validMeasureBody(), status: 'done' }, 'done_on'],
      [{ ...validMeasureBody(), status: 'done', done_on: '2099-01-01' }, 'done_on'],
      [{ ...validMeasureBody(), decided_on: '2026-08-01' }, 'decided_on'],
      [{ ...validMeasureBody(), status: 'proposed' }, 'decided_on'],
      [{ ...validMeasureBody(), status: 'done', done_on: '2026-09-15' }, 'done_on'],
      [{ ...validMeasureBody(), geometry: { type: 'Polygon', coordinates: [[[14.1, 59.3], [14.11, 59.3], [14.11, 59.31], [14.1, 59.31]]] } }, 'geometry'],
    ]
    for (const [body, field] of cases) {
      const answer = await planner.post('/api/measures', body)
      expect(answer.status, field).toBe(400)
      const fields = answer.body.error.fields.map((problem: { field: string }) => problem.field.split('.')[0])
      expect(fields, JSON.stringify(answer.body)).toContain(field)
    }
    const [after] = await server.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM measure`)
    expect(after!.n).toBe(before!.n)
    const [report] = await server.db.query<{ status: string }>(`SELECT status FROM report WHERE id = $1`, [received])
    expect(report!.status).toBe('received')
  })

  it('lists the reports and observations near a drawn measure, nearest first', async () => {
    const answer = await officer.post('/api/measures/nearby-evidence', {
      geometry: { type: 'LineString', coordinates: [[TORGET[0], TORGET[1]], [TORGET[0] + 0.001, TORGET[1]]] },
      radius_m: 30,
    })
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
    expect(answer.body.reports.length).toBeGreaterThanOrEqual(6)
    expect(answer.body.observations.map((o: { walk_title: string }) => o.walk_title)).toContain('Vandring 2012')
    const distances = answer.body.reports.map((report: { distance_m: number }) => report.distance_m)
    expect(distances).toEqual([...distances].sort((a: number, b: number) => a - b))
  })

  it('shows only decided, done and rejected measures to the public', async () => {
    const proposed = await planner.post('/api/measures', { ...validMeasureBody(), status: 'proposed', decided_on: null, title: 'Bara ett förslag' })
    expect(proposed.status).toBe(201)
    const decided = await planner.post('/api/measures', { ...validMeasureBody(), title: 'Beslutad belysning' })
    const publicIds = (await new ApiSession(server.url).get('/ogc/collections/measures/items?limit=1000')).body.features.map(
      (feature: { id: number }) => feature.id,
    )
    expect(publicIds).toContain(decided.body.id)
    expect(publicIds).not.toContain(proposed.body.id)
  })

  it('sets the reports near a done measure against the rest of the municipality, with an honest verdict', async () => {
    // Far east of town, where nothing else is: 24 reports in the six months before, 2 after.
    const place = [14.2, 59.33] as const
    const doneOn = new Date(Date.now() - 200 * 86_400_000).toISOString().slice(0, 10)
    await server.db.query(
      `INSERT INTO report (municipality_code, category, time_of_day, week_part, description, status, reported_at, geom)
       SELECT '1781', 'lighting', 'night', 'all_week', 'Mörk väg', 'published', $1::date - n * 7, ${at(place, 'n', 0)} FROM generate_series(1, 24) n
       UNION ALL
       SELECT '1781', 'lighting', 'night', 'all_week', 'Mörk väg', 'published', $1::date + n * 30, ${at(place, 'n', 0)} FROM generate_series(1, 2) n`,
      [doneOn],
    )
    const [measure] = await server.db.query<{ id: number }>(
      `INSERT INTO measure (municipality_code, title, type, status, responsible, proposed_on, decided_on, done_on, geom)
       VALUES ('1781', 'Gatubelysning österut', 'lighting', 'done', 'kommun', $1::date - 30, $1::date - 10, $1, ${at(place)}) RETURNING id`,
      [doneOn],
    )
    const [early] = await server.db.query<{ id: number }>(
      `INSERT INTO measure (municipality_code, title, type, status, responsible, proposed_on, done_on, geom)
       VALUES ('1781', 'Alldeles ny', 'lighting', 'done', 'kommun', current_date - 20, current_date - 10, ${at(place)}) RETURNING id`,
    )
    const answer = await officer.get<{ radius_m: number; effects: MeasureEffect[] }>('/api/measures/effects?radius_m=150')
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
    const effect = answer.body.effects.find((candidate) => candidate.measure_id === measure!.id)!
    expect(effect.months).toBe(6)
    expect(effect.before.near).toBe(24)
    expect(effect.after.near).toBe(2)
    // The rest of the municipality, counted plainly: everything in each period minus what is near.
    const [rest] = await server.db.query<{ before: number; after: number }>(
      `WITH e AS (SELECT (reported_at AT TIME ZONE 'Europe/Stockholm')::date AS day, geom FROM report WHERE status NOT IN ('rejected', 'duplicate')
                  UNION ALL SELECT (observed_at AT TIME ZONE 'Europe/Stockholm')::date, geom FROM walk_observation WHERE assessment = 'unsafe')
       SELECT count(*) FILTER (WHERE day >= $1::date AND day < $2::date)::int AS before,
              count(*) FILTER (WHERE day >= $2::date AND day <= $3::date)::int AS after
         FROM e WHERE NOT ST_DWithin(geom, ${at(place)}, 150)`,
      [effect.before.from, effect.done_on, effect.after.to],
    )
    expect([effect.before.rest, effect.after.rest]).toEqual([rest!.before, rest!.after])
    expect(effect.verdict).toBe('fewer')
    expect(effect.ratio_high!).toBeLessThan(1)
    expect(answer.body.effects.find((candidate) => candidate.measure_id === early!.id)).toMatchObject({ months: 0, verdict: 'too_early' })
    expect((await officer.get('/api/measures/effects?radius_m=0')).status).toBe(400)
  })

  it('compiles the situation picture of a week against the four weeks before, and an empty week as no data', async () => {
    // Monday 1 October 2012: three incidents that week (one late on the Sunday, Swedish time),
    // four in the four weeks before (one a minute before the week starts).
    await server.db.query(
      `INSERT INTO staff_incident (municipality_code, type, occurred_at, organisation, geom)
       SELECT '1781', 'damage', t, 'kommun', ${at(KVARNDAMMEN, 0, 500)}
         FROM unnest(ARRAY['2012-10-01T10:00:00+02:00', '2012-10-07T23:30:00+02:00', '2012-10-03T08:00:00+02:00',
                           '2012-09-03T10:00:00+02:00', '2012-09-10T10:00:00+02:00', '2012-09-17T10:00:00+02:00',
                           '2012-09-30T23:59:00+02:00']::timestamptz[]) AS t`,
    )
    const week = await officer.get<SituationPicture>('/api/planning/situation?period=week&date=2012-10-03')
    expect(week.status, JSON.stringify(week.body)).toBe(200)
    expect(week.body).toMatchObject({ from: '2012-10-01', to: '2012-10-07', total: 3, previous_average: 1 })
    const damage = week.body.rows.find((row) => row.source === 'staff' && row.type === 'damage')!
    expect(damage).toMatchObject({ count: 3, previous_average: 1 })
    expect(week.body.bins).toHaveLength(12)
    expect(damage.series.slice(-5)).toEqual([1, 1, 1, 1, 3])
    expect(week.body.places.features).toHaveLength(3)
    expect(week.body.top_places[0]).toMatchObject({ count: 3, top_type: 'damage' })

    const quarter = await officer.get<SituationPicture>('/api/planning/situation?period=quarter&date=2012-10-03')
    expect(quarter.body).toMatchObject({ from: '2012-10-01', to: '2012-12-31', total: 3 })
    expect(quarter.body.bins.slice(0, 2)).toEqual(['2012-10-01', '2012-10-08'])
    const year = await officer.get<SituationPicture>('/api/planning/situation?period=year&date=2012-10-03')
    expect(year.body.bins).toHaveLength(12)
    // The whole of 2012: 17 places of the hotspot tests and these 7.
    expect(year.body).toMatchObject({ from: '2012-01-01', to: '2012-12-31', total: 24 })

    const empty = await officer.get<SituationPicture>('/api/planning/situation?period=week&date=2001-01-10')
    expect(empty.body).toMatchObject({ total: 0, rows: [], top_places: [], places: { features: [] } })
    expect((await officer.get('/api/planning/situation?period=month')).status).toBe(400)
    expect((await officer.get('/api/planning/situation?date=2012-02-30')).status).toBe(400)
  })
})
