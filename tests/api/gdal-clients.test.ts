/**
 * Issue 9, requirement 2: real GIS clients read our OGC API – Features. GDAL's `ogrinfo` lists the
 * collections and `ogr2ogr` (the OAPIF driver, as QGIS uses it) reads every public collection
 * completely across pages, reprojected to SWEREF 99 13 30 (EPSG:3008); what GDAL wrote is compared
 * with what the database holds – ids, properties, and every coordinate against PostGIS's own
 * transform of the geometry the public sees. With a staff session cookie or an API token (sent
 * through GDAL_HTTP_HEADERS, as a GIS would) GDAL also lists and reads the staff-only collections.
 *
 * CI installs Debian's gdal-bin and sets REQUIRE_GDAL=1, so there a missing GDAL fails; on a
 * developer's machine without it these tests are skipped with the reason.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readConfig } from '../../server/config.ts'
import { collections, staffCollections } from '../../server/ogc/collections.ts'
import type { CollectionDefinition, PublicSettings } from '../../server/ogc/collections.ts'
import { SqlParams } from '../../server/ogc/sql-params.ts'
import { logInAs } from '../support/api-session.ts'
import type { ApiSession } from '../support/api-session.ts'
import { fetchedUrls, findGdal, listedLayers, runGdal } from '../support/gdal.ts'
import { backends } from '../support/test-backends.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

const gdal = findGdal()
const gdalRequired = process.env.REQUIRE_GDAL === '1'

/** Small, so that every collection with more features than this is read over several pages. */
const PAGE_SIZE = 10
/**
 * The API rounds WGS84 to 6 decimals (at most 0.056 m north–south and 0.028 m east–west here);
 * GDAL's and PostGIS's transforms to EPSG:3008 (both PROJ) agree far closer than that.
 */
const TOLERANCE_METRES = 0.3

interface Feature {
  id?: string | number
  geometry: { type: string; coordinates: unknown } | null
  properties: Record<string, unknown>
}

interface FeatureCollectionFile {
  crs?: { properties?: { name?: string } }
  features: Feature[]
}

interface DatabaseFeature {
  id: string | number
  properties: Record<string, unknown>
  geometry: { type: string; coordinates: unknown }
}

it(`GDAL's ogrinfo and ogr2ogr with the OAPIF driver are installed`, (context) => {
  if ('missing' in gdal) {
    // CI installs gdal-bin (.ci/run) and requires it; elsewhere the reason is shown as the skip's note.
    if (gdalRequired) throw new Error(`REQUIRE_GDAL=1 but ${gdal.missing}: install Debian's gdal-bin`)
    context.skip(`${gdal.missing}: install Debian's gdal-bin to read the OGC API with GDAL`)
  }
  expect(gdal).toHaveProperty('version')
})

