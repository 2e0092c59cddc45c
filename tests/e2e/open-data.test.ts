/**
 * The open data page (/oppna-data) in Debian's Chromium against the seeded town: it lists every
 * collection `/ogc/collections` gives, in Swedish and English; each download link carries the
 * chosen format and CRS; a click on a link downloads the whole collection (GeoPackage read back
 * with sql.js, GeoJSON counted against the OGC API's numberMatched); staff see their own
 * collections too. WCAG 2.1 AA with axe-core, no horizontal scroll at 320 px, no
 * Content-Security-Policy violation. Screenshots go to test-results/screenshots/open-data-*.png.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sqlJs } from '../../server/sqlite/sql-js.ts'
import { pagePaths } from '../../server/shared/page-paths.ts'
import { createStaffAccount } from '../support/api-session.ts'
import { launchBrowser, overflowing, runAxe, screenshotDir, smallTargets } from '../support/browser-checks.ts'
import { backends, TEST_REFERENCE_DATE } from '../support/test-backends.ts'
import type { Backend } from '../support/test-backends.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

const desktop = { width: 1280, height: 900 }
const phone = { width: 390, height: 844 }
const narrowest = { width: 320, height: 700 }

const CRS = {
  crs84: 'http://www.opengis.net/def/crs/OGC/1.3/CRS84',
  epsg3006: 'http://www.opengis.net/def/crs/EPSG/0/3006',
  epsg3008: 'http://www.opengis.net/def/crs/EPSG/0/3008',
}

interface ListedCollection {
  id: string
  title: string
  title_en: string
  staffOnly?: boolean
}

let server: TestServer
/** The downloads also run against a PostGIS server when TEST_DATABASE_URL is set. */
const servers = new Map<Backend, TestServer>()
let browser: Browser
let publicCollections: ListedCollection[]
const cspProblems: string[] = []
const pageErrors: string[] = []

beforeAll(async () => {
  server = await startTestServer()
  servers.set('embedded', server)
  if (backends.includes('server')) servers.set('server', await startTestServer({ backend: 'server' }))
  browser = await launchBrowser()
  publicCollections = (await (await fetch(`${server.url}/ogc/collections?f=json`)).json()).collections
  expect(publicCollections.length).toBeGreaterThan(3)
})

afterAll(async () => {
  await browser?.close()
  await Promise.all([...servers.values()].map((running) => running.close()))
  expect(cspProblems).toEqual([])
  expect(pageErrors).toEqual([])
})

interface OpenOptions {
  language?: 'sv' | 'en'
  viewport?: { width: number; height: number }
  /** Logs in as this staff account before the page loads. */
  as?: { email: string; password: string }
  on?: TestServer
}

