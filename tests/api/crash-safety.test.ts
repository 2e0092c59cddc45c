/**
 * Crash safety, on each backend: the server process is killed with SIGKILL in the middle of a
 * burst of writes (public reports, area edits, meetings). A new process on the same database must
 * start without repair, hold every write it answered 2xx, and hold nothing half-written: each
 * write's rows (a report's first status, a meeting's areas and audit entry, an edit's audit entry)
 * are there together or not at all.
 *
 * This is a crash of the app's process, not of the machine: it shows that what reached the
 * operating system is enough, and cannot show what a power cut would keep.
 */
import { describe, expect, it } from 'vitest'
import type { Database } from '../../server/db/database.ts'
import { todayInSweden } from '../../server/today.ts'
import { ApiSession, createStaffAccount } from '../support/api-session.ts'
import { validPoint } from '../support/route-examples.ts'
import { listeningUrl, runServer } from '../support/server-process.ts'
import type { ServerProcess } from '../support/server-process.ts'
import { backends } from '../support/test-backends.ts'
import { copyTestDatabaseForProcess } from '../support/test-database.ts'

// The kill comes once this many writes have been answered 2xx, while the loops keep sending.
const KILL_AFTER_ANSWERED = 300
const REPORT_LOOPS = 6
const MEETING_LOOPS = 3
// One loop per edited area, so the order of an area's edits is known.
const EDITED_AREAS = 4
const CATEGORIES = ['lighting', 'vegetation', 'paths'] as const

const processEnv = {
  PORT: '0',
  SEED_ON_EMPTY: 'false',
  // The burst comes from one address: the per-address limits must not answer it with 429.
  REPORT_RATE_LIMIT: '1000000',
  PUBLIC_WRITE_RATE_LIMIT: '1000000',
}

/** What an area edit number `n` sets; every edit changes every field, so each is audited. */
const areaEdit = (n: number) => ({ notes: `Krocktest: ändring ${n}`, signs_count: n % 1000, households: 100 + n })
/** Which edit an area's notes come from; 0 for the seeded notes. */
const editNumberOf = (notes: string) => Number(/^Krocktest: ändring (\d+)$/.exec(notes)?.[1] ?? 0)

interface Burst {
  killed: boolean
  answered: number
  /** Answers other than 2xx before the kill: there should be none. */
  refused: string[]
  inFlightAtKill: number
  inFlight: number
}

interface Sent {
  reports: Map<string, { category: string }>
  answeredReports: { id: number; token: string; description: string; category: string }[]
  meetings: Map<string, number[]>
  answeredMeetings: { id: number; notes: string }[]
  /** Per edited area: the last edit sent, the last answered 2xx and the `updated_at` it answered. */
  areas: Map<number, { lastSent: number; lastAnswered: number; answeredUpdatedAt: string | null }>
}

describe.each(backends)('crash safety on the %s database', (backend) => {
  it('keeps every write answered 2xx, and nothing half-written, when the process is killed mid-burst', async () => {
    const copy = await copyTestDatabaseForProcess(backend)
    const running: ServerProcess[] = []
    try {
      const { account, areaIds } = await prepare(await copy.open())

      const first = runServer({ ...processEnv, ...copy.env })
      running.push(first)
      const url = await listeningUrl(first)
      const police = new ApiSession(url)
      expect((await police.logIn(account.email, account.password)).status).toBe(200)

      const sent: Sent = { reports: new Map(), answeredReports: [], meetings: new Map(), answeredMeetings: [], areas: new Map() }
      const burst: Burst = { killed: false, answered: 0, refused: [], inFlightAtKill: 0, inFlight: 0 }
      const kill = () => {
        if (burst.killed) return
        burst.killed = true
        burst.inFlightAtKill = burst.inFlight
        first.kill('SIGKILL')
      }
      await Promise.all(burstLoops(police, areaIds, sent, burst, kill))
      // Loops that ended on refusals before the kill: end the process all the same, to say why.
      kill()
      expect(burst.refused).toEqual([])
      expect(await first.exit).toBeNull()
      expect(burst.answered).toBeGreaterThanOrEqual(KILL_AFTER_ANSWERED)
      expect(burst.inFlightAtKill, 'writes were in flight at the kill').toBeGreaterThan(0)

      // No repair: the same command on the same database starts and answers.
      const second = runServer({ ...processEnv, ...copy.env })
      running.push(second)
      const again = new ApiSession(await listeningUrl(second), police.cookie, police.csrfToken)
      expect((await again.get('/api/health')).status).toBe(200)
      await checkThroughApi(again, sent)
      second.kill('SIGTERM')
      expect(await second.exit).toBe(0)

      const db = await copy.open()
      try {
        await checkNothingLostOrHalfWritten(db, sent, account.email)
      } finally {
        await db.close()
      }
    } finally {
      for (const server of running) server.kill('SIGKILL')
      await Promise.all(running.map((server) => server.exit))
      await copy.drop()
    }
  }, 120_000)
})

