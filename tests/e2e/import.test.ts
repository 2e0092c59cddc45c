/**
 * The GIS file import as a planner and an officer use it, in Debian's Chromium: a GeoPackage of
 * walk routes chosen, its CRS read from the file, the suggested mapping changed (a required field
 * left unmapped makes every feature fail and keeps "Spara alla" disabled), the routes on the
 * preview map, then saved with links to the new walks; a Shapefile without .prj asking for its CRS;
 * an officer importing areas; WCAG 2.1 AA with axe at 1280 and 390 px, in Swedish and English, and
 * no Content-Security-Policy violation. Screenshots go to test-results/screenshots/import-*.png.
 */
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pagePaths } from '../../server/shared/page-paths.ts'
import type { Role } from '../../server/shared/roles.ts'
import { createStaffAccount } from '../support/api-session.ts'
import { launchBrowser, overflowing, runAxe, screenshotDir } from '../support/browser-checks.ts'
import { TEST_REFERENCE_DATE } from '../support/test-backends.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

const desk = { width: 1280, height: 900 }
const phone = { width: 390, height: 844 }
const fixture = (name: string) => path.resolve(import.meta.dirname, '../fixtures/import', name)

let server: TestServer
let browser: Browser
const cspProblems: string[] = []
const pageErrors: string[] = []

beforeAll(async () => {
  server = await startTestServer({ env: { LOGIN_RATE_LIMIT: '10000' } })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  expect(cspProblems).toEqual([])
  expect(pageErrors).toEqual([])
})

