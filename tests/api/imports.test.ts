/**
 * Importing GIS files (issue 9): every format into every target, the coordinate system read or
 * chosen, the attribute mapping, the per-feature report, and all or nothing – on both backends.
 * The files are real GDAL output (scripts/make-import-fixtures.sh).
 */
import { readFileSync } from 'node:fs'
import { strToU8, zipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sqlJs } from '../../server/sqlite/sql-js.ts'
import type { ApiSession } from '../support/api-session.ts'
import { ApiSession as PublicSession, logInAs } from '../support/api-session.ts'
import { backends } from '../support/test-backends.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url)).toString('base64')
const tables = { 'watch-areas': 'watch_area', 'walk-routes': 'safety_walk', measures: 'measure' } as const
type Target = keyof typeof tables

describe.each(backends)('importing GIS files on the %s database', (backend) => {
  let server: TestServer
  let police: ApiSession
  let planner: ApiSession

  beforeAll(async () => {
    server = await startTestServer({ backend })
    police = await logInAs(server.url, server.db, 'polis')
    planner = await logInAs(server.url, server.db, 'kommun')
  })
  afterAll(() => server.close())

  const sessionFor = (target: Target) => (target === 'watch-areas' ? police : planner)
  const preview = (target: Target, body: Record<string, unknown>) => sessionFor(target).post(`/api/imports/${target}/preview`, body)
  const save = (target: Target, body: Record<string, unknown>) => sessionFor(target).post(`/api/imports/${target}/save`, body)
  const count = async (target: Target) =>
    (await server.db.query<{ n: number }>(`SELECT count(*)::integer AS n FROM ${tables[target]}`))[0]!.n

  describe.each([
    ['watch-areas', 'areas-4326.geojson', 'geojson', 'EPSG:4326'],
    ['watch-areas', 'areas-3008.geojson', 'geojson', 'EPSG:3008'],
    ['watch-areas', 'areas-3006.zip', 'shapefile', 'EPSG:3006'],
    ['watch-areas', 'areas-3008.gpkg', 'geopackage', 'EPSG:3008'],
    ['walk-routes', 'routes-4326.geojson', 'geojson', 'EPSG:4326'],
    ['walk-routes', 'routes-3006.zip', 'shapefile', 'EPSG:3006'],
    ['walk-routes', 'routes-3008.gpkg', 'geopackage', 'EPSG:3008'],
    ['measures', 'measures-4326.geojson', 'geojson', 'EPSG:4326'],
    ['measures', 'measures-3006.zip', 'shapefile', 'EPSG:3006'],
    ['measures', 'measures-4326.gpkg', 'geopackage', 'EPSG:4326'],
  ] as const)('%s from %s', (target, file, format, crs) => {
    it('previews every feature in WGS84 with the CRS read from the file, then saves them all like the app does', async () => {
      const before = await count(target)
      const shown = await preview(target, { file_base64: fixture(file) })
      expect(shown.status, JSON.stringify(shown.body)).toBe(200)
      expect(shown.body).toMatchObject({ target, format, crs: { used: crs }, problem_count: 0 })
      expect(shown.body.features.length).toBeGreaterThan(0)
      for (const feature of shown.body.features) {
        expect(feature.problems).toEqual([])
        // The preview's coordinates are longitudes and latitudes in Kristinehamn, whatever the file's CRS.
        const [lon, lat] = JSON.stringify(feature.geometry.coordinates).match(/-?\d+\.\d+/g)!.map(Number)
        expect(lon).toBeGreaterThan(14.05)
        expect(lon).toBeLessThan(14.15)
        expect(lat).toBeGreaterThan(59.29)
        expect(lat).toBeLessThan(59.33)
      }
      expect(await count(target)).toBe(before)

      const saved = await save(target, { file_base64: fixture(file) })
      expect(saved.status, JSON.stringify(saved.body)).toBe(201)
      expect(saved.body.created).toHaveLength(shown.body.features.length)
      expect(saved.body.created.map((created: { label: string }) => created.label)).toEqual(shown.body.features.map((feature: { label: string }) => feature.label))
      expect(await count(target)).toBe(before + shown.body.features.length)
      const ids = saved.body.created.map((created: { id: number }) => String(created.id))
      const audited = await server.db.query<{ object_id: string }>(
        `SELECT object_id FROM audit_entry WHERE action = 'create' AND object_type = $1 AND object_id = ANY($2::text[])`,
        [{ 'watch-areas': 'watch_area', 'walk-routes': 'safety_walk', measures: 'measure' }[target], ids],
      )
      expect(audited.map((row) => row.object_id).sort()).toEqual([...ids].sort())
    })
  })

  it('keeps å, ä and ö from a Shapefile in ISO-8859-1 (.cpg) and from GeoPackage and GeoJSON in UTF-8', async () => {
    for (const file of ['areas-3006.zip', 'areas-4326.gpkg', 'areas-3008.geojson']) {
      const shown = await preview('watch-areas', { file_base64: fixture(file) })
      expect(shown.body.features.map((feature: { label: string }) => feature.label)).toEqual(['Exempel: Import Östra Ängen', 'Exempel: Import Åsgården'])
    }
  })

  it('suggests a mapping from the attribute names and fills the fields from it, with defaults for the rest', async () => {
    const shown = await preview('walk-routes', { file_base64: fixture('routes-3008.gpkg') })
    expect(shown.body.attributes).toEqual(['titel', 'starttid', 'minuter', 'ljus', 'samling'])
    expect(shown.body.mapping).toEqual({ title: 'titel', starts_at: 'starttid', duration_minutes: 'minuter', light: 'ljus', meeting_point_name: 'samling' })
    expect(shown.body.fields.find((field: { name: string }) => field.name === 'starts_at')).toMatchObject({ required: true, kind: 'datetime' })
    const [evening, past] = shown.body.features
    // A time without an offset is Swedish time: 19:00 in April is summer time.
    expect(evening.values).toMatchObject({ title: 'Exempel: Kvällsvandring i centrum', starts_at: '2027-04-20T19:00:00+02:00', duration_minutes: 90, light: 'dark', status: 'planned', meeting_point_name: 'Norra torget', invited: '' })
    expect(past.values).toMatchObject({ light: 'daylight', status: 'done' })

    const areas = await preview('watch-areas', { file_base64: fixture('areas-3006.zip') })
    expect(areas.body.mapping).toEqual({ name: 'namn', status: 'status', households: 'hushall' })
    expect(areas.body.features[1].values).toMatchObject({ status: 'planned', households: 12 })
  })

  it('uses the mapping sent instead, and reports a required field left unmapped on every feature', async () => {
    const mapped = await preview('walk-routes', { file_base64: fixture('routes-4326.geojson'), mapping: { title: 'samling', starts_at: 'starttid' } })
    expect(mapped.status).toBe(200)
    expect(mapped.body.mapping).toEqual({ title: 'samling', starts_at: 'starttid' })
    expect(mapped.body.features[0].values).toMatchObject({ title: 'Norra torget', duration_minutes: 120, light: 'daylight', meeting_point_name: 'Rutten startpunkt' })

    const unmapped = await preview('walk-routes', { file_base64: fixture('routes-4326.geojson'), mapping: { title: 'titel' } })
    expect(unmapped.body.problem_count).toBe(2)
    for (const feature of unmapped.body.features) {
      expect(feature.problems).toEqual([{ field: 'starts_at', message: 'The walk has no start time.', message_sv: 'Vandringen saknar starttid.' }])
    }

    const badValue = await preview('walk-routes', { file_base64: fixture('routes-4326.geojson'), mapping: { title: 'titel', starts_at: 'titel' } })
    expect(badValue.body.features[0].problems[0]).toMatchObject({ field: 'starts_at', message: expect.stringMatching(/is not a time/) })

    const unknownAttribute = await preview('walk-routes', { file_base64: fixture('routes-4326.geojson'), mapping: { title: 'rubrik' } })
    expect(unknownAttribute.status).toBe(400)
    expect(unknownAttribute.body.error.fields).toEqual([expect.objectContaining({ field: 'mapping.title', message: 'The file has no attribute "rubrik".' })])
    const unknownField = await preview('walk-routes', { file_base64: fixture('routes-4326.geojson'), mapping: { colour: 'titel' } })
    expect(unknownField.status).toBe(400)
    expect(unknownField.body.error.fields[0].field).toBe('mapping.colour')
  })

  it('asks for the CRS when a Shapefile has no .prj, takes the one chosen, and refuses one that contradicts the file', async () => {
    const before = await count('watch-areas')
    const silent = await preview('watch-areas', { file_base64: fixture('bad-no-prj.zip') })
    expect(silent.status).toBe(400)
    expect(silent.body.error).toMatchObject({ code: 'crs_unknown', message: expect.stringContaining('EPSG:4326, EPSG:3006, EPSG:3008') })
    expect((await save('watch-areas', { file_base64: fixture('bad-no-prj.zip') })).status).toBe(400)

    const chosen = await preview('watch-areas', { file_base64: fixture('bad-no-prj.zip'), crs: 'EPSG:3006' })
    expect(chosen.status).toBe(200)
    expect(chosen.body).toMatchObject({ crs: { declared: null, used: 'EPSG:3006' }, problem_count: 0 })
    // The wrong choice puts the areas far from Kristinehamn: every feature says so, nothing is saved.
    const wrong = await preview('watch-areas', { file_base64: fixture('bad-no-prj.zip'), crs: 'EPSG:3008' })
    expect(wrong.body.problem_count).toBe(2)
    expect(wrong.body.features[0].problems[0].message).toMatch(/inside the municipality.*EPSG:3008/)

    const contradicting = await preview('watch-areas', { file_base64: fixture('areas-3006.zip'), crs: 'EPSG:3008' })
    expect(contradicting.status).toBe(400)
    expect(contradicting.body.error.code).toBe('crs_mismatch')
    expect(await count('watch-areas')).toBe(before)
  })

  it('refuses a file in a CRS it does not take, naming it, even when another is chosen', async () => {
    const before = await count('watch-areas')
    for (const crs of [undefined, 'EPSG:3006']) {
      const body = { file_base64: fixture('bad-areas-3857.gpkg'), ...(crs && { crs }) }
      for (const answer of [await preview('watch-areas', body), await save('watch-areas', body)]) {
        expect(answer.status).toBe(400)
        expect(answer.body.error.code).toBe('crs_not_accepted')
        expect(answer.body.error.message).toContain('EPSG:3857 (WGS 84 / Pseudo-Mercator)')
        expect(answer.body.error.message_sv).toContain('EPSG:3857')
      }
    }
    expect(await count('watch-areas')).toBe(before)
  })

  it('reports the wrong geometry type per feature and saves nothing', async () => {
    const points = await preview('watch-areas', { file_base64: fixture('bad-points-as-areas.geojson') })
    expect(points.body.problem_count).toBe(2)
    expect(points.body.features[0].problems).toContainEqual({
      field: 'geometry',
      message: 'Wrong geometry type: the feature is a point (Point), a neighbourhood watch area must be an area (Polygon or MultiPolygon).',
      message_sv: 'Fel geometrityp: objektet är en punkt (Point), ett grannsamverkansområde ska vara en yta (Polygon eller MultiPolygon).',
    })
    // The map still shows where the point is.
    expect(points.body.features[0].geometry.type).toBe('Point')
    const lines = await preview('watch-areas', { file_base64: fixture('routes-3006.zip'), mapping: { name: 'titel' } })
    expect(lines.body.features[0].problems[0].message).toMatch(/^Wrong geometry type: the feature is a line \(LineString\)/)
    const routesAsAreas = await preview('walk-routes', { file_base64: fixture('areas-4326.geojson'), mapping: { title: 'namn' } })
    expect(routesAsAreas.body.features[0].problems).toContainEqual(
      expect.objectContaining({ field: 'geometry', message: expect.stringMatching(/^Wrong geometry type: the feature is an area \(Polygon\), a walk route must be a line/) }),
    )
    const before = await count('watch-areas')
    const refused = await save('watch-areas', { file_base64: fixture('bad-points-as-areas.geojson') })
    expect(refused.status).toBe(400)
    expect(refused.body.error.code).toBe('import_has_problems')
    expect(await count('watch-areas')).toBe(before)
  })

  it('saves nothing when one feature of several has a problem, and says which', async () => {
    const shown = await preview('watch-areas', { file_base64: fixture('bad-outside-municipality.geojson') })
    expect(shown.body.features.map((feature: { ok: boolean }) => feature.ok)).toEqual([true, false])
    expect(shown.body.features[1].problems).toEqual([
      { field: 'geometry', message: 'The area must lie inside the municipality.', message_sv: 'Området måste ligga inom kommunen.' },
    ])
    const before = await count('watch-areas')
    const audits = (await server.db.query<{ n: number }>('SELECT count(*)::integer AS n FROM audit_entry'))[0]!.n
    const refused = await save('watch-areas', { file_base64: fixture('bad-outside-municipality.geojson') })
    expect(refused.status).toBe(400)
    expect(refused.body.error).toMatchObject({ code: 'import_has_problems', message: expect.stringMatching(/^Nothing was saved: 1 feature has problems/) })
    expect(refused.body.error.fields).toEqual([
      { field: 'features.1.geometry', message: 'Feature 2 (Exempel: Import i Stockholm): The area must lie inside the municipality.', message_sv: 'Objekt 2 (Exempel: Import i Stockholm): Området måste ligga inom kommunen.' },
    ])
    expect(await count('watch-areas')).toBe(before)
    expect((await server.db.query<{ n: number }>('SELECT count(*)::integer AS n FROM audit_entry'))[0]!.n).toBe(audits)
  })

  it('refuses corrupt, unknown and empty files with a sentence, never a 500', async () => {
    const cases: Array<[string, string, number, string]> = [
      ['a truncated zip', fixture('bad-truncated.zip'), 400, 'file_unreadable'],
      ['a truncated GeoPackage', readFileSync(new URL('../fixtures/import/routes-3008.gpkg', import.meta.url)).subarray(0, 6000).toString('base64'), 400, 'file_unreadable'],
      ['a PNG', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').toString('base64'), 400, 'file_format_unknown'],
      ['broken JSON', Buffer.from('{"type": "FeatureCollection", "features": [').toString('base64'), 400, 'file_unreadable'],
      ['JSON that is no GeoJSON', Buffer.from('{"hello": "world"}').toString('base64'), 400, 'file_unreadable'],
      ['a collection without features', Buffer.from('{"type": "FeatureCollection", "features": []}').toString('base64'), 400, 'file_empty'],
      ['a zip without a Shapefile', zipOf('readme.txt', 'hej'), 400, 'file_unreadable'],
      ['a GeometryCollection holding null', jsonOf('{"type": "Feature", "properties": {}, "geometry": {"type": "GeometryCollection", "geometries": [null]}}'), 400, 'file_unreadable'],
      ['coordinates nested 100,000 deep', jsonOf(`{"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": ${'['.repeat(100_000)}1${']'.repeat(100_000)}}}`), 400, 'file_unreadable'],
      ['a GeoPackage whose features are a view', await geoPackageWithView(), 400, 'file_unreadable'],
    ]
    const before = await count('watch-areas')
    for (const [name, file_base64, status, code] of cases) {
      for (const answer of [await preview('watch-areas', { file_base64 }), await save('watch-areas', { file_base64 })]) {
        expect(answer.status, name).toBe(status)
        expect(answer.body.error.code, name).toBe(code)
        expect(answer.body.error.message_sv, name).toMatch(/\.$/)
      }
    }
    const notBase64 = await preview('watch-areas', { file_base64: 'this is not base64!' })
    expect(notBase64.status).toBe(400)
    expect(notBase64.body.error.fields[0].field).toBe('file_base64')
    expect(await count('watch-areas')).toBe(before)
  })

  it('refuses a file over the limits: too many features, or a request over IMPORT_LIMIT_KB', async () => {
    const many = {
      type: 'FeatureCollection',
      features: Array.from({ length: 5001 }, (_, i) => ({ type: 'Feature', properties: { namn: `Exempel ${i}` }, geometry: { type: 'Point', coordinates: [14.1, 59.31] } })),
    }
    const tooMany = await preview('watch-areas', { file_base64: Buffer.from(JSON.stringify(many)).toString('base64') })
    expect(tooMany.status).toBe(413)
    expect(tooMany.body.error).toMatchObject({ code: 'too_many_features', message: expect.stringContaining('5001') })
    const huge = await preview('watch-areas', { file_base64: Buffer.alloc(5_200_000, 32).toString('base64') })
    expect(huge.status).toBe(413)
    expect(huge.body.error.code).toBe('body_too_large')
  })

  it('lets only the roles that may create the target import into it', async () => {
    const file_base64 = fixture('areas-4326.geojson')
    const admin = await logInAs(server.url, server.db, 'admin')
    expect((await planner.post('/api/imports/watch-areas/preview', { file_base64 })).status).toBe(403)
    expect((await police.post('/api/imports/walk-routes/preview', { file_base64 })).status).toBe(403)
    expect((await police.post('/api/imports/measures/save', { file_base64 })).status).toBe(403)
    expect((await new PublicSession(server.url).post('/api/imports/measures/preview', { file_base64 })).status).toBe(401)
    expect((await admin.post('/api/imports/watch-areas/preview', { file_base64 })).status).toBe(200)
  })
})

/** A zip holding one text file and no Shapefile. */
const zipOf = (name: string, text: string) => Buffer.from(zipSync({ [name]: strToU8(text) })).toString('base64')

/** Text as a file to send. */
const jsonOf = (text: string) => Buffer.from(text).toString('base64')

/**
 * A real GeoPackage whose feature table is swapped for a view. Its `WITH RECURSIVE` ends after a
 * million rows so that this test ends even if the view were run; one without end would block the
 * server for good.
 */
async function geoPackageWithView(): Promise<string> {
  const sqlite = await sqlJs()
  const db = new sqlite.Database(readFileSync(new URL('../fixtures/import/areas-4326.gpkg', import.meta.url)))
  try {
    db.run(`CREATE VIEW endless AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000) SELECT i AS fid, NULL AS geom FROM n;
            UPDATE gpkg_contents SET table_name = 'endless'; UPDATE gpkg_geometry_columns SET table_name = 'endless', column_name = 'geom'`)
    return Buffer.from(db.export()).toString('base64')
  } finally {
    db.close()
  }
}