/** A police account, and the areas the burst edits (the first `EDITED_AREAS`) and meets in; closes `db`. */
async function prepare(db: Database) {
  try {
    const account = await createStaffAccount(db, 'polis')
    const rows = await db.query<{ id: number }>('SELECT id FROM watch_area ORDER BY id LIMIT $1', [EDITED_AREAS + 2])
    return { account, areaIds: rows.map((row) => row.id) }
  } finally {
    await db.close()
  }
}

/** Parallel loops of writes that stop at the first failed request (the kill) and record every 2xx. */
function burstLoops(police: ApiSession, areaIds: number[], sent: Sent, burst: Burst, kill: () => void): Promise<void>[] {
  const loop = async (write: (n: number) => Promise<boolean>) => {
    for (let n = 1; !burst.killed; n++) {
      burst.inFlight++
      try {
        if (!(await write(n))) return
      } catch {
        // The connection broke: the process is gone. What was sent may or may not be saved.
        return
      } finally {
        burst.inFlight--
      }
      // A moment later, so the kill lands at a random point of the writes under way.
      if (++burst.answered === KILL_AFTER_ANSWERED) setTimeout(kill, Math.random() * 50)
    }
  }
  const answeredOk = (what: string, status: number, body: unknown) => {
    if (status >= 200 && status < 300) return true
    if (!burst.killed) burst.refused.push(`${what}: ${status} ${JSON.stringify(body)}`)
    return false
  }

  const reportLoop = (loopNumber: number) =>
    loop(async (n) => {
      const description = `Krocktest: rapport ${loopNumber}-${n}`
      const category = CATEGORIES[n % CATEGORIES.length]!
      sent.reports.set(description, { category })
      const body = { category, time_of_day: 'night', week_part: 'weekend', description, geometry: validPoint }
      const answer = await new ApiSession(police.baseUrl).post('/api/reports', body)
      if (!answeredOk('report', answer.status, answer.body)) return false
      sent.answeredReports.push({ id: answer.body.id, token: answer.body.token, description, category })
      return true
    })

  const areaLoop = (areaId: number) => {
    const area = { lastSent: 0, lastAnswered: 0, answeredUpdatedAt: null as string | null }
    sent.areas.set(areaId, area)
    return loop(async (n) => {
      area.lastSent = n
      const answer = await police.patch(`/api/watch-areas/${areaId}`, areaEdit(n))
      if (!answeredOk('area edit', answer.status, answer.body)) return false
      if (answer.body.notes !== areaEdit(n).notes) burst.refused.push(`area edit ${n} answered ${answer.body.notes}`)
      area.lastAnswered = n
      area.answeredUpdatedAt = answer.body.updated_at
      return true
    })
  }

  const meetingLoop = (loopNumber: number) =>
    loop(async (n) => {
      const notes = `Krocktest: möte ${loopNumber}-${n}`
      // An edited area and one left alone: the meeting locks the edited area's row against the edits.
      const areas = [areaIds[n % EDITED_AREAS]!, areaIds[EDITED_AREAS + (loopNumber % 2)]!].sort((a, b) => a - b)
      sent.meetings.set(notes, areas)
      // A yearly meeting (not a start-up) leaves the areas' records alone: only the edits change them.
      const body = { kind: 'yearly', held_on: todayInSweden(), area_ids: areas, held_by: 'polis', attendees: n, notes }
      const answer = await police.post('/api/meetings', body)
      if (!answeredOk('meeting', answer.status, answer.body)) return false
      sent.answeredMeetings.push({ id: answer.body.id, notes })
      return true
    })

  return [
    ...Array.from({ length: REPORT_LOOPS }, (_, index) => reportLoop(index + 1)),
    ...areaIds.slice(0, EDITED_AREAS).map(areaLoop),
    ...Array.from({ length: MEETING_LOOPS }, (_, index) => meetingLoop(index + 1)),
  ]
}