async function open(role: Role, options: { language?: 'sv' | 'en'; viewport?: { width: number; height: number } } = {}): Promise<Page> {
  const account = await createStaffAccount(server.db, role)
  const page = await browser.newPage({ viewport: options.viewport ?? desk, deviceScaleFactor: 1, reducedMotion: 'reduce' })
  await page.clock.setFixedTime(TEST_REFERENCE_DATE)
  await page.addInitScript((language) => {
    const seen: string[] = []
    ;(window as unknown as { __cspViolations: string[] }).__cspViolations = seen
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`))
    window.localStorage.setItem('trygghetskartan.language', language)
  }, options.language ?? 'sv')
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text())) cspProblems.push(`${page.url()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`))
  const login = await page.request.post(`${server.url}/api/auth/login`, { data: { email: account.email, password: account.password } })
  expect(login.status()).toBe(200)
  expect((await page.goto(`${server.url}${pagePaths.fileImport}`))?.status()).toBe(200)
  await page.locator('h1').waitFor({ timeout: 30_000 })
  return page
}

async function close(page: Page) {
  const seen = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
  cspProblems.push(...seen.map((violation) => `${page.url()}: ${violation}`))
  await page.close()
}

async function mapSettled(page: Page) {
  await page.waitForFunction(() => window.__trygghetskartan?.dataLoaded === true, null, { timeout: 30_000 })
  await page.evaluate(() => window.__trygghetskartan?.whenIdle())
}

async function checkPage(page: Page, name: string) {
  expect(await runAxe(page), name).toEqual([])
  expect(await overflowing(page), name).toEqual([])
  await page.screenshot({ path: path.join(screenshotDir, `import-${name}.png`), fullPage: true })
}

const walkCount = async () => (await server.db.query<{ n: number }>('SELECT count(*)::integer AS n FROM safety_walk'))[0]!.n

describe('the GIS file import', () => {
  it('previews a GeoPackage of walk routes on the map, takes a changed mapping, and saves all routes', async () => {
    const page = await open('kommun')
    await expect(page.getByRole('link', { name: 'Importera' })).toBeTruthy()
    expect(await page.getByRole('link', { name: 'Importera', exact: true }).getAttribute('aria-current')).toBe('page')
    // A planner imports walks and measures, not areas (those are the police's).
    expect(await page.getByLabel('Importera som').locator('option').allTextContents()).toEqual(['Vandringsrutter', 'Åtgärder'])
    await page.getByLabel('Fil').setInputFiles(fixture('routes-3008.gpkg'))
    await page.getByRole('button', { name: 'Granska filen' }).click()

    await page.getByRole('heading', { name: 'Granskning' }).waitFor()
    await mapSettled(page)
    expect(await page.getByText('Filen säger: EPSG:3008. Läses som EPSG:3008.').count()).toBe(1)
    expect(await page.locator('.file-import__source').textContent()).toBe('GeoPackage · lager rutter · EPSG:3008')
    expect(await page.getByLabel('Rubrik (krävs)').inputValue()).toBe('titel')
    expect(await page.getByLabel('Starttid (krävs)').inputValue()).toBe('starttid')
    expect(await page.getByText('Alla 2 objekt är godkända och kan sparas.').count()).toBe(1)
    // Both routes are drawn on the preview map, as lines that pass.
    const drawn = await page.evaluate(() => window.__trygghetskartan?.map.querySourceFeatures('import-features').map((feature) => feature.properties))
    expect(new Set(drawn?.map((properties) => JSON.stringify(properties)))).toEqual(new Set([JSON.stringify({ number: 1, ok: true }), JSON.stringify({ number: 2, ok: true })]))
    await checkPage(page, 'walks-desk-sv')

    // Without a start time every walk fails, and nothing can be saved.
    await page.getByLabel('Starttid (krävs)').selectOption('')
    expect(await page.getByRole('button', { name: 'Spara alla 2' }).isDisabled()).toBe(true)
    await page.getByRole('button', { name: 'Granska igen' }).click()
    await page.getByText('2 av 2 objekt har problem.').waitFor()
    expect(await page.locator('.file-import__feature--problem').first().textContent()).toContain('Starttid: Vandringen saknar starttid.')
    expect(await page.getByRole('button', { name: 'Spara alla 2' }).isDisabled()).toBe(true)
    await checkPage(page, 'walks-problems-sv')

    // The meeting point from another attribute, the start time back: all pass and are saved.
    await page.getByLabel('Starttid (krävs)').selectOption('starttid')
    await page.getByLabel('Samlingsplats').selectOption('titel')
    await page.getByRole('button', { name: 'Granska igen' }).click()
    await page.getByText('Alla 2 objekt är godkända och kan sparas.').waitFor()
    const before = await walkCount()
    await page.getByRole('button', { name: 'Spara alla 2' }).click()
    await page.getByRole('heading', { name: '2 objekt sparades' }).waitFor()
    expect(await walkCount()).toBe(before + 2)
    const link = page.getByRole('link', { name: 'Exempel: Kvällsvandring i centrum' })
    const id = Number(new URL(String(await link.getAttribute('href')), server.url).searchParams.get('id'))
    const [walk] = await server.db.query<{ meeting_point_name: string; status: string }>('SELECT meeting_point_name, status FROM safety_walk WHERE id = $1', [id])
    expect(walk).toEqual({ meeting_point_name: 'Exempel: Kvällsvandring i centrum', status: 'planned' })
    await checkPage(page, 'walks-saved-sv')
    await close(page)
  })

  it('asks for the coordinate system of a Shapefile without .prj, on a phone, in English', async () => {
    const page = await open('polis', { language: 'en', viewport: phone })
    expect(await page.getByLabel('Import as').locator('option').allTextContents()).toEqual(['Neighbourhood watch areas'])
    await page.getByLabel('File').setInputFiles(fixture('bad-no-prj.zip'))
    await page.getByRole('button', { name: 'Review the file' }).click()
    await page.locator('.error-summary').waitFor()
    expect(await page.locator('#file-import-crs-error').textContent()).toContain('The file does not say which coordinate system it is in.')
    await checkPage(page, 'no-prj-phone-en')

    await page.getByLabel('Coordinate system').selectOption('EPSG:3006')
    await page.getByRole('button', { name: 'Review the file' }).click()
    await page.getByText('All 2 features pass and can be saved.').waitFor()
    await mapSettled(page)
    await checkPage(page, 'areas-phone-en')
    await close(page)
  })
})
