/**
 * Two server processes on one PostGIS database, side by side, as behind a load balancer: a person
 * whose requests go to either one sees one app. Sessions, rate-limit counts and job claims live in
 * the database; what a process keeps for itself (the coverage figures) must follow the database.
 *
 * The embedded database is one process's only: a second process on its folder is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Coverage } from '../../server/shared/api/coverage-schemas.ts'
import { todayInSweden } from '../../server/today.ts'
import { ApiSession, createStaffAccount } from '../support/api-session.ts'
import { validMeasureBody, validPoint } from '../support/route-examples.ts'
import { listeningUrl, runServer } from '../support/server-process.ts'
import type { ServerProcess } from '../support/server-process.ts'
import { serverTestUrl } from '../support/test-backends.ts'
import { copyTestDatabaseForProcess } from '../support/test-database.ts'
import type { ProcessDatabase } from '../support/test-database.ts'

// Small limits, so a few requests show whether the two processes count together. A day-long
// window, so the count never starts over in the middle of a test (windows start at fixed times).
const REPORT_LIMIT = 3
const LOGIN_LIMIT = 3
const processEnv = {
  PORT: '0',
  SEED_ON_EMPTY: 'false',
  REPORT_RATE_LIMIT: String(REPORT_LIMIT),
  REPORT_RATE_WINDOW_MINUTES: String(24 * 60),
  LOGIN_RATE_LIMIT: String(LOGIN_LIMIT),
  LOGIN_RATE_WINDOW_MINUTES: String(24 * 60),
  PUBLIC_WRITE_RATE_LIMIT: '1000',
}

// The server runs its jobs' first round 5 s after it starts listening.
const JOB_WAIT_MS = 20_000
const RETENTION_JOB = 'report-retention'

type Account = Awaited<ReturnType<typeof createStaffAccount>>

const square = (lon: number, lat: number, size = 0.002) => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + size, lat], [lon + size, lat + size / 2], [lon, lat + size / 2], [lon, lat]]],
})

describe.runIf(serverTestUrl)('two server processes on one PostGIS database', () => {
  let copy: ProcessDatabase | undefined
  const running: ServerProcess[] = []
  let urlA: string
  let urlB: string
  let accounts: Record<'police' | 'leaving' | 'planner' | 'admin' | 'guessed', Account>
  /** The police, logged in on A, and the same browser's requests when they reach B. */
  let policeA: ApiSession
  let policeB: ApiSession

  beforeAll(async () => {
    copy = await copyTestDatabaseForProcess('server')
    const db = await copy.open()
    try {
      accounts = {
        police: await createStaffAccount(db, 'polis'),
        leaving: await createStaffAccount(db, 'polis'),
        planner: await createStaffAccount(db, 'kommun'),
        admin: await createStaffAccount(db, 'admin'),
        guessed: await createStaffAccount(db, 'polis'),
      }
      // The job's first run must be one of these processes': none recorded before.
      await db.query('DELETE FROM job_run')
    } finally {
      await db.close()
    }
    running.push(runServer({ ...processEnv, ...copy.env }), runServer({ ...processEnv, ...copy.env }))
    ;[urlA, urlB] = (await Promise.all(running.map(listeningUrl))) as [string, string]
    policeA = await logIn(urlA, accounts.police)
    policeB = new ApiSession(urlB, policeA.cookie, policeA.csrfToken)
  })

  afterAll(async () => {
    const exits = await Promise.all(running.map(stop))
    await copy?.drop()
    expect(exits, 'both processes shut down cleanly').toEqual(running.map(() => 0))
  })

  it('serves a session made on A on B, reads and writes, and a logout on B ends it on A', async () => {
    const onA = await logIn(urlA, accounts.leaving)
    const onB = new ApiSession(urlB, onA.cookie, onA.csrfToken)
    expect((await onB.get('/api/auth/session')).body).toEqual({
      user: expect.objectContaining({ email: accounts.leaving.email, role: 'polis' }),
      csrf_token: onA.csrfToken,
    })
    const register = await onB.get('/api/watch-areas')
    expect(register.status).toBe(200)
    const areaId = register.body.areas[0].id as number

    const notes = 'Två processer: ändrad på B med sessionen från A'
    const edit = await onB.patch(`/api/watch-areas/${areaId}`, { notes })
    expect(edit.status).toBe(200)
    expect(edit.body.notes).toBe(notes)
    // B checks the session's own CSRF token, which A made: a write without it is refused.
    expect((await onB.patch(`/api/watch-areas/${areaId}`, { notes: 'utan token' }, { withoutCsrf: true })).status).toBe(403)

    expect((await onB.post('/api/auth/logout', {})).status).toBe(204)
    expect((await onA.get('/api/watch-areas')).status).toBe(401)
    expect((await onA.get('/api/auth/session')).body.user).toBeNull()
    expect((await onA.patch(`/api/watch-areas/${areaId}`, { notes: 'efter utloggningen' })).status).toBe(401)
  })

  it("reads on one process what the other just wrote: an area's record, its meetings and whether it needs an update", async () => {
    const created = await policeA.post('/api/watch-areas', { name: 'Två processer: Norrmalm', status: 'active', geometry: square(14.12, 59.305) })
    expect(created.status).toBe(201)
    const id = created.body.id as number
    expect((await policeA.post(`/api/watch-areas/${id}/contacts`, { name: 'Kim Kontakt', is_main: true })).status).toBe(201)
    // Started long ago and not verified since: the area needs an update.
    const edited = await policeA.patch(`/api/watch-areas/${id}`, {
      households: 42,
      signs_count: 3,
      notes: 'Två processer: ändrad på A',
      startup_meeting_on: '2019-04-01',
      last_verified_on: '2024-05-01',
    })
    expect(edited.status).toBe(200)
    expect((await policeB.get(`/api/watch-areas/${id}`)).body).toEqual(edited.body)
    expect(await registerEntry(policeB, id)).toMatchObject({ reasons: ['not_updated'], last_update_on: '2024-05-01' })

    const today = todayInSweden()
    const meeting = await policeB.post('/api/meetings', { kind: 'yearly', held_on: today, area_ids: [id], held_by: 'polis', attendees: 12 })
    expect(meeting.status).toBe(201)
    const meetingsOnA = (await policeA.get(`/api/meetings?area_id=${id}`)).body.meetings
    expect(meetingsOnA).toEqual([expect.objectContaining({ id: meeting.body.id, held_on: today, areas: [{ id, name: 'Två processer: Norrmalm' }] })])
    expect(await registerEntry(policeA, id)).toMatchObject({ reasons: [], urgency: 0, last_update_on: today })
  })

  it('answers the same coverage on both processes after an area changes on either', async () => {
    const coverage = async (session: ApiSession): Promise<Coverage> => (await session.get('/api/grannsamverkan/coverage')).body
    const town = (body: Coverage) => body.towns.find((entry) => entry.name === 'Kristinehamn')!
    // Both compute the figures now and keep them.
    const [beforeA, beforeB] = await Promise.all([coverage(policeA), coverage(policeB)])
    expect(beforeB).toEqual(beforeA)

    // A new active area on A around a reported place outside every active area.
    const hint = beforeA.hints.find((entry) => entry.town === 'Kristinehamn')!
    expect(hint).toBeDefined()
    const [lon, lat] = hint.coordinates
    const area = await policeA.post('/api/watch-areas', { name: 'Två processer: Täckning', status: 'active', geometry: square(lon - 0.001, lat - 0.00025) })
    expect(area.status).toBe(201)
    const afterB = await coverage(policeB)
    expect(town(afterB).covered_m2).toBeGreaterThan(town(beforeB).covered_m2)
    expect(afterB.hints.map((entry) => entry.report_id)).not.toContain(hint.report_id)
    expect(await coverage(policeA)).toEqual(afterB)

    // And the other way: made inactive on B, it no longer counts on A.
    expect((await policeB.patch(`/api/watch-areas/${area.body.id}`, { status: 'inactive' })).status).toBe(200)
    const backA = await coverage(policeA)
    expect(backA.towns).toEqual(beforeA.towns)
    expect(backA.hints.map((entry) => entry.report_id)).toContain(hint.report_id)
    expect(await coverage(policeB)).toEqual(backA)
  })

  it('refuses with 409 the second of two changes to a measure made on A and B from the same version', async () => {
    const plannerA = await logIn(urlA, accounts.planner)
    const plannerB = new ApiSession(urlB, plannerA.cookie, plannerA.csrfToken)
    const created = await plannerA.post('/api/measures', validMeasureBody())
    expect(created.status).toBe(201)
    const path = `/api/measures/${created.body.id}`
    const version = created.body.updated_at as string

    const first = await plannerA.put(path, { ...validMeasureBody(), updated_at: version })
    expect(first.status).toBe(200)
    const second = await plannerB.put(path, { ...validMeasureBody(), updated_at: version })
    expect(second.status).toBe(409)
    expect(second.body.error.code).toBe('measure_changed')
    expect((await plannerB.get(path)).body).toMatchObject({ title: first.body.title, updated_at: first.body.updated_at })

    // At the same moment, both from the version just read: one wins, the other is refused.
    const raced = await Promise.all([plannerA, plannerB].map((planner) => planner.put(path, { ...validMeasureBody(), updated_at: first.body.updated_at })))
    expect(raced.map((answer) => answer.status).sort((a, b) => a - b)).toEqual([200, 409])
  })

  it('refuses with 409 the second of two area edits made on A and B from the same version, and keeps the first', async () => {
    const areaId = (await policeA.get('/api/watch-areas')).body.areas[0].id as number
    const version = (await policeA.get(`/api/watch-areas/${areaId}`)).body.updated_at as string
    const first = await policeA.patch(`/api/watch-areas/${areaId}`, { notes: 'Två processer: först, på A', updated_at: version })
    expect(first.status).toBe(200)
    const second = await policeB.patch(`/api/watch-areas/${areaId}`, { notes: 'Två processer: sedan, på B', updated_at: version })
    expect(second.status).toBe(409)
    expect(second.body.error.code).toBe('watch_area_changed')
    expect((await policeB.get(`/api/watch-areas/${areaId}`)).body).toMatchObject({ notes: 'Två processer: först, på A', updated_at: first.body.updated_at })
  })

  it(`counts reports from one address on both processes together (REPORT_RATE_LIMIT=${REPORT_LIMIT})`, async () => {
    const [residentA, residentB] = [new ApiSession(urlA), new ApiSession(urlB)]
    const statuses: number[] = []
    for (const [n, resident] of [residentA, residentB, residentA, residentB, residentA].entries()) {
      const report = { category: 'lighting', time_of_day: 'night', week_part: 'weekend', description: `Två processer: rapport ${n}`, geometry: validPoint }
      statuses.push((await resident.post('/api/reports', report)).status)
    }
    expect(statuses).toEqual([201, 201, 201, 429, 429])
  })

  it(`counts login attempts at one account on both processes together (LOGIN_RATE_LIMIT=${LOGIN_LIMIT})`, async () => {
    const { email, password } = accounts.guessed
    const statuses: number[] = []
    for (const [n, url] of [urlA, urlB, urlA].entries()) statuses.push((await new ApiSession(url).logIn(email, `gissning ${n}`)).status)
    // Even the right password waits now, on either process.
    for (const url of [urlB, urlA]) statuses.push((await new ApiSession(url).logIn(email, password)).status)
    expect(statuses).toEqual([401, 401, 401, 429, 429])
  })

  it('runs a background job once for both processes, and both tell the same last run', async () => {
    const starts = await waitFor(async () => {
      const counted = await Promise.all([urlA, urlB].map(jobStartsCounted))
      return counted.every((outcomes) => total(outcomes) > 0) ? counted : undefined
    }, JOB_WAIT_MS)
    // Each process's timer fired once; one of them ran the job, the other found it claimed or done.
    expect(starts.map(total)).toEqual([1, 1])
    expect(starts.map((outcomes) => outcomes.ok ?? 0).sort((a, b) => a - b)).toEqual([0, 1])
    const doneLines = running.map((server) => server.output().split('\n').filter((line) => line.includes('"msg":"background job done"')).length)
    expect(doneLines.sort((a, b) => a - b)).toEqual([0, 1])

    const adminA = await logIn(urlA, accounts.admin)
    const adminB = new ApiSession(urlB, adminA.cookie, adminA.csrfToken)
    const [jobsA, jobsB] = await Promise.all([adminA.get('/api/jobs'), adminB.get('/api/jobs')])
    expect(jobsB.body).toEqual(jobsA.body)
    const retention = jobsA.body.jobs.find((job: { name: string }) => job.name === RETENTION_JOB)
    expect(retention.last_run).toMatchObject({ outcome: 'ok', finished_at: expect.any(String) })
  }, JOB_WAIT_MS + 10_000)
})