describe.runIf('version' in gdal).each(backends)('GDAL reads the OGC API on the %s database', (backend) => {
  let server: TestServer
  let scratch: string
  const settings: PublicSettings = { reportGridMetres: readConfig({}).reportGridMetres }
  const source = () => `OAPIF:${server.url}/ogc`

  beforeAll(async () => {
    server = await startTestServer({ backend })
    scratch = await mkdtemp(path.join(os.tmpdir(), 'trygg-gdal-'))
  })
  afterAll(async () => {
    await server?.close()
    if (scratch) await rm(scratch, { recursive: true, force: true })
  })

  /** What a collection shows, straight from the database with the collection's own SQL, reprojected by PostGIS. */
  async function databaseFeatures(collection: CollectionDefinition): Promise<DatabaseFeature[]> {
    const params = new SqlParams()
    const geometry = collection.geometry(params, settings)
    return server.db.query<DatabaseFeature & Record<string, unknown>>(
      `SELECT ${collection.idColumn} AS id, ${collection.properties} AS properties,
              ST_AsGeoJSON(ST_Transform(${geometry}, 3008))::json AS geometry
       FROM ${collection.from} WHERE ${collection.where} ORDER BY 1`,
      params.values,
    )
  }

  it('ogrinfo lists every public collection, with the feature count the database holds', async () => {
    const listed = (await (await fetch(`${server.url}/ogc/collections`)).json()) as { collections: { id: string }[] }
    const publicIds = collections.map(({ id }) => id)
    expect(listed.collections.map(({ id }) => id)).toEqual(publicIds)

    const { stdout, stderr } = await runGdal('ogrinfo', ['-ro', '-so', source()])
    expect(stderr.match(/^(ERROR|Warning) \d+:.*$/gm) ?? []).toEqual([])
    expect(listedLayers(stdout)).toEqual(listed.collections.map(({ id }) => id))

    // -al: every layer's summary; its feature count comes from the server's numberMatched.
    const summary = (await runGdal('ogrinfo', ['-ro', '-so', '-al', source()])).stdout
    const counts = Object.fromEntries(
      summary.split(/^Layer name: /m).slice(1).map((block) => [block.split('\n')[0]!.trim(), Number(block.match(/^Feature Count: (\d+)/m)?.[1])]),
    )
    for (const collection of collections) {
      expect(counts[collection.id], collection.id).toBe((await databaseFeatures(collection)).length)
    }
  })

  /**
   * ogr2ogr reads the whole collection into a GeoJSON file in EPSG:3008, over pages of PAGE_SIZE;
   * it must hold exactly what the database holds. A credential header (`Name: value`) is sent by
   * GDAL (its GDAL_HTTP_HEADERS option) and by the check of the pages.
   */
  async function expectGdalReadsAll(collection: CollectionDefinition, credential?: string) {
    const { id } = collection
    const file = path.join(scratch, `${id}-${backend}-${credential ? 'staff' : 'public'}.geojson`)
    // -preserve_fid: GDAL keeps an integer feature id as the feature's FID and writes it out as `id`.
    const { stderr } = await runGdal(
      'ogr2ogr',
      ['-f', 'GeoJSON', file, source(), id, '-t_srs', 'EPSG:3008', '-preserve_fid', '-oo', `PAGE_SIZE=${PAGE_SIZE}`],
      credential ? { GDAL_HTTP_HEADERS: credential } : {},
    )
    // Anything GDAL could not make sense of in our answers (a link, a schema, a value) it reports as a warning.
    expect(stderr.match(/^(ERROR|Warning) \d+:.*$/gm) ?? []).toEqual([])
    const written = JSON.parse(await readFile(file, 'utf8')) as FeatureCollectionFile
    expect(written.crs?.properties?.name).toBe('urn:ogc:def:crs:EPSG::3008')

    const expected = await databaseFeatures(collection)
    expect(expected.length).toBeGreaterThan(0)
    const read = new Map(written.features.map((feature) => readFeature(collection, feature)))
    expect(written.features).toHaveLength(expected.length)
    expect([...read.keys()].sort()).toEqual(expected.map((feature) => String(feature.id)).sort())

    for (const feature of expected) {
      const gdalFeature = read.get(String(feature.id))!
      expect(normalise(gdalFeature.properties), `${id} ${feature.id}`).toEqual(normalise(feature.properties))
      expectSameGeometry(gdalFeature.geometry, feature.geometry, `${id} ${feature.id}`)
    }

    // GDAL builds the first page's URL itself (from the collection's `items` link, with its page size),
    // then follows the server's `next` links: the pages it fetched are exactly that chain.
    const pages = [...new Set(fetchedUrls(stderr).filter((url) => url.includes(`/collections/${id}/items`)))]
    expect(pages[0]).toContain(`limit=${PAGE_SIZE}`)
    expect(pages).toEqual(await nextChain(pages[0]!, credential))
    expect(pages).toHaveLength(Math.max(1, Math.ceil(expected.length / PAGE_SIZE)))
  }

  it.each(collections.map((collection) => [collection.id, collection] as const))(
    'ogr2ogr reads all of %s across pages, reprojected to EPSG:3008, as the database holds it',
    (_id, collection) => expectGdalReadsAll(collection),
  )

  describe('staff-only collections', () => {
    let admin: ApiSession
    const credentials: Record<string, string> = {}

    beforeAll(async () => {
      admin = await logInAs(server.url, server.db, 'admin')
      const staff = await logInAs(server.url, server.db, 'kommun')
      credentials['a staff session cookie'] = `Cookie: ${staff.cookie}`
      // What a planner's QGIS gets: a read-only token for the kommun role, made on the admin screen.
      const created = await admin.post('/api/api-tokens', { name: 'GDAL i testerna', role: 'kommun', scope: 'read' })
      expect(created.status).toBe(201)
      credentials['an API token'] = `Authorization: Bearer ${created.body.secret}`
    })

    it('are neither listed nor readable for GDAL without a session or token', async () => {
      const listed = listedLayers((await runGdal('ogrinfo', ['-ro', '-so', source()])).stdout)
      for (const { id } of staffCollections) {
        expect(listed).not.toContain(id)
        // Opened by its own URL, GDAL gets the 401 and gives up.
        await expect(runGdal('ogrinfo', ['-ro', '-so', `OAPIF:${server.url}/ogc/collections/${id}`])).rejects.toThrow(/401/)
      }
    })

    describe.each(['a staff session cookie', 'an API token'])('with %s', (credential) => {
      it('GDAL lists them beside the public ones', async () => {
        const listed = listedLayers((await runGdal('ogrinfo', ['-ro', '-so', source()], { GDAL_HTTP_HEADERS: credentials[credential]! })).stdout)
        expect(listed).toEqual(expect.arrayContaining([...collections, ...staffCollections].map(({ id }) => id)))
      })

      it.each(staffCollections.map((collection) => [collection.id, collection] as const))(
        'ogr2ogr reads all of %s, as the database holds it',
        (_id, collection) => expectGdalReadsAll(collection, credentials[credential]),
      )
    })

    it('a revoked token no longer lets GDAL in', async () => {
      const [token] = (await admin.get('/api/api-tokens')).body.tokens as { id: number; name: string }[]
      expect(token?.name).toBe('GDAL i testerna')
      expect((await admin.post(`/api/api-tokens/${token!.id}/revoke`, {})).status).toBe(200)
      const [first] = staffCollections
      await expect(
        runGdal('ogrinfo', ['-ro', '-so', `OAPIF:${server.url}/ogc/collections/${first!.id}`], { GDAL_HTTP_HEADERS: credentials['an API token']! }),
      ).rejects.toThrow(/401/)
    })
  })

  it('really pages: the demo data has collections larger than several pages', async () => {
    const reports = await databaseFeatures(collections.find(({ id }) => id === 'reports')!)
    expect(reports.length).toBeGreaterThan(5 * PAGE_SIZE)
  })
})