async function open(options: OpenOptions = {}): Promise<Page> {
  const site = options.on ?? server
  const page = await browser.newPage({ viewport: options.viewport ?? desktop, deviceScaleFactor: 1, reducedMotion: 'reduce', acceptDownloads: true })
  await page.clock.setFixedTime(TEST_REFERENCE_DATE)
  await page.addInitScript((language) => {
    const seen: string[] = []
    ;(window as unknown as { __cspViolations: string[] }).__cspViolations = seen
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`)
    })
    window.localStorage.setItem('trygghetskartan.language', language)
  }, options.language ?? 'sv')
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text())) cspProblems.push(`${page.url()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`))
  if (options.as) {
    const login = await page.request.post(`${site.url}/api/auth/login`, { data: options.as })
    expect(login.status()).toBe(200)
  }
  const response = await page.goto(`${site.url}${pagePaths.openData}`)
  expect(response?.status()).toBe(200)
  await page.locator('.od-collection').first().waitFor({ timeout: 30_000 })
  return page
}

async function close(page: Page) {
  const seen = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
  cspProblems.push(...seen.map((violation) => `${page.url()}: ${violation}`))
  await page.close()
}

async function expectNoAxeViolations(page: Page) {
  const violations = await runAxe(page)
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([])
}

const screenshot = (page: Page, name: string, fullPage = true) =>
  page.screenshot({ path: path.join(screenshotDir, `open-data-${name}.png`), fullPage })

/** The download links as the page has them, by collection id (relative to the site). */
async function downloadLinks(page: Page): Promise<Map<string, URL>> {
  const hrefs = await page.locator('a.od-collection__download').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
  return new Map(
    hrefs.map((href) => {
      const url = new URL(href, server.url)
      return [decodeURIComponent(url.pathname.split('/')[3] ?? ''), url]
    }),
  )
}

describe('a visitor at a desk', () => {
  it('sees every public collection with a download link in GeoPackage and SWEREF 99 13 30 first', async () => {
    const page = await open()
    expect(await page.locator('h1').textContent()).toBe('Öppna data')
    expect(await page.locator('.od-collection h3').allTextContents()).toEqual(publicCollections.map((collection) => collection.title))
    expect(publicCollections.some((collection) => collection.staffOnly)).toBe(false)
    expect(await page.locator('.od-collection__staff').count()).toBe(0)
    // With no staff layers on the page, the terms say nothing of them.
    expect(await page.locator('.od-terms__staff').count()).toBe(0)

    const links = await downloadLinks(page)
    expect([...links.keys()]).toEqual(publicCollections.map((collection) => collection.id))
    for (const [id, url] of links) {
      expect(url.origin).toBe(server.url)
      expect(url.pathname).toBe(`/ogc/collections/${id}/download`)
      expect(Object.fromEntries(url.searchParams)).toEqual({ format: 'gpkg', crs: CRS.epsg3008 })
    }
    expect(await page.locator('a.od-collection__download').first().getAttribute('download')).toBe('')
    expect(await page.getByRole('radio', { name: 'GeoPackage' }).isChecked()).toBe(true)
    expect(await page.getByRole('radio', { name: 'SWEREF 99 13 30' }).isChecked()).toBe(true)

    // The addresses to copy into QGIS or an Open311 client, with this site's origin.
    // The Open311 base has no trailing slash (a client appends `/services.json`); its link opens
    // the discovery document, which answers, rather than the bare base, which does not.
    expect(await page.locator('.od-address code').allTextContents()).toEqual([`${server.url}/ogc`, `${server.url}/api/open311/v2`])
    const addressLinks = await page.locator('.od-address a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href))
    expect(addressLinks).toEqual([`${server.url}/ogc`, `${server.url}/api/open311/discovery.json`])
    for (const href of addressLinks) expect((await fetch(href)).status, href).toBe(200)
    const discovery = await (await fetch(addressLinks[1]!)).json()
    expect(discovery.endpoints[0].url).toBe(`${server.url}/api/open311/v2`)
    expect((await fetch(`${discovery.endpoints[0].url}/services.json`)).status).toBe(200)
    expect(await page.getByText('CC0 1.0', { exact: true }).getAttribute('href')).toBe('https://creativecommons.org/publicdomain/zero/1.0/deed.sv')
    await expectNoAxeViolations(page)
    await screenshot(page, 'desk')
    await close(page)
  })

  it('changes every link when another format and CRS are chosen', async () => {
    const page = await open()
    await page.getByRole('radio', { name: 'CSV' }).check()
    await page.getByRole('radio', { name: 'WGS 84' }).check()
    for (const url of (await downloadLinks(page)).values()) {
      expect(Object.fromEntries(url.searchParams)).toEqual({ format: 'csv', crs: CRS.crs84 })
    }
    await page.getByRole('radio', { name: 'GeoJSON' }).check()
    await page.getByRole('radio', { name: 'SWEREF 99 TM' }).check()
    for (const url of (await downloadLinks(page)).values()) {
      expect(Object.fromEntries(url.searchParams)).toEqual({ format: 'geojson', crs: CRS.epsg3006 })
    }
    const first = publicCollections[0]!
    expect(await page.locator('a.od-collection__download').first().textContent()).toBe(`Ladda ner ${first.title} (GeoJSON, SWEREF 99 TM)`)
    await close(page)
  })

  it('is reached from the about page', async () => {
    const page = await browser.newPage({ viewport: desktop })
    await page.goto(`${server.url}${pagePaths.about}`)
    await page.getByRole('link', { name: 'Öppna data' }).click()
    await page.locator('.od-collection').first().waitFor({ timeout: 30_000 })
    expect(new URL(page.url()).pathname).toBe(pagePaths.openData)
    await page.close()
  })
})

describe.each(backends)('a download through the link (%s)', (backend) => {
  it('downloads a whole collection as GeoPackage through the link', async () => {
    const page = await open({ on: servers.get(backend) })
    const collectionId = 'safety-walks'
    const item = page.locator('.od-collection', { has: page.locator(`a[href^="/ogc/collections/${collectionId}/download"]`) })
    const [download] = await Promise.all([page.waitForEvent('download'), item.locator('a.od-collection__download').click()])
    expect(download.suggestedFilename()).toMatch(/^safety-walks.*\.gpkg$/)
    const bytes = await readFile((await download.path())!)
    expect(bytes.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0')

    const expected = await numberMatched(servers.get(backend)!, collectionId)
    expect(expected).toBeGreaterThan(0)
    const db = new (await sqlJs()).Database(bytes)
    try {
      expect(db.exec(`SELECT count(*) FROM "${collectionId}"`)[0]!.values[0]![0]).toBe(expected)
      expect(db.exec('SELECT srs_id FROM gpkg_geometry_columns')[0]!.values).toEqual([[3008]])
    } finally {
      db.close()
    }
    await close(page)
  })

  it('downloads GeoJSON in WGS 84 with every feature of the collection', async () => {
    const page = await open({ on: servers.get(backend) })
    await page.getByRole('radio', { name: 'GeoJSON' }).check()
    await page.getByRole('radio', { name: 'WGS 84' }).check()
    const collectionId = 'reports'
    const link = page.locator(`a.od-collection__download[href^="/ogc/collections/${collectionId}/download"]`)
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
    const collection = JSON.parse(await readFile((await download.path())!, 'utf8'))
    expect(collection.type).toBe('FeatureCollection')
    expect(collection.crs).toBeUndefined()
    expect(collection.features).toHaveLength(await numberMatched(servers.get(backend)!, collectionId))
    const [longitude, latitude] = collection.features[0].geometry.coordinates
    // Kristinehamn, longitude first.
    expect(longitude).toBeGreaterThan(13)
    expect(longitude).toBeLessThan(15)
    expect(latitude).toBeGreaterThan(58.5)
    expect(latitude).toBeLessThan(60)
    await close(page)
  })

  it('downloads CSV in SWEREF 99 TM with WKT and the points’ x and y', async () => {
    const page = await open({ on: servers.get(backend) })
    await page.getByRole('radio', { name: 'CSV' }).check()
    await page.getByRole('radio', { name: 'SWEREF 99 TM' }).check()
    const link = page.locator('a.od-collection__download[href^="/ogc/collections/walk-observations/download"]')
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
    expect(download.suggestedFilename()).toMatch(/\.csv$/)
    const text = await readFile((await download.path())!, 'utf8')
    expect(text.startsWith('\uFEFFid,')).toBe(true)
    const [header, first] = text.split('\r\n')
    const columns = header!.split(',')
    expect(columns.slice(-3)).toEqual(['wkt', 'x', 'y'])
    // A point in Kristinehamn in SWEREF 99 TM: easting about 450 km, northing about 6,580 km.
    const [x, y] = first!.split(',').slice(-2).map(Number)
    expect(x).toBeGreaterThan(400_000)
    expect(x).toBeLessThan(500_000)
    expect(y).toBeGreaterThan(6_500_000)
    expect(y).toBeLessThan(6_650_000)
    await close(page)
  })
})

describe('a visitor on a phone', () => {
  it('reads the page in English, large enough to tap and without sideways scrolling', async () => {
    const page = await open({ viewport: phone, language: 'en' })
    expect(await page.locator('h1').textContent()).toBe('Open data')
    expect(await page.locator('.od-collection h3').allTextContents()).toEqual(publicCollections.map((collection) => collection.title_en))
    expect(await overflowing(page)).toEqual([])
    expect(await smallTargets(page, '.od-collection__download, .od-chooser__option')).toEqual([])
    await expectNoAxeViolations(page)
    await screenshot(page, 'phone-en')
    // What a phone shows at a time: the chooser, then a layer with its download link.
    await screenshot(page, 'phone-en-top', false)
    await page.locator('.od-collection').nth(3).scrollIntoViewIfNeeded()
    await screenshot(page, 'phone-en-list', false)
    await page.locator('#od-services-heading').scrollIntoViewIfNeeded()
    await screenshot(page, 'phone-en-services', false)
    await page.setViewportSize(narrowest)
    expect(await overflowing(page)).toEqual([])
    await close(page)
  })
})

describe('staff', () => {
  it('see their own collections too, marked as staff only', async () => {
    const account = await createStaffAccount(server.db, 'kommun')
    const page = await open({ as: { email: account.email, password: account.password } })
    const staffCollections = (await (await page.request.get(`${server.url}/ogc/collections?f=json`)).json()).collections as ListedCollection[]
    const staffOnly = staffCollections.filter((collection) => collection.staffOnly)
    expect(staffOnly.length).toBeGreaterThan(0)
    expect(await page.locator('.od-collection h3').allTextContents()).toEqual(staffCollections.map((collection) => collection.title))
    expect(await page.locator('.od-collection__staff').count()).toBe(staffOnly.length)
    expect(await page.locator('.od-collection__staff').first().textContent()).toBe('Bara för personal – inte öppna data')
    // The open data terms (CC0, never the exact place) are said not to apply to the staff layers.
    expect(await page.locator('.od-terms__staff').textContent()).toMatch(/^Lager märkta ”Bara för personal” är inte öppna data: villkoren ovan gäller inte dem, och de kan visa exakta platser/)
    await expectNoAxeViolations(page)
    await screenshot(page, 'staff')
    await close(page)
  })
})

/** How many features the OGC API says the collection has, for the public. */
async function numberMatched(site: TestServer, collectionId: string): Promise<number> {
  const answer = await fetch(`${site.url}/ogc/collections/${collectionId}/items?limit=1&f=json`)
  return ((await answer.json()) as { numberMatched: number }).numberMatched
}
