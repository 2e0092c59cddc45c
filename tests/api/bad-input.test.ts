/**
 * The bad-input corpus (tests/bad-input/corpus.ts) sent to every write route on every backend.
 * Each spoiled request must get a clear 4xx and leave every table exactly as it was; text that
 * only looks dangerous must be stored and returned exactly as given. One test per route and caller
 * runs its cases in turn (the examples live in the database, so the cases exist only once the
 * server runs); every failed check names its case and shows the answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../server/db/database.ts'
import type { ApiRoute } from '../../server/routes/api-route.ts'
import { apiRoutes } from '../../server/routes/api-routes.ts'
import type { BadInputCase } from '../bad-input/corpus.ts'
import { badInputCases, VALID_EXAMPLE } from '../bad-input/corpus.ts'
import type { ApiAnswer } from '../support/api-session.ts'
import { ApiSession, logInAs } from '../support/api-session.ts'
import { routeExamples } from '../support/route-examples.ts'
import { backends } from '../support/test-backends.ts'
import { startTestServer } from '../support/test-server.ts'

const keyOf = (route: ApiRoute) => `${route.method.toUpperCase()} /api${route.path}`
const writeRoutes = apiRoutes.filter((route) => route.method !== 'get')
const callersOf = (route: ApiRoute) => (route.access === 'public' ? ['public', 'admin'] : ['admin'])

/** What changes by design on any request: request counters, and when a session was last used. */
const ignoredTables = ['rate_limit_counter']
const ignoredColumns: Record<string, string[]> = { user_session: ['last_seen_at'] }