/** The server's own `next` links from a first page to the last. */
async function nextChain(first: string, credential?: string): Promise<string[]> {
  const [name, value] = credential?.split(/: (.*)/) ?? []
  const headers: Record<string, string> = name && value ? { [name]: value } : {}
  const chain: string[] = []
  for (let url: string | undefined = first; url; ) {
    chain.push(url)
    const page = (await (await fetch(url, { headers })).json()) as { links: { rel: string; href: string }[] }
    url = page.links.find((link) => link.rel === 'next')?.href
  }
  return chain
}

/**
 * The feature's id as GDAL wrote it: an integer id becomes its FID (written as `id`); a string id
 * (a municipality's code) cannot be a FID, so GDAL keeps it as an `id` field instead.
 */
function readFeature(collection: CollectionDefinition, feature: Feature): [string, Feature] {
  if (collection.idType === 'code') {
    const { id, ...properties } = feature.properties
    return [String(id), { ...feature, properties }]
  }
  return [String(feature.id), feature]
}

/**
 * GDAL reads a date-time into its DateTime type and writes it back in its own form (`Z` rather
 * than `+00:00`): the instant must be the same. Everything else is compared exactly.
 */
function normalise(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(properties).map(([key, value]) => [
      key,
      typeof value === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(value) ? new Date(value).toISOString() : value,
    ]),
  )
}

function positions(coordinates: unknown): [number, number][] {
  if (Array.isArray(coordinates) && typeof coordinates[0] === 'number') return [[coordinates[0], coordinates[1] as number]]
  return (coordinates as unknown[]).flatMap(positions)
}

/** The same kind of geometry (GDAL may make a layer's polygons multi-polygons) with every vertex within the tolerance. */
function expectSameGeometry(actual: Feature['geometry'], expected: DatabaseFeature['geometry'], label: string) {
  expect(actual, label).not.toBeNull()
  expect(actual!.type.replace(/^Multi/, ''), label).toBe(expected.type.replace(/^Multi/, ''))
  const got = positions(actual!.coordinates)
  const want = positions(expected.coordinates)
  expect(got.length, label).toBe(want.length)
  const worst = Math.max(...got.map(([x, y], index) => Math.hypot(x - want[index]![0], y - want[index]![1])))
  expect(worst, `${label}: the largest distance to PostGIS's transform, in metres`).toBeLessThan(TOLERANCE_METRES)
}
