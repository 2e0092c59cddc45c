/**
 * A valid request for every write route, keyed `METHOD /api/path` as declared in
 * server/routes/api-routes.ts. The role matrix sends these as each role; the bad-input corpus
 * spoils them one way at a time. Each example prepares what it needs (a fresh account to change,
 * a session to end), so a cell never depends on another.
 */
import { createApiToken } from '../../server/auth/api-tokens.ts'
import { readConfig } from '../../server/config.ts'
import type { Database } from '../../server/db/database.ts'
import { applyRetention } from '../../server/reports/retention.ts'
import { createStaffAccount, TEST_PASSWORD } from './api-session.ts'
import { promiseExamples } from './promise-examples.ts'

export interface ExampleContext {
  db: Database
}

export interface ExampleRequest {
  /** The concrete path, ids filled in. */
  path: string
  body: Record<string, unknown>
}

/** A small square well inside Kristinehamn's tätort, in WGS84. */
export const validAreaGeometry = {
  type: 'Polygon',
  coordinates: [
    [
      [14.1, 59.31],
      [14.102, 59.31],
      [14.102, 59.311],
      [14.1, 59.311],
      [14.1, 59.31],
    ],
  ],
}

async function anyWatchAreaId(db: Database): Promise<number> {
  const [row] = await db.query<{ id: number }>('SELECT min(id) AS id FROM watch_area')
  if (!row) throw new Error('the test database has no watch areas')
  return row.id
}

async function newContactId(db: Database): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO contact_person (area_id, name, phone) VALUES ($1, 'Exempel Kontakt', '0550-123 45') RETURNING id`,
    [await anyWatchAreaId(db)],
  )
  return row!.id
}

async function newMeetingId(db: Database): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO meeting (kind, held_on, held_by) VALUES ('yearly', '2026-10-01', 'polis') RETURNING id`,
  )
  await db.query('INSERT INTO meeting_area (meeting_id, area_id) VALUES ($1, $2)', [row!.id, await anyWatchAreaId(db)])
  return row!.id
}

/** A report in the given status at Norra torget, as if a resident had sent it. */
export async function newReportId(db: Database, status = 'received'): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO report (municipality_code, category, time_of_day, week_part, description, status, geom)
     VALUES ('1781', 'lighting', 'evening', 'all_week', 'Mörkt vid cykelstället', $1,
             ST_Transform(ST_SetSRID(ST_MakePoint(14.1075, 59.3098), 4326), 3006)) RETURNING id`,
    [status],
  )
  return row!.id
}

/** A point well inside Kristinehamn's tätort, in WGS84. */
export const validPoint = { type: 'Point', coordinates: [14.1075, 59.3098] }

/** About 400 m through the centre from Norra torget, in WGS84. */
export const validRoute = {
  type: 'LineString',
  coordinates: [
    [14.1075, 59.3098],
    [14.1095, 59.3105],
    [14.1115, 59.3112],
  ],
}

/** A walk as a planner sends it: next spring, after dark, with its meetings in order. */
export const validWalkBody = () => ({
  title: `Exempelvandring ${++exampleCount}`,
  starts_at: '2027-03-16T18:00:00+01:00',
  duration_minutes: 120,
  light: 'dark',
  status: 'planned',
  meeting_point_name: 'Norra torget',
  meeting_point: validPoint,
  route: validRoute,
  invited: 'Polisen, gata/park',
  max_participants: 20,
  pre_meeting_on: '2027-03-02',
  follow_up_on: '2027-04-06',
  how_to_join: 'Anmäl dig till trygghetssamordnaren.',
})

/** A walk stored directly, in the given status, with the route above. */
export async function newWalkId(db: Database, status = 'done'): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO safety_walk (municipality_code, title, starts_at, light, status, meeting_point_name, meeting_point, route)
     VALUES ('1781', 'Exempelvandring', '2026-10-13T18:00:00+02:00', 'dark', $1, 'Norra torget',
             ST_Transform(ST_SetSRID(ST_MakePoint(14.1075, 59.3098), 4326), 3006),
             ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON($2), 4326), 3006)) RETURNING id`,
    [status, JSON.stringify(validRoute)],
  )
  return row!.id
}