/** What a resident and the police see after the restart, through the API of the new process. */
async function checkThroughApi(police: ApiSession, sent: Sent) {
  for (const report of sent.answeredReports) {
    const receipt = await new ApiSession(police.baseUrl).get(`/api/reports/receipt/${report.token}`)
    expect(receipt.status, report.description).toBe(200)
    expect(receipt.body).toMatchObject({ id: report.id, description: report.description, category: report.category, status: 'received' })
  }
  const meetings = (await police.get('/api/meetings')).body.meetings as { id: number; notes: string }[]
  for (const meeting of sent.answeredMeetings) {
    expect(meetings.find((candidate) => candidate.id === meeting.id)?.notes, meeting.notes).toBe(meeting.notes)
  }
  const kept = new Map<number, number>()
  for (const [areaId, area] of sent.areas) {
    const record = (await police.get(`/api/watch-areas/${areaId}`)).body
    const n = editNumberOf(record.notes)
    expect(n, `area ${areaId}`).toBeGreaterThanOrEqual(area.lastAnswered)
    expect(n, `area ${areaId}`).toBeLessThanOrEqual(area.lastSent)
    kept.set(areaId, n)
  }
  // And it takes writes again: the next edit after the one kept.
  const [areaId, area] = [...sent.areas][0]!
  const next = kept.get(areaId)! + 1
  expect((await police.patch(`/api/watch-areas/${areaId}`, areaEdit(next))).status).toBe(200)
  area.lastSent = next
  area.lastAnswered = next
  const report = { category: 'other', time_of_day: 'day', week_part: 'weekday', description: 'Efter omstarten.', geometry: validPoint }
  expect((await new ApiSession(police.baseUrl).post('/api/reports', report)).status).toBe(201)
}

/** In the database itself: every answered write, and every write's rows together. */
async function checkNothingLostOrHalfWritten(db: Database, sent: Sent, actor: string) {
  const reports = await db.query<{ id: number; description: string; category: string; status: string; changes: number }>(
    `SELECT r.id, r.description, r.category, r.status,
            (SELECT count(*)::integer FROM report_status_change c WHERE c.report_id = r.id AND c.status = 'received') AS changes
       FROM report r WHERE r.description LIKE 'Krocktest:%'`,
  )
  for (const report of sent.answeredReports) {
    expect(reports.find((row) => row.id === report.id), report.description).toMatchObject({ description: report.description, category: report.category })
  }
  for (const row of reports) {
    expect(row, 'a report is saved with its first status').toMatchObject({ status: 'received', changes: 1 })
    expect(sent.reports.get(row.description)?.category, row.description).toBe(row.category)
  }

  const meetings = await db.query<{ id: number; notes: string; area_ids: number[] | null; audits: number }>(
    `SELECT m.id, m.notes,
            (SELECT array_agg(ma.area_id ORDER BY ma.area_id) FROM meeting_area ma WHERE ma.meeting_id = m.id) AS area_ids,
            (SELECT count(*)::integer FROM audit_entry a
              WHERE a.object_type = 'meeting' AND a.object_id = m.id::text AND a.action = 'create') AS audits
       FROM meeting m WHERE m.notes LIKE 'Krocktest:%'`,
  )
  for (const meeting of sent.answeredMeetings) {
    expect(meetings.some((row) => row.id === meeting.id && row.notes === meeting.notes), meeting.notes).toBe(true)
  }
  for (const row of meetings) {
    expect({ area_ids: row.area_ids, audits: row.audits }, `${row.notes}: its areas and audit entry`).toEqual({
      area_ids: sent.meetings.get(row.notes),
      audits: 1,
    })
  }

  for (const [areaId, area] of sent.areas) {
    const [stored] = await db.query<{ notes: string; signs_count: number; households: number; as_new: boolean }>(
      `SELECT notes, signs_count, households, coalesce(updated_at >= $2::timestamptz, true) AS as_new FROM watch_area WHERE id = $1`,
      [areaId, area.answeredUpdatedAt],
    )
    const n = editNumberOf(stored!.notes)
    expect(n, `area ${areaId}: at least the last edit answered`).toBeGreaterThanOrEqual(area.lastAnswered)
    expect(n, `area ${areaId}: no edit that was never sent`).toBeLessThanOrEqual(area.lastSent)
    expect(stored, `area ${areaId}: one edit's values, whole`).toMatchObject({ ...areaEdit(n), as_new: true })
    // Each edit wrote one audit entry in its own transaction: as many entries as edits kept.
    const audits = await db.query<{ notes: string }>(
      `SELECT after->>'notes' AS notes FROM audit_entry
        WHERE object_type = 'watch_area' AND object_id = $1 AND action = 'update' AND actor = $2 ORDER BY id`,
      [String(areaId), actor],
    )
    expect(audits.map((entry) => entry.notes), `area ${areaId}: its audit entries`).toEqual(
      Array.from({ length: n }, (_, index) => areaEdit(index + 1).notes),
    )
  }
}
