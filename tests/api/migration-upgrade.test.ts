/**
 * Migrations move a database that holds data forward, not only an empty one: the migrations up to
 * a version run in a schema of their own, rows as that version held them are loaded from
 * tests/migrations/, then the next migration runs over them, all in one transaction that is
 * rolled back afterwards.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database, Queryable } from '../../server/db/database.ts'
import { readMigrations } from '../../server/db/migrate.ts'
import { findPeriod } from '../../server/promises/period-records.ts'
import { promisePage } from '../../server/promises/promise-progress.ts'
import { countReportPlacesIn } from '../../server/reports/report-places.ts'
import { publicReportStatuses } from '../../server/shared/api/report-schemas.ts'
import { backends } from '../support/test-backends.ts'
import { openTestDatabase } from '../support/test-database.ts'

class RolledBack extends Error {}

/** Runs migrations up to `fromVersion`, loads its fixture, runs the next migration, then `check`; rolls it all back. */
async function upgradeWithRows(db: Database, fromVersion: string, check: (tx: Queryable) => Promise<void>): Promise<void> {
  const migrations = await readMigrations()
  const index = migrations.findIndex((migration) => migration.version.startsWith(fromVersion))
  const fixture = await readFile(path.join(import.meta.dirname, '../migrations', `${fromVersion}-rows.sql`), 'utf8')
  await db
    .transaction(async (tx) => {
      await tx.query('CREATE SCHEMA upgrade_test')
      await tx.query('SET LOCAL search_path TO upgrade_test, public')
      for (const migration of migrations.slice(0, index + 1)) await tx.query(migration.sql)
      await tx.query(fixture)
      await tx.query(migrations[index + 1]!.sql)
      await check(tx)
      throw new RolledBack()
    })
    .catch((error: unknown) => {
      if (!(error instanceof RolledBack)) throw error
    })
}