async function newObservationId(db: Database): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO walk_observation (walk_id, category, assessment, rating, description, geom)
     VALUES ($1, 'lighting', 'unsafe', 1, 'Mörkt under viadukten', ST_Transform(ST_SetSRID(ST_MakePoint(14.1095, 59.3105), 4326), 3006))
     RETURNING id`,
    [await newWalkId(db)],
  )
  return row!.id
}

/** A measure as a planner sends it: decided lighting at Norra torget, answering a published report. */
export const validMeasureBody = (reportIds: number[] = []) => ({
  title: `Exempelbelysning ${++exampleCount}`,
  description: 'Två nya armaturer vid cykelstället.',
  type: 'lighting',
  status: 'decided',
  rejected_reason: '',
  responsible: 'kommun',
  responsible_detail: 'Gata/park',
  proposed_on: '2026-09-01',
  decided_on: '2026-10-01',
  done_on: null,
  cost_sek: 45000,
  geometry: validPoint,
  report_ids: reportIds,
  observation_ids: [],
})

/** A measure stored directly, proposed, at Norra torget. */
export async function newMeasureId(db: Database): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO measure (municipality_code, title, type, status, responsible, geom)
     VALUES ('1781', 'Exempelåtgärd', 'lighting', 'proposed', 'kommun', ST_Transform(ST_SetSRID(ST_MakePoint(14.1075, 59.3098), 4326), 3006))
     RETURNING id`,
  )
  return row!.id
}

let exampleCount = 0

/** A small GeoJSON file (base64) for each target of the file import (issue 9), its names unique per call. */
function fileImportExamples(): Record<string, () => Promise<ExampleRequest>> {
  const file = (properties: Record<string, unknown>, geometry: unknown) =>
    Buffer.from(JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties, geometry }] })).toString('base64')
  const files = {
    'watch-areas': () => file({ namn: `Exempel: Filimport ${++exampleCount}` }, validAreaGeometry),
    'walk-routes': () =>
      file({ titel: `Exempel: Importerad vandring ${++exampleCount}`, starttid: '2027-04-20 19:00' }, { type: 'LineString', coordinates: [[14.1075, 59.3098], [14.1035, 59.3082]] }),
    measures: () => file({ titel: `Exempel: Importerad lampa ${++exampleCount}` }, { type: 'Point', coordinates: [14.1075, 59.3098] }),
  }
  return Object.fromEntries(
    Object.entries(files).flatMap(([target, make]) =>
      ['preview', 'save'].map((step) => [
        `POST /api/imports/${target}/${step}`,
        async () => ({ path: `/api/imports/${target}/${step}`, body: { file_base64: make() } }),
      ]),
    ),
  )
}

/**
 * A municipality of its own for each call: a 4 km square in Norrbotten, east of the one before, with
 * a code and name no other call uses.
 */
function newMunicipalityFile(): string {
  const n = ++exampleCount
  const [lon, lat] = [17 + 0.1 * (n % 80), 66 + 0.05 * Math.floor(n / 80)]
  const ring = [[lon, lat], [lon + 0.08, lat], [lon + 0.08, lat + 0.035], [lon, lat + 0.035], [lon, lat]]
  const properties = { kommunkod: String(9000 + n).slice(-4).padStart(4, '9'), kommunnamn: `Exempelkommun ${n}`, lansnamn: 'Norrbottens län' }
  const feature = { type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: [ring] } }
  return Buffer.from(JSON.stringify({ type: 'FeatureCollection', features: [feature] })).toString('base64')
}

const uniqueEmail = (prefix: string) => `${prefix}.${++exampleCount}.${process.pid}@kristinehamn.example`

