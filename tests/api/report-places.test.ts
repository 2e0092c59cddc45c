/**
 * The public reports counted per grid cell (migration 012), which the zoomed-out reports tiles of
 * all time read instead of every report: after any write the table equals a fresh count made the
 * way the public sees a report (its coarsened point), and the tiles made from it equal the tiles
 * made from the reports themselves, on each backend.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateReports } from '../../data/seed/large/large-reports.ts'
import type { Database } from '../../server/db/database.ts'
import type { PublicSettings } from '../../server/ogc/collections.ts'
import type { DatetimeFilter } from '../../server/ogc/datetime-param.ts'
import { coarsenedPoint } from '../../server/reports/coarse-location.ts'
import { countReportPlaces } from '../../server/reports/report-places.ts'
import { PUBLIC_STATUSES_SQL } from '../../server/reports/report-visibility.ts'
import { findTileLayer } from '../../server/tiles/tile-layers.ts'
import { tileQuery } from '../../server/tiles/tile-query.ts'
import { tileAt, TOWN_CENTRE } from '../../scripts/bench/tile-sample.ts'
import { backends, TEST_REFERENCE_DATE } from '../support/test-backends.ts'
import { openTestDatabase } from '../support/test-database.ts'

// Every report since 1900: a period, so the tile reads the reports themselves.
const ALL_TIME: DatetimeFilter = { instant: false, start: { kind: 'date', value: '1900-01-01' } }
// Norra torget, where the generated reports are densest.
const densestTile = (z: number) => tileAt(...TOWN_CENTRE, z)

describe.each(backends)('public reports counted per place on the %s database', (backend) => {
  let db: Database
  let drop: () => Promise<void>

  beforeAll(async () => {
    ;({ db, drop } = await openTestDatabase(backend))
  })
  afterAll(() => drop())

  /** The table, and the same counted afresh from the reports at their public (coarsened) place. */
  async function countedAndFresh(metres = 50) {
    const counted = await db.query<{ centre: string; place: string; reports: number; first: number }>(
      `SELECT ST_AsText(geom) AS centre, ST_AsText(ST_SetSRID(ST_MakePoint(mercator_x, mercator_y), 3857)) AS place,
              reports, first_report_id AS first
         FROM public_report_place ORDER BY 1`,
    )
    const fresh = await db.query<{ centre: string; place: string; reports: number; first: number }>(
      `SELECT ST_AsText(centre) AS centre, ST_AsText(ST_Transform(centre, 3857)) AS place, count(*)::integer AS reports, min(id) AS first
         FROM (SELECT r.id, ${coarsenedPoint('r.geom', '$1::double precision')} AS centre
                 FROM report AS r WHERE r.status IN ${PUBLIC_STATUSES_SQL}) AS public_report
        GROUP BY centre ORDER BY 1`,
      [metres],
    )
    return { counted, fresh }
  }

  async function expectCountedAsFresh(step: string, metres = 50) {
    const { counted, fresh } = await countedAndFresh(metres)
    expect(fresh.length, step).toBeGreaterThan(0)
    expect(counted, step).toEqual(fresh)
  }

  /** A tile's features as GeoJSON, made from the counted places (no period) or from the reports. */
  async function tileFeatures(address: { z: number; x: number; y: number }, settings: PublicSettings, datetime?: DatetimeFilter) {
    const query = tileQuery(findTileLayer('reports')!, settings, address, 'geojson', datetime)!
    const [row] = await db.query<{ features: string }>(query.sql, query.values)
    return (JSON.parse(row!.features) as { id: number | null }[]).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
  }

  it('counts the demo reports at start, and a second count for the same grid leaves them', async () => {
    await expectCountedAsFresh('the template, counted as at start')
    expect(await countReportPlaces(db, 50)).toBe(false)
  })

  it('stays equal to a fresh count through every kind of write to the reports', async () => {
    const insert = (status: string, lon: number, lat: number) =>
      db.query<{ id: number }>(
        `INSERT INTO report (municipality_code, category, time_of_day, week_part, description, status, text_reviewed, geom)
         VALUES ('1781', 'lighting', 'evening', 'all_week', 'Mörk gång', $1, true, ST_Transform(ST_SetSRID(ST_MakePoint($2, $3), 4326), 3006))
         RETURNING id`,
        [status, lon, lat],
      )
    const [first] = await insert('published', 14.10001, 59.30001)
    await expectCountedAsFresh('a published report')
    await insert('published', 14.10002, 59.30002)
    const [waiting] = await insert('received', 14.10003, 59.30003)
    await expectCountedAsFresh('a second report in the same cell, and one awaiting moderation')

    await db.query(`UPDATE report SET status = 'published' WHERE id = $1`, [waiting!.id])
    await expectCountedAsFresh('the waiting report published')
    await db.query(`UPDATE report SET status = 'rejected', status_reason = 'Privat mark' WHERE id = $1`, [first!.id])
    await expectCountedAsFresh('the first report rejected: the cell keeps the others, with another first report')
    await db.query(`UPDATE report SET geom = ST_Translate(geom, 500, 0) WHERE id = $1`, [waiting!.id])
    await expectCountedAsFresh('a report moved 500 m east')
    await db.query(`UPDATE report SET description = 'Mörk gång vid ån', me_too_count = me_too_count + 1`)
    await expectCountedAsFresh('every report’s text changed, none moved')
    await db.query(`DELETE FROM report WHERE id = $1`, [waiting!.id])
    await expectCountedAsFresh('a report deleted')

    await generateReports(db, 3000, TEST_REFERENCE_DATE)
    await expectCountedAsFresh('3,000 reports in one statement')
  })

  it('makes the same zoomed-out tiles as the reports themselves, and every tile when counted for another grid', async () => {
    const settings = { reportGridMetres: 50 }
    for (const z of [9, 11, 12, 13, 14, 15]) {
      for (const address of [densestTile(z), { ...densestTile(z), x: densestTile(z).x + 1 }]) {
        const fromPlaces = await tileFeatures(address, settings)
        expect(fromPlaces, `z${z}`).toEqual(await tileFeatures(address, settings, ALL_TIME))
        if (z === 12) expect(fromPlaces.length).toBeGreaterThan(10)
      }
    }
    // Counted for 40 m: a 50 m tile cannot use them and reads the reports; a 40 m one uses them.
    const address = densestTile(13)
    const before = await tileFeatures(address, settings)
    expect(await countReportPlaces(db, 40)).toBe(true)
    await expectCountedAsFresh('counted afresh for 40 m cells', 40)
    expect(await tileFeatures(address, settings)).toEqual(before)
    expect(await tileFeatures(address, { reportGridMetres: 40 })).toEqual(await tileFeatures(address, { reportGridMetres: 40 }, ALL_TIME))
    expect(await tileFeatures(address, { reportGridMetres: 40 })).not.toEqual(before)
  })

  it('counts once when two processes start together', async () => {
    const counted = await Promise.all([countReportPlaces(db, 60), countReportPlaces(db, 60)])
    expect(counted.sort()).toEqual([false, true])
    await expectCountedAsFresh('counted for 60 m', 60)
  })

  it('empties with the reports', async () => {
    await db.query('TRUNCATE report CASCADE')
    expect(await db.query('SELECT * FROM public_report_place')).toEqual([])
  })
})
