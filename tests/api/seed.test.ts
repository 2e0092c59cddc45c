import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDatabase } from '../../data/seed/seed.ts'
import { backends, TEST_REFERENCE_DATE } from '../support/test-backends.ts'
import { openTestDatabase } from '../support/test-database.ts'
import type { TestDatabase } from '../support/test-database.ts'

describe.each(backends)('seeding the %s database', (backend) => {
  let test: TestDatabase

  beforeAll(async () => {
    test = await openTestDatabase(backend)
  })
  afterAll(() => test.drop())

  const fingerprint = () =>
    test.db.query<{ name: string; area: number; startup: string | null }>(
      `SELECT name, round(ST_Area(geom))::int AS area, startup_meeting_on::text AS startup FROM watch_area ORDER BY name`,
    )

  it('replaces the demo set with the same set for the same date, keeping what is not demo data', async () => {
    const before = await fingerprint()
    await test.db.query(
      `INSERT INTO watch_area (municipality_code, name, status, geom)
       VALUES ('1781', 'Riktigt område', 'active', ST_Multi(ST_Buffer(ST_SetSRID(ST_MakePoint(449000, 6574000), 3006), 80)))`,
    )
    await seedDatabase(test.db, TEST_REFERENCE_DATE)
    const after = await fingerprint()
    expect(after.filter((row) => row.name !== 'Riktigt område')).toEqual(before)
    expect(after.some((row) => row.name === 'Riktigt område')).toBe(true)
    const [municipalities] = await test.db.query<{ count: number }>('SELECT count(*)::int AS count FROM municipality')
    // Kristinehamn and the rest of the police area, Storfors and Filipstad: real data, loaded once.
    expect(municipalities?.count).toBe(3)
  })

  it('puts every demo feature inside the municipality', async () => {
    const outside = await test.db.query(
      `SELECT 'report' AS kind, r.id FROM report r, municipality m WHERE m.code = '1781' AND NOT ST_Within(r.geom, m.boundary)
       UNION ALL SELECT 'area', a.id FROM watch_area a, municipality m WHERE m.code = '1781' AND NOT ST_Within(a.geom, m.boundary)
       UNION ALL SELECT 'walk', w.id FROM safety_walk w, municipality m WHERE m.code = '1781' AND NOT ST_Within(w.route, m.boundary)
       UNION ALL SELECT 'measure', x.id FROM measure x, municipality m WHERE m.code = '1781' AND NOT ST_Within(x.geom, m.boundary)`,
    )
    expect(outside).toEqual([])
  })

  it('holds at least two safety walks in each year of the 2016–2017 promise and starts in the centre', async () => {
    const perYear = await test.db.query<{ year: number; walks: number }>(
      `SELECT extract(year FROM starts_at)::int AS year, count(*)::int AS walks FROM safety_walk
       WHERE status = 'done' GROUP BY 1 ORDER BY 1`,
    )
    expect(perYear.find((row) => row.year === 2016)?.walks).toBeGreaterThanOrEqual(2)
    expect(perYear.find((row) => row.year === 2017)?.walks).toBeGreaterThanOrEqual(2)
    const [centre] = await test.db.query<{ share: number }>(
      `SELECT avg((ST_DWithin(r.geom, z.geom, 150))::int)::float AS share FROM report r, focus_zone z WHERE z.kind = 'centrum'`,
    )
    expect(centre?.share).toBeGreaterThan(0.5)
  })
})

describe.each(backends)('reseeding the %s database with real data on demo rows', (backend) => {
  let test: TestDatabase

  beforeAll(async () => {
    test = await openTestDatabase(backend)
  })
  afterAll(() => test.drop())

  it('changes nothing and says why, instead of deleting the real rows with their demo parents', async () => {
    await test.db.query(
      `INSERT INTO contact_person (area_id, name, is_demo) SELECT id, 'Verklig Kontakt', false FROM watch_area WHERE is_demo LIMIT 1`,
    )
    const before = await test.db.query<{ count: number }>('SELECT count(*)::int AS count FROM watch_area')
    await expect(seedDatabase(test.db, TEST_REFERENCE_DATE)).rejects.toThrow(/Nothing was changed/)
    expect(await test.db.query<{ count: number }>('SELECT count(*)::int AS count FROM watch_area')).toEqual(before)
    expect(await test.db.query("SELECT 1 FROM contact_person WHERE name = 'Verklig Kontakt'")).toHaveLength(1)
  })
})