/** Per table: its row count and the md5 of its rows ordered by their text form. */
type Snapshot = Map<string, { rows: number; md5: string }>
/** Each table a request changed, with how many rows it gained (0: rows changed in place). */
type Footprint = Record<string, number>

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`

/**
 * Snapshots every table in the public schema, listed afresh each time so that a table a request
 * created shows up. Hashing them all takes ~100 ms on PGlite (spatial_ref_sys has 8 500 rows) and
 * the corpus needs ~600 snapshots, so a table's md5 is reused while its stamp (columns, row count,
 * sum of the rows' xmin) is unchanged: every row a write inserts or updates gets the writing
 * transaction's id, which is larger than any xmin already there, so no write keeps the stamp.
 */
function snapshotter(db: Database): () => Promise<Snapshot> {
  const md5ByStamp = new Map<string, string>()
  return async () => {
    const tables = await db.query<{ name: string; columns: string[]; types: string }>(
      `SELECT t.tablename AS name, json_agg(a.attname ORDER BY a.attnum) AS columns,
              string_agg(a.atttypid::text, ',' ORDER BY a.attnum) AS types
         FROM pg_tables t JOIN pg_attribute a ON a.attrelid = format('public.%I', t.tablename)::regclass
        WHERE t.schemaname = 'public' AND a.attnum > 0 AND NOT a.attisdropped
        GROUP BY t.tablename`,
    )
    const watched = tables.filter(({ name }) => !ignoredTables.includes(name))
    const stamps = await db.query<{ name: string; rows: number; stamp: string }>(
      watched
        .map(({ name, types }) => `SELECT ${literal(name)} AS name, count(*)::integer AS rows,
            ${literal(`${name}|${types}|`)} || count(*) || '|' || coalesce(sum(xmin::text::bigint), 0) AS stamp
            FROM public.${quote(name)}`)
        .join(' UNION ALL '),
    )
    const unknown = stamps.filter(({ stamp }) => !md5ByStamp.has(stamp))
    if (unknown.length > 0) {
      const hashes = await db.query<{ stamp: string; md5: string }>(
        unknown
          .map(({ name, stamp }) => {
            const columns = watched.find((table) => table.name === name)!.columns.filter((c) => !ignoredColumns[name]?.includes(c))
            return `SELECT ${literal(stamp)} AS stamp, md5(coalesce(string_agg(r::text, E'\\n' ORDER BY r::text), '')) AS md5
                      FROM (SELECT ${columns.map(quote).join(', ')} FROM public.${quote(name)}) r`
          })
          .join(' UNION ALL '),
      )
      for (const { stamp, md5 } of hashes) md5ByStamp.set(stamp, md5)
    }
    return new Map(stamps.map(({ name, rows, stamp }) => [name, { rows, md5: md5ByStamp.get(stamp)! }]))
  }
}

function footprint(before: Snapshot, after: Snapshot): Footprint {
  const changed: Footprint = {}
  for (const name of new Set([...before.keys(), ...after.keys()])) {
    const [was, is] = [before.get(name), after.get(name)]
    if (was?.md5 !== is?.md5) changed[name] = (is?.rows ?? 0) - (was?.rows ?? 0)
  }
  return changed
}

describe.each(backends)('bad input on the %s database', (backend) => {
  let url: string
  let db: Database
  let snapshot: () => Promise<Snapshot>
  let close: () => Promise<void>

  beforeAll(async () => {
    // Hundreds of requests from one address: the rate limits have their own test.
    const server = await startTestServer({ backend, env: { LOGIN_RATE_LIMIT: '100000', LOGIN_ADDRESS_RATE_LIMIT: '100000', PUBLIC_WRITE_RATE_LIMIT: '100000', REPORT_RATE_LIMIT: '100000', ME_TOO_RATE_LIMIT: '100000' } })
    ;({ url, db, close } = server)
    snapshot = snapshotter(db)
  })
  afterAll(() => close())

  describe.each(writeRoutes.map((route) => [keyOf(route), route] as const))('%s', (key, route) => {
    it.each(callersOf(route))('as %s: every spoiled request gets a 4xx and changes nothing', async (who) => {
      const prepare = routeExamples[key]
      expect(prepare, `an example for ${key} in tests/support/route-examples.ts`).toBeDefined()
      if (!prepare) return
      const newSession = async () => (who === 'public' ? new ApiSession(url) : logInAs(url, db, 'admin'))
      let session = await newSession()
      let before: Snapshot | undefined
      let valid: Footprint = {}

      for (const listed of badInputCases(route, await prepare({ db }))) {
        // A case that may succeed gets its own example and session: logging out or changing the
        // password ends or changes the caller's session, and an e-mail address can be taken once.
        const mayWrite = listed.expect.kind !== 'refused'
        const spoiled = mayWrite ? sameCase(badInputCases(route, await prepare({ db })), listed.name) : listed
        const caller = mayWrite ? await newSession() : session
        if (mayWrite || !before) before = await snapshot()

        const { path, body, rawBody, headers } = spoiled
        const answer = await caller.request(route.method.toUpperCase(), path, { body, rawBody, headers })
        const after = await snapshot()
        const changes = footprint(before, after)
        const label = `${spoiled.name} → ${answer.status} ${JSON.stringify(answer.body).slice(0, 400)}`
        if (spoiled.name === VALID_EXAMPLE) valid = changes
        if (spoiled.expect.kind === 'refused') checkRefused(label, spoiled.expect, answer, changes)
        else if (spoiled.expect.kind === 'accepted') checkSucceeded(label, answer, changes, valid)
        else await checkKeptText(label, spoiled.expect, answer, changes, valid, db)

        // Nothing wrote since `after`, unless a refused case was let through and ended the session.
        before = after
        if (!mayWrite && answer.status < 300) [session, before] = [await newSession(), undefined]
      }
    })
  })
})

function sameCase(cases: BadInputCase[], name: string): BadInputCase {
  const found = cases.find((candidate) => candidate.name === name)
  if (!found) throw new Error(`the corpus no longer has the case "${name}"`)
  return found
}

type Expected<Kind> = Extract<BadInputCase['expect'], { kind: Kind }>

/** A clear 4xx in the shape every error has, naming the spoiled field, and not a row changed anywhere. */
function checkRefused(label: string, expected: Expected<'refused'>, { status, body, headers }: ApiAnswer, changes: Footprint) {
  expect.soft(expected.status, `${label}: status`).toContain(status)
  expect.soft(changes, `${label}: tables changed`).toEqual({})
  // A 2xx or a 5xx is not an answer to a client's mistake: the status says it all.
  if (status < 400 || status >= 500) return
  const error = body?.error
  expect.soft(headers.get('content-type'), `${label}: content type`).toMatch(/^application\/json/)
  for (const part of ['code', 'message', 'message_sv']) {
    expect.soft(typeof error?.[part] === 'string' && error[part] !== '', `${label}: error.${part}`).toBe(true)
  }
  if (expected.code) expect.soft(error?.code, `${label}: code`).toBe(expected.code)
  const problems: Array<{ field: string; message: string; message_sv: string }> = error?.fields ?? []
  for (const problem of problems) expect.soft(Boolean(problem.message && problem.message_sv), `${label}: both messages`).toBe(true)
  if (expected.field === undefined || status !== 400) return
  // `geometry` is named by any of its parts, e.g. `geometry.coordinates.0`.
  const field = expected.field
  const named = problems.filter((problem) => problem.field === field || (field !== '' && problem.field.startsWith(`${field}.`)))
  expect.soft(named.length, `${label}: error.fields names "${field}"`).toBeGreaterThan(0)
  if (expected.notSaying) for (const { message } of named) expect.soft(message, `${label}: message`).not.toMatch(expected.notSaying)
}

/** 2xx, changing the same tables by the same number of rows as the valid example. */
function checkSucceeded(label: string, { status }: ApiAnswer, changes: Footprint, valid: Footprint) {
  expect.soft(status >= 200 && status < 300, `${label}: a 2xx status`).toBe(true)
  expect.soft(changes, `${label}: tables changed, compared with the valid example`).toEqual(valid)
}

/** Dangerous-looking text is data: stored in the column named like the field, and answered as JSON text, as given. */
async function checkKeptText(
  label: string,
  expected: Expected<'text'>,
  answer: ApiAnswer,
  changes: Footprint,
  valid: Footprint,
  db: Database,
) {
  // A secret may be refused as the wrong password, never as malformed; it is only ever stored hashed.
  if (expected.secret && answer.status >= 400) {
    expect.soft(answer.status, `${label}: status`).toBeLessThan(500)
    expect.soft(answer.body?.error?.code, `${label}: code`).not.toBe('invalid_input')
    expect.soft(changes, `${label}: tables changed`).toEqual({})
    return
  }
  checkSucceeded(label, answer, changes, valid)
  if (expected.secret) return
  if (answer.body !== '') {
    expect.soft(answer.headers.get('content-type'), `${label}: content type`).toMatch(/^application\/json/)
    expect.soft(JSON.stringify(answer.body), `${label}: the answer has the text as given`).toContain(JSON.stringify(expected.value))
  }
  let stored = 0
  for (const table of Object.keys(changes)) {
    const sql = `SELECT count(*)::integer AS n FROM public.${quote(table)} r WHERE to_jsonb(r) ->> $1 = $2`
    stored += (await db.query<{ n: number }>(sql, [expected.field, expected.value]))[0]?.n ?? 0
  }
  expect.soft(stored, `${label}: rows whose ${expected.field} is the text as given`).toBeGreaterThan(0)
}