describe('a second process on an embedded database folder', () => {
  it('is refused while the first one runs, and the first one keeps serving', async () => {
    const copy = await copyTestDatabaseForProcess('embedded')
    const env = { PORT: '0', SEED_ON_EMPTY: 'false', ...copy.env }
    const first = runServer(env)
    try {
      const url = await listeningUrl(first)
      const second = runServer(env)
      expect(await second.exit).toBe(1)
      expect(second.output()).toMatch(/The database folder .* is in use by process \d+\. Stop that process/)
      expect((await new ApiSession(url).get('/api/health')).status).toBe(200)
    } finally {
      const exit = await stop(first)
      await copy.drop()
      expect(exit).toBe(0)
    }
  })
})

async function logIn(url: string, account: Account): Promise<ApiSession> {
  const session = new ApiSession(url)
  const answer = await session.logIn(account.email, account.password)
  if (answer.status !== 200) throw new Error(`login failed: ${answer.status} ${JSON.stringify(answer.body)}`)
  return session
}

async function registerEntry(session: ApiSession, id: number) {
  return (await session.get('/api/watch-areas')).body.areas.find((area: { id: number }) => area.id === id)
}

/** SIGTERM, then SIGKILL if it has not exited within 15 s; its exit code. */
async function stop(server: ServerProcess): Promise<number | null> {
  server.kill('SIGTERM')
  const timer = setTimeout(() => server.kill('SIGKILL'), 15_000)
  try {
    return await server.exit
  } finally {
    clearTimeout(timer)
  }
}

/** How often this process's timer started the retention job, by outcome, from its /metrics (read from this machine). */
async function jobStartsCounted(url: string): Promise<Record<string, number>> {
  const text = (await new ApiSession(url).get('/metrics')).body as string
  const outcomes: Record<string, number> = {}
  for (const [, labels, value] of text.matchAll(/^background_job_runs_total\{([^}]*)\} (\d+)$/gm)) {
    const outcome = /outcome="([^"]+)"/.exec(labels!)?.[1]
    if (labels!.includes(`job="${RETENTION_JOB}"`) && outcome) outcomes[outcome] = Number(value)
  }
  return outcomes
}

const total = (outcomes: Record<string, number>) => Object.values(outcomes).reduce((sum, n) => sum + n, 0)

/** Polls `probe` every 250 ms until it gives a value; throws after `timeoutMs`. */
async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    const value = await probe()
    if (value !== undefined) return value
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`nothing within ${timeoutMs} ms`)
}