export const routeExamples: Record<string, (context: ExampleContext) => Promise<ExampleRequest>> = {
  'POST /api/auth/login': async ({ db }) => {
    const account = await createStaffAccount(db, 'kommun')
    return { path: '/api/auth/login', body: { email: account.email, password: account.password } }
  },
  'POST /api/auth/logout': async () => ({ path: '/api/auth/logout', body: {} }),
  'POST /api/auth/password': async () => ({
    path: '/api/auth/password',
    // Every test account has the same password, so the new one keeps the next login working.
    body: { current_password: TEST_PASSWORD, new_password: TEST_PASSWORD },
  }),
  'POST /api/users': async () => ({
    path: '/api/users',
    body: { email: uniqueEmail('ny'), display_name: 'Ny Handläggare', role: 'kommun', municipality_code: '1781', password: 'ett nytt långt lösenord' },
  }),
  'PATCH /api/users/:id': async ({ db }) => {
    const account = await createStaffAccount(db, 'kommun')
    return { path: `/api/users/${account.id}`, body: { role: 'polis', display_name: 'Bytt Roll' } }
  },
  'POST /api/api-tokens': async () => ({
    path: '/api/api-tokens',
    body: { name: `Exempel: QGIS ${++exampleCount}`, role: 'kommun', scope: 'read', expires_on: `${new Date().getUTCFullYear() + 1}-06-30` },
  }),
  'POST /api/api-tokens/:id/revoke': async ({ db }) => {
    const admin = await createStaffAccount(db, 'admin')
    const { token } = await createApiToken(db, { name: `Exempel: skript ${++exampleCount}`, role: 'polis', scope: 'read_write' }, { userId: admin.id, label: admin.email })
    return { path: `/api/api-tokens/${token.id}/revoke`, body: {} }
  },
  'POST /api/watch-areas': async () => ({
    path: '/api/watch-areas',
    body: { name: `Exempel: Nytt område ${++exampleCount}`, status: 'planned', households: 30, geometry: validAreaGeometry },
  }),
  'POST /api/watch-areas/import': async () => ({
    path: '/api/watch-areas/import',
    body: {
      crs: 'EPSG:4326',
      dry_run: false,
      collection: {
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: { name: `Exempel: Importerat ${++exampleCount}` }, geometry: validAreaGeometry }],
      },
    },
  }),
  'POST /api/watch-areas/:id/contacts': async ({ db }) => ({
    path: `/api/watch-areas/${await anyWatchAreaId(db)}/contacts`,
    body: { name: 'Kim Kontakt', phone: '0550-123 45', email: 'kim@example.se', is_main: true },
  }),
  'PATCH /api/contacts/:id': async ({ db }) => ({
    path: `/api/contacts/${await newContactId(db)}`,
    body: { phone: '070-123 45 67', is_main: true },
  }),
  // As on a running server, the job has run once already: another run changes its row, adds none.
  'POST /api/jobs/:name/run': async ({ db }) => {
    await applyRetention(db, readConfig({}).reportRetentionMonths)
    await db.query(`INSERT INTO job_run (name, started_at, finished_at, outcome) VALUES ('report-retention', now(), now(), 'ok') ON CONFLICT DO NOTHING`)
    return { path: '/api/jobs/report-retention/run', body: {} }
  },
  ...fileImportExamples(),
  'POST /api/municipalities': async () => ({ path: '/api/municipalities', body: { boundary_base64: newMunicipalityFile() } }),
  'DELETE /api/contacts/:id': async ({ db }) => ({ path: `/api/contacts/${await newContactId(db)}`, body: {} }),
  'POST /api/meetings': async ({ db }) => ({
    path: '/api/meetings',
    body: { kind: 'update_visit', held_on: '2026-11-02', area_ids: [await anyWatchAreaId(db)], held_by: 'polis', attendees: 3 },
  }),
  'DELETE /api/meetings/:id': async ({ db }) => ({ path: `/api/meetings/${await newMeetingId(db)}`, body: {} }),
  'POST /api/reports': async () => ({
    path: '/api/reports',
    body: {
      category: 'lighting',
      time_of_day: 'evening',
      week_part: 'weekend',
      description: 'Gatlampan vid övergångsstället är trasig.',
      geometry: validPoint,
    },
  }),
  'POST /api/reports/:id/me-too': async ({ db }) => ({ path: `/api/reports/${await newReportId(db, 'published')}/me-too`, body: {} }),
  'PATCH /api/reports/:id': async ({ db }) => ({
    path: `/api/reports/${await newReportId(db)}`,
    body: {
      status: 'not_actionable',
      status_reason: 'Platsen ligger på privat mark; vi har kontaktat fastighetsägaren.',
      description: 'Mörkt vid cykelstället.',
      answer: 'Tack för rapporten.',
    },
  }),
  'POST /api/places/import': async () => ({
    path: '/api/places/import',
    body: { format: 'csv', srid: 4326, content: `name;lon;lat\nExempelgatan ${++exampleCount};14.11;59.31\n` },
  }),
  'POST /api/incidents': async () => ({
    path: '/api/incidents',
    body: { type: 'damage', occurred_at: '2026-11-20T22:15:00+01:00', organisation: 'bostadsbolag', description: 'Krossad ruta i trapphuset.', geometry: validPoint },
  }),
  'POST /api/walks': async () => ({ path: '/api/walks', body: validWalkBody() }),
  'PUT /api/walks/:id': async ({ db }) => ({ path: `/api/walks/${await newWalkId(db, 'planned')}`, body: validWalkBody() }),
  'POST /api/walks/route-proposal': async () => ({
    path: '/api/walks/route-proposal',
    body: { start: validPoint, stops: [{ type: 'Point', coordinates: [14.11, 59.311] }, { type: 'Point', coordinates: [14.105, 59.309] }] },
  }),
  'POST /api/walks/:id/protocol/publish': async ({ db }) => ({
    path: `/api/walks/${await newWalkId(db)}/protocol/publish`,
    body: { protocol_summary: 'Belysningen under viadukten åtgärdas i vår.' },
  }),
  'POST /api/walks/:id/protocol/withdraw': async ({ db }) => ({ path: `/api/walks/${await newWalkId(db)}/protocol/withdraw`, body: {} }),
  'POST /api/walks/:id/observations': async ({ db }) => ({
    path: `/api/walks/${await newWalkId(db)}/observations`,
    body: {
      client_id: crypto.randomUUID(),
      category: 'lighting',
      assessment: 'unsafe',
      rating: 1,
      description: 'Trasig lampa vid trappan.',
      geometry: { type: 'Point', coordinates: [14.1096, 59.3106] },
    },
  }),
  'PUT /api/walk-observations/:id': async ({ db }) => ({
    path: `/api/walk-observations/${await newObservationId(db)}`,
    body: {
      category: 'lighting',
      assessment: 'unsafe',
      rating: 1,
      description: 'Mörkt under viadukten.',
      proposed_measure: 'Sätt upp två nya armaturer.',
      responsible: 'kommun',
      priority: 'high',
      deadline_on: '2027-04-30',
      measure_status: 'proposed',
      measure_reason: '',
      measure_done_on: null,
    },
  }),
  'POST /api/measures': async ({ db }) => ({ path: '/api/measures', body: validMeasureBody([await newReportId(db, 'published')]) }),
  'PUT /api/measures/:id': async ({ db }) => ({ path: `/api/measures/${await newMeasureId(db)}`, body: validMeasureBody() }),
  'POST /api/measures/nearby-evidence': async () => ({
    path: '/api/measures/nearby-evidence',
    body: { geometry: validRoute, radius_m: 150 },
  }),
  'PATCH /api/watch-areas/:id': async ({ db }) => ({
    path: `/api/watch-areas/${await anyWatchAreaId(db)}`,
    body: { households: 42, signs_condition: 'good', signs_checked_on: '2026-11-01', geometry: validAreaGeometry },
  }),
  ...promiseExamples,
}