describe.each(backends)('upgrading a database with data on the %s database', (backend) => {
  let db: Database
  let drop: () => Promise<void>

  beforeAll(async () => {
    ;({ db, drop } = await openTestDatabase(backend))
  })
  afterAll(() => drop())

  it('002 adds accounts and the append-only audit log beside the areas, meetings and reports already there', async () => {
    await upgradeWithRows(db, '001', async (tx) => {
      const [counts] = await tx.query<{ areas: number; contacts: number; meetings: number; reports: number }>(
        `SELECT (SELECT count(*)::integer FROM watch_area) AS areas, (SELECT count(*)::integer FROM contact_person) AS contacts,
                (SELECT count(*)::integer FROM meeting_area) AS meetings, (SELECT count(*)::integer FROM report) AS reports`,
      )
      expect(counts).toEqual({ areas: 1, contacts: 1, meetings: 1, reports: 1 })
      await tx.query(`INSERT INTO app_user (email, role, password_hash) VALUES ('ny@kristinehamn.example', 'admin', 'x')`)
      await tx.query(
        `INSERT INTO audit_entry (actor, action, object_type, object_id, object_label) VALUES ('test', 'create', 'watch_area', '1', 'Gamla stan')`,
      )
      await tx.query('SAVEPOINT before_update')
      await expect(tx.query(`UPDATE audit_entry SET actor = 'someone else'`)).rejects.toThrow()
      await tx.query('ROLLBACK TO SAVEPOINT before_update')
    })
  })

  it('003 maps the old report statuses, gives every rejection a reason and a history to every report', async () => {
    await upgradeWithRows(db, '002', async (tx) => {
      const reports = await tx.query<{ description: string; status: string; status_reason: string; answer: string; closed: boolean; steps: string[] }>(
        `SELECT r.description, r.status, r.status_reason, r.answer, r.closed_at IS NOT NULL AS closed,
                (SELECT array_agg(c.status ORDER BY c.id) FROM report_status_change c WHERE c.report_id = r.id) AS steps
           FROM report r ORDER BY r.id`,
      )
      expect(reports).toEqual([
        { description: 'Mörkt vid stationen', status: 'received', status_reason: '', answer: '', closed: false, steps: ['received'] },
        { description: 'Beskriver en person', status: 'rejected', status_reason: 'Beskriver personer.', answer: '', closed: true, steps: ['received', 'rejected'] },
        { description: 'Avvisad utan svar', status: 'rejected', status_reason: 'Avvisad vid granskning.', answer: '', closed: true, steps: ['received', 'rejected'] },
        { description: 'Buskar', status: 'fixed', status_reason: '', answer: 'Buskarna är klippta.', closed: true, steps: ['received', 'fixed'] },
        { description: 'Trasig trappa', status: 'published', status_reason: '', answer: '', closed: false, steps: ['received', 'published'] },
      ])
      // Nobody read the old texts for personal data: none is public until staff have.
      const [reviewed] = await tx.query<{ any: boolean }>('SELECT bool_or(text_reviewed) AS any FROM report')
      expect(reviewed!.any).toBe(false)
      // The new tables work with the old rows.
      await tx.query(`INSERT INTO staff_incident (municipality_code, type, occurred_at, organisation, geom)
                      VALUES ('1781', 'damage', now(), 'kommun', ST_SetSRID(ST_MakePoint(441000, 6574000), 3006))`)
    })
    // Nothing of it is left in the database the test copied.
    expect(await db.query(`SELECT 1 FROM pg_namespace WHERE nspname = 'upgrade_test'`)).toEqual([])
  })

  it('004 indexes exactly the public reports, and the reports are all still there', async () => {
    await upgradeWithRows(db, '003', async (tx) => {
      const [index] = await tx.query<{ predicate: string }>(
        `SELECT pg_get_expr(i.indpred, i.indrelid) AS predicate
           FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relname = 'report_public_geom_gix' AND n.nspname = 'upgrade_test'`,
      )
      // The planner uses the index only for a query whose statuses it covers: it must list the public ones.
      const statuses = [...(index?.predicate ?? '').matchAll(/'([a-z_]+)'/g)].map((match) => match[1])
      expect(statuses.sort()).toEqual([...publicReportStatuses].sort())
      const reports = await tx.query<{ description: string }>(
        `SELECT description FROM report
          WHERE status IN ('published', 'under_review', 'measure_planned', 'fixed', 'not_actionable')
            AND geom && ST_MakeEnvelope(440000, 6573000, 442000, 6575000, 3006) ORDER BY id`,
      )
      expect(reports.map((row) => row.description)).toEqual(['Buskar', 'Trasig trappa', 'Klotter i tunneln'])
      const [count] = await tx.query<{ count: number }>('SELECT count(*)::int AS count FROM report')
      expect(count!.count).toBe(5)
    })
  })

  it('005 keeps done walks public with their protocol and gives every observation a measure status', async () => {
    await upgradeWithRows(db, '004', async (tx) => {
      const walks = await tx.query<{ title: string; published: string | null; pre_meeting_on: string | null }>(
        `SELECT title, to_char(protocol_published_at AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM-DD HH24:MI') AS published,
                to_char(pre_meeting_on, 'YYYY-MM-DD') AS pre_meeting_on
           FROM safety_walk ORDER BY id`,
      )
      // Done walks' observations were public before: their protocols stay published, from the
      // follow-up meeting. A walk whose pre-meeting was typed after it is kept as it was.
      expect(walks).toEqual([
        { title: 'Höstvandring', published: '2025-11-04 10:00', pre_meeting_on: '2025-09-30' },
        { title: 'Vårvandring', published: null, pre_meeting_on: null },
        { title: 'Sommarvandring', published: '2025-06-30 10:00', pre_meeting_on: '2025-06-20' },
      ])
      const observations = await tx.query<{ description: string; measure_status: string; observed: string }>(
        `SELECT o.description, o.measure_status, to_char(o.observed_at AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM-DD HH24:MI') AS observed
           FROM walk_observation o ORDER BY o.id`,
      )
      expect(observations).toEqual([
        { description: 'Mörk gångväg', measure_status: 'proposed', observed: '2025-10-14 18:00' },
        { description: 'Fin park', measure_status: 'none', observed: '2025-10-14 18:00' },
      ])
      // The method's order is now a rule: a pre-meeting after the walk is refused.
      await expect(
        tx.query(`UPDATE safety_walk SET pre_meeting_on = '2025-10-20' WHERE title = 'Höstvandring'`),
      ).rejects.toThrow(/safety_walk_pre_meeting_first/)
    })
  })

  it('006 gives every measure a proposal date and an empty reason, keeps an undated done one, and checks new writes', async () => {
    await upgradeWithRows(db, '005', async (tx) => {
      const measures = await tx.query<{ title: string; proposed_on: string; rejected_reason: string; status: string }>(
        `SELECT title, to_char(proposed_on, 'YYYY-MM-DD') AS proposed_on, rejected_reason, status FROM measure ORDER BY id`,
      )
      expect(measures).toEqual([
        { title: 'Belysning i parken', proposed_on: '2025-03-01', rejected_reason: '', status: 'done' },
        { title: 'Kamera vid stationen', proposed_on: '2025-02-01', rejected_reason: 'Tillstånd ges inte.', status: 'rejected' },
        { title: 'Röjning längs ån', proposed_on: expect.stringMatching(/^20\d\d-\d\d-\d\d$/), rejected_reason: '', status: 'proposed' },
        { title: 'Nya bänkar', proposed_on: expect.stringMatching(/^20\d\d-\d\d-\d\d$/), rejected_reason: '', status: 'done' },
      ])
      // The undated done measure stays; a new write must follow the rules.
      await tx.query('SAVEPOINT before_refusal')
      await expect(
        tx.query(`UPDATE measure SET title = 'Nya bänkar vid ån' WHERE title = 'Nya bänkar'`),
      ).rejects.toThrow(/measure_done_has_date/)
      await tx.query('ROLLBACK TO SAVEPOINT before_refusal')
      await expect(
        tx.query(`UPDATE measure SET decided_on = '2025-01-01' WHERE title = 'Belysning i parken'`),
      ).rejects.toThrow(/measure_dates_in_order/)
    })
  })

  it('007 adds promises whose indicators count the walks, meetings and measures already there', async () => {
    await upgradeWithRows(db, '006', async (tx) => {
      const [period] = await tx.query<{ id: number }>(
        `INSERT INTO promise_period (municipality_code, title, starts_on, ends_on, published_at)
         VALUES ('1781', 'Medborgarlöfte 2025', '2025-01-01', '2025-12-31', now()) RETURNING id`,
      )
      const [promise] = await tx.query<{ id: number }>(
        `INSERT INTO promise (period_id, position, text, responsible) VALUES ($1, 1, 'Vi lovar.', 'both') RETURNING id`,
        [period!.id],
      )
      await tx.query(
        `INSERT INTO promise_indicator (promise_id, position, kind, label, target_per_year)
         VALUES ($1, 1, 'walks_done', 'Vandringar', 2), ($1, 2, 'startup_meetings', 'Uppstartsmöten', 2),
                ($1, 3, 'centrum_measures_done', 'Åtgärder i centrum', NULL)`,
        [promise!.id],
      )
      const page = await promisePage(tx, await findPeriod(tx, period!.id, false), '2026-11-24')
      expect(page.years).toEqual([2025, 2026])
      expect(page.promises[0]!.indicators.map((indicator) => [indicator.kind, indicator.years[0]])).toEqual([
        ['walks_done', { year: 2025, value: 2, status: 'met' }],
        ['startup_meetings', { year: 2025, value: 1, status: 'not_met' }],
        ['centrum_measures_done', { year: 2025, value: 1, status: 'met' }],
      ])
    })
  })

  it('008 adds API tokens for the accounts already there, keeping their sessions and audit log', async () => {
    await upgradeWithRows(db, '007', async (tx) => {
      const [kept] = await tx.query<{ users: number; sessions: number; entries: number; periods: number }>(
        `SELECT (SELECT count(*)::integer FROM app_user) AS users, (SELECT count(*)::integer FROM user_session) AS sessions,
                (SELECT count(*)::integer FROM audit_entry) AS entries, (SELECT count(*)::integer FROM promise_period) AS periods`,
      )
      expect(kept).toEqual({ users: 3, sessions: 1, entries: 2, periods: 1 })
      const [admin] = await tx.query<{ id: number }>(`SELECT id FROM app_user WHERE email = 'admin@kristinehamn.example'`)
      const insert = (values: string) =>
        tx.query(`INSERT INTO api_token (name, role, scope, token_hash, prefix, created_by, expires_at, revoked_at, revoked_by) VALUES ${values}`)
      const hash = (digit: string) => `'${digit.repeat(64)}'`
      await insert(`('QGIS', 'kommun', 'read', ${hash('a')}, 'tgk_AbCdEf', ${admin!.id}, NULL, NULL, NULL)`)
      await insert(`('Skript', 'polis', 'read_write', ${hash('b')}, 'tgk_-_x9Zq', ${admin!.id}, now() + interval '1 day', now(), ${admin!.id})`)
      // What the table must never hold: a token in clear, a role or scope that does not exist, a
      // revocation without who did it, an expiry before the token was made, one hash twice.
      const refused: Array<[string, RegExp]> = [
        [`('X', 'kommun', 'read', 'tgk_thisIsTheTokenItself', 'tgk_AbCdEf', ${admin!.id}, NULL, NULL, NULL)`, /token_hash/],
        [`('X', 'public', 'read', ${hash('c')}, 'tgk_AbCdEf', ${admin!.id}, NULL, NULL, NULL)`, /role/],
        // Tokens are for systems, never for administration.
        [`('X', 'admin', 'read', ${hash('c')}, 'tgk_AbCdEf', ${admin!.id}, NULL, NULL, NULL)`, /role/],
        [`('X', 'kommun', 'write', ${hash('c')}, 'tgk_AbCdEf', ${admin!.id}, NULL, NULL, NULL)`, /scope/],
        [`('X', 'kommun', 'read', ${hash('c')}, 'AbCdEf', ${admin!.id}, NULL, NULL, NULL)`, /prefix/],
        [`('X', 'kommun', 'read', ${hash('c')}, 'tgk_AbCdEf', ${admin!.id}, NULL, now(), NULL)`, /check/],
        [`('X', 'kommun', 'read', ${hash('c')}, 'tgk_AbCdEf', ${admin!.id}, now() - interval '1 day', NULL, NULL)`, /check/],
        [`('', 'kommun', 'read', ${hash('c')}, 'tgk_AbCdEf', ${admin!.id}, NULL, NULL, NULL)`, /name/],
        [`('X', 'kommun', 'read', ${hash('a')}, 'tgk_AbCdEf', ${admin!.id}, NULL, NULL, NULL)`, /api_token_hash_key/],
        [`('X', 'kommun', 'read', ${hash('c')}, 'tgk_AbCdEf', 999999, NULL, NULL, NULL)`, /foreign key/],
      ]
      for (const [values, reason] of refused) {
        await tx.query('SAVEPOINT before_refusal')
        await expect(insert(values), values).rejects.toThrow(reason)
        await tx.query('ROLLBACK TO SAVEPOINT before_refusal')
      }
      const tokens = await tx.query<{ name: string; creator: string }>(
        'SELECT t.name, u.email AS creator FROM api_token t JOIN app_user u ON u.id = t.created_by ORDER BY t.id',
      )
      expect(tokens).toEqual([
        { name: 'QGIS', creator: 'admin@kristinehamn.example' },
        { name: 'Skript', creator: 'admin@kristinehamn.example' },
      ])
    })
  })

  it('009 versions every public map layer, and a write to a table behind a layer bumps that layer only', async () => {
    await upgradeWithRows(db, '008', async (tx) => {
      const [kept] = await tx.query<{ reports: number; observations: number; meetings: number; tokens: number }>(
        `SELECT (SELECT count(*)::integer FROM report) AS reports, (SELECT count(*)::integer FROM walk_observation) AS observations,
                (SELECT count(*)::integer FROM meeting_area) AS meetings, (SELECT count(*)::integer FROM api_token) AS tokens`,
      )
      expect(kept).toEqual({ reports: 2, observations: 1, meetings: 1, tokens: 1 })
      const versions = async () =>
        Object.fromEntries(
          (await tx.query<{ layer: string; version: number }>('SELECT layer, version FROM tile_layer_version')).map((row) => [row.layer, Number(row.version)]),
        ) as Record<string, number>
      const start = await versions()
      expect(Object.keys(start).sort()).toEqual(
        ['focus-zones', 'measures', 'municipalities', 'reports', 'safety-walks', 'urban-areas', 'walk-observations', 'watch-areas'],
      )
      const bumpedBy = async (statement: string) => {
        const before = await versions()
        await tx.query(statement)
        const after = await versions()
        for (const layer of Object.keys(before)) expect(after[layer]!, `${layer} after ${statement}`).toBeGreaterThanOrEqual(before[layer]!)
        return Object.keys(before).filter((layer) => after[layer] !== before[layer]).sort()
      }
      expect(await bumpedBy(`UPDATE report SET status = 'published', text_reviewed = true WHERE status = 'received'`)).toEqual(['reports'])
      // Once per statement, even when it changed no row.
      expect(await bumpedBy('UPDATE report SET me_too_count = me_too_count + 1 WHERE id < 0')).toEqual(['reports'])
      expect(await bumpedBy(`INSERT INTO meeting (kind, held_on, held_by) VALUES ('yearly', '2025-03-01', 'polis')`)).toEqual(['watch-areas'])
      expect(await bumpedBy('DELETE FROM meeting_area')).toEqual(['watch-areas'])
      expect(await bumpedBy(`UPDATE safety_walk SET protocol_published_at = NULL`)).toEqual(['safety-walks', 'walk-observations'])
      expect(await bumpedBy(`UPDATE measure SET cost_sek = 120000`)).toEqual(['measures'])
      expect(await bumpedBy('TRUNCATE focus_zone')).toEqual(['focus-zones'])
      // Tables that no public layer reads leave every version as it was.
      expect(await bumpedBy('DELETE FROM measure_report')).toEqual([])
      expect(await bumpedBy(`UPDATE api_token SET last_used_at = now()`)).toEqual([])
    })
  })

  it('010 gives every kommun account the one municipality, leaves the police and admins on the whole area, and keeps sessions', async () => {
    await upgradeWithRows(db, '009', async (tx) => {
      const accounts = await tx.query<{ email: string; role: string; municipality_code: string | null }>(
        'SELECT email, role, municipality_code FROM app_user ORDER BY id',
      )
      expect(accounts).toEqual([
        { email: 'admin@kristinehamn.example', role: 'admin', municipality_code: null },
        { email: 'polis@kristinehamn.example', role: 'polis', municipality_code: null },
        { email: 'planerare@kristinehamn.example', role: 'kommun', municipality_code: '1781' },
        { email: 'slutat@kristinehamn.example', role: 'kommun', municipality_code: '1781' },
      ])
      const [kept] = await tx.query<{ sessions: number; reports: number; periods: number }>(
        `SELECT (SELECT count(*)::integer FROM user_session) AS sessions, (SELECT count(*)::integer FROM report) AS reports,
                (SELECT count(*)::integer FROM promise_period) AS periods`,
      )
      expect(kept).toEqual({ sessions: 3, reports: 1, periods: 1 })
      // Every old account was placed, so the rule holds for all rows, old ones too.
      const [rule] = await tx.query<{ validated: boolean }>(
        `SELECT c.convalidated AS validated FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
          WHERE c.conname = 'app_user_kommun_has_municipality' AND n.nspname = 'upgrade_test'`,
      )
      expect(rule).toEqual({ validated: true })
      // The municipality the app served stays the installation's own; the next one comes after it.
      await tx.query(
        `INSERT INTO municipality (code, name, county, boundary)
         VALUES ('1760', 'Storfors', 'Värmlands län', ST_Multi(ST_MakeEnvelope(460000, 6560000, 480000, 6590000, 3006)))`,
      )
      const order = await tx.query<{ code: string }>('SELECT code FROM municipality ORDER BY added_order')
      expect(order.map((row) => row.code)).toEqual(['1781', '1760'])
      await tx.query(`UPDATE app_user SET municipality_code = '1760' WHERE email = 'planerare@kristinehamn.example'`)
      const refused: Array<[string, RegExp]> = [
        [`INSERT INTO app_user (email, role, password_hash) VALUES ('ny@kristinehamn.example', 'kommun', 'x')`, /app_user_kommun_has_municipality/],
        [`UPDATE app_user SET role = 'kommun' WHERE email = 'polis@kristinehamn.example'`, /app_user_kommun_has_municipality/],
        [`UPDATE app_user SET municipality_code = '9999' WHERE email = 'planerare@kristinehamn.example'`, /foreign key/],
      ]
      for (const [statement, reason] of refused) {
        await tx.query('SAVEPOINT before_refusal')
        await expect(tx.query(statement), statement).rejects.toThrow(reason)
        await tx.query('ROLLBACK TO SAVEPOINT before_refusal')
      }
    })
  })

  it('011 bumps the reports layer for public reports and their photos only, and the other layers as before', async () => {
    await upgradeWithRows(db, '010', async (tx) => {
      const [kept] = await tx.query<{ reports: number; photos: number }>(
        'SELECT (SELECT count(*)::integer FROM report) AS reports, (SELECT count(*)::integer FROM report_photo) AS photos',
      )
      expect(kept).toEqual({ reports: 2, photos: 2 })
      const versions = async () =>
        Object.fromEntries(
          (await tx.query<{ layer: string; version: number }>('SELECT layer, version FROM tile_layer_version')).map((row) => [row.layer, Number(row.version)]),
        ) as Record<string, number>
      const bumpedBy = async (statement: string) => {
        const before = await versions()
        await tx.query(statement)
        const after = await versions()
        return Object.keys(before).filter((layer) => after[layer] !== before[layer]).sort()
      }
      const waiting = `(SELECT id FROM report WHERE description LIKE 'Mörkt vid stationen%')`
      const published = `(SELECT id FROM report WHERE status = 'published')`
      // A report from the public and staff's work on it before it is published: no tile changes.
      expect(await bumpedBy(`INSERT INTO report (municipality_code, category, time_of_day, week_part, description, geom)
                             VALUES ('1781', 'other', 'day', 'all_week', 'Ny', ST_SetSRID(ST_MakePoint(441300, 6573900), 3006))`)).toEqual([])
      expect(await bumpedBy(`UPDATE report SET description = 'Mörkt vid stationen.' WHERE id = ${waiting}`)).toEqual([])
      expect(await bumpedBy(`UPDATE report_photo SET is_hidden = true WHERE report_id = ${waiting}`)).toEqual([])
      expect(await bumpedBy(`DELETE FROM report WHERE description = 'Ny'`)).toEqual([])
      // A public report or its photo, before or after the statement, is a new version.
      expect(await bumpedBy(`UPDATE report_photo SET is_hidden = true WHERE report_id = ${published}`)).toEqual(['reports'])
      expect(await bumpedBy(`UPDATE report SET status = 'published', text_reviewed = true WHERE id = ${waiting}`)).toEqual(['reports'])
      expect(await bumpedBy(`UPDATE report SET status = 'rejected', status_reason = 'Privat mark' WHERE description = 'Buskar vid ån'`)).toEqual(['reports'])
      expect(await bumpedBy(`DELETE FROM report WHERE status = 'published'`)).toEqual(['reports'])
      expect(await bumpedBy('TRUNCATE report_photo')).toEqual(['reports'])
      // The other tables bump their layers as 009 made them, through the same function.
      expect(await bumpedBy(`UPDATE municipality SET name = 'Kristinehamn'`)).toEqual(['municipalities'])
      expect(await bumpedBy('DELETE FROM meeting_area')).toEqual(['watch-areas'])
    })
  })

  it('012 counts the public reports per place once the app has counted them for its grid, and keeps them counted', async () => {
    await upgradeWithRows(db, '011', async (tx) => {
      const places = () =>
        tx.query<{ cell: string; reports: number; first: string }>(
          `SELECT p.cell_x || ',' || p.cell_y AS cell, p.reports, r.description AS first
             FROM public_report_place AS p JOIN report AS r ON r.id = p.first_report_id ORDER BY 1`,
        )
      // Not counted yet: the tiles read the reports themselves, and a write counts nothing.
      expect(await tx.query('SELECT * FROM report_grid')).toEqual([])
      await tx.query(`UPDATE report SET status = 'published' WHERE description = 'Mörkt vid stationen'`)
      expect(await places()).toEqual([])
      await tx.query(`UPDATE report SET status = 'received' WHERE description = 'Mörkt vid stationen'`)

      // Counted as the app counts them at start, for 50 m cells; then the triggers keep them.
      expect(await countReportPlacesIn(tx, 50)).toBe(true)
      expect(await places()).toEqual([
        { cell: '8830,131482', reports: 2, first: 'Buskar vid ån' },
        { cell: '8838,131488', reports: 1, first: 'Trasig trappa' },
      ])
      await tx.query(`UPDATE report SET status = 'published' WHERE description = 'Mörkt vid stationen'`)
      await tx.query(`DELETE FROM report WHERE description = 'Buskar vid ån'`)
      expect(await places()).toEqual([
        { cell: '8824,131476', reports: 1, first: 'Mörkt vid stationen' },
        { cell: '8830,131482', reports: 1, first: 'Buskar vid bron' },
        { cell: '8838,131488', reports: 1, first: 'Trasig trappa' },
      ])
    })
  })
})

describe('every migration', () => {
  it('after the first has a fixture of the version before it and a test above that upgrades it', async () => {
    const source = await readFile(import.meta.filename, 'utf8')
    const migrations = await readMigrations()
    for (const [index, migration] of migrations.entries()) {
      if (index === 0) continue
      const before = migrations[index - 1]!.version.slice(0, 3)
      const fixture = path.join(import.meta.dirname, '../migrations', `${before}-rows.sql`)
      await expect(readFile(fixture, 'utf8'), `${migration.version} needs tests/migrations/${before}-rows.sql`).resolves.toMatch(/INSERT/i)
      expect(source, `${migration.version} needs an upgrade test`).toContain(`upgradeWithRows(db, '${before}'`)
    }
  })
})
