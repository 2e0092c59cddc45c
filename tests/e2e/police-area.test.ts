/**
 * The whole police area in Debian's Chromium (issue 10): an admin adds Filipstad from
 * Lantmäteriet's files on the Kommuner page (/admin/kommuner), a bad file is refused at its field,
 * and the public chooses a municipality on the promises page (?kommun=). WCAG 2.1 AA with
 * axe-core at 1280 and 390 px, nothing off a phone's screen, and no Content-Security-Policy
 * violation. Screenshots go to test-results/screenshots/police-area-*.png.
 */
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pagePaths } from '../../server/shared/page-paths.ts'
import { createStaffAccount } from '../support/api-session.ts'
import { closeWatched, launchBrowser, overflowing, runAxe, screenshotDir, smallTargets, watchPage } from '../support/browser-checks.ts'
import type { PageProblems } from '../support/browser-checks.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

const desktop = { width: 1280, height: 900 }
const phone = { width: 390, height: 844 }
type Viewport = typeof desktop

const openData = (name: string) => path.resolve(import.meta.dirname, '../../data/open/police-area', name)

let server: TestServer
let browser: Browser
const problems: PageProblems = { csp: [], errors: [] }

beforeAll(async () => {
  server = await startTestServer({ env: { LOGIN_RATE_LIMIT: '10000' } })
  browser = await launchBrowser()
  // Filipstad comes with the demo seed; the admin adds it again from its files.
  await server.db.transaction(async (tx) => {
    await tx.query(`DELETE FROM place_name WHERE municipality_code = '1782'`)
    await tx.query(`DELETE FROM urban_area WHERE municipality_code = '1782'`)
    await tx.query(`DELETE FROM municipality WHERE code = '1782'`)
  })
  // A published promise of Storfors, for the public's choice of municipality.
  const [period] = await server.db.query<{ id: number }>(
    `INSERT INTO promise_period (municipality_code, title, starts_on, ends_on, published_at)
     VALUES ('1760', 'Medborgarlöfte Storfors 2026', '2026-01-01', '2026-12-31', now()) RETURNING id`,
  )
  await server.db.query(`INSERT INTO promise (period_id, position, text, responsible) VALUES ($1, 1, 'Vi vandrar i Storfors två gånger om året.', 'both')`, [
    period!.id,
  ])
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** A page, as an admin when `admin` is set, recording CSP violations and page errors. */
async function open(pathname: string, { viewport = desktop, admin = false }: { viewport?: Viewport; admin?: boolean } = {}): Promise<Page> {
  const page = await browser.newPage({ viewport, deviceScaleFactor: viewport === desktop ? 1 : 2 })
  await watchPage(page, problems)
  await page.addInitScript(() => window.localStorage.setItem('trygghetskartan.language', 'sv'))
  if (admin) {
    const who = await createStaffAccount(server.db, 'admin')
    const login = await page.request.post(`${server.url}/api/auth/login`, { data: { email: who.email, password: who.password } })
    expect(login.status()).toBe(200)
  }
  const response = await page.goto(`${server.url}${pathname}`)
  expect(response?.status()).toBe(200)
  return page
}

const close = (page: Page) => closeWatched(page, problems)

const screenshot = (page: Page, name: string) => page.screenshot({ path: path.join(screenshotDir, `police-area-${name}.png`), fullPage: true })

const listedNames = (page: Page) => page.locator('.municipality-table tbody th').allTextContents()

describe('an admin on the Kommuner page', () => {
  it('refuses a file that is no boundary at its field, then adds Filipstad from its boundary and tätorter files', async () => {
    const page = await open(pagePaths.adminMunicipalities, { admin: true })
    await page.locator('.municipality-table').waitFor()
    expect(await page.locator('h1').textContent()).toBe('Polisområdets kommuner')
    expect(await page.title()).toContain('Kommuner')
    expect(await page.locator('.staff-bar').getByRole('link', { name: 'Kommuner' }).getAttribute('aria-current')).toBe('page')
    expect(await listedNames(page)).toEqual(['Kristinehamn (visas först)', 'Storfors'])

    // Nothing chosen: the form says what is missing.
    await page.getByRole('button', { name: 'Lägg till kommunen' }).click()
    await expect.poll(() => page.locator('.error-summary').textContent()).toContain('Välj kommunens gränsfil.')

    // The tätorter file is no boundary: it has no municipality code, and nothing is saved.
    await page.getByLabel('Kommungräns').setInputFiles(openData('filipstad_tatorter_lm.geojson'))
    await page.getByRole('button', { name: 'Lägg till kommunen' }).click()
    await expect.poll(() => page.locator('#new-municipality-boundary_base64-error').textContent()).toContain('ingen kommunkod med fyra siffror')
    expect(await page.evaluate(() => document.activeElement?.closest('.error-summary') !== null)).toBe(true)
    expect(await runAxe(page)).toEqual([])
    await screenshot(page, 'refused')
    expect(await listedNames(page)).toEqual(['Kristinehamn (visas först)', 'Storfors'])

    await page.getByLabel('Kommungräns').setInputFiles(openData('filipstad_boundary.geojson'))
    await page.getByLabel('Tätorter (frivilligt)').setInputFiles(openData('filipstad_tatorter_lm.geojson'))
    await page.getByRole('button', { name: 'Lägg till kommunen' }).click()
    await expect.poll(() => page.locator('.status-region .message--success').textContent(), { timeout: 20_000 }).toBe(
      'Filipstad (1782) är tillagd med 5 tätorter.',
    )
    await expect.poll(() => listedNames(page)).toEqual(['Kristinehamn (visas först)', 'Storfors', 'Filipstad'])
    expect(await page.locator('.error-summary').count()).toBe(0)
    const [saved] = await server.db.query<{ name: string; urban_areas: number }>(
      `SELECT m.name, (SELECT count(*)::integer FROM urban_area u WHERE u.municipality_code = m.code) AS urban_areas FROM municipality m WHERE m.code = '1782'`,
    )
    expect(saved).toEqual({ name: 'Filipstad', urban_areas: 5 })
    expect(await runAxe(page)).toEqual([])
    await screenshot(page, 'added')
    await close(page)
  })

  it('fits a 390 px phone', async () => {
    const page = await open(pagePaths.adminMunicipalities, { viewport: phone, admin: true })
    await page.locator('.municipality-table').waitFor()
    expect(await overflowing(page)).toEqual([])
    expect(await smallTargets(page, 'main button, main select')).toEqual([])
    expect(await runAxe(page)).toEqual([])
    await screenshot(page, 'phone')
    await close(page)
  })
})

describe('the public promises page', () => {
  it('shows Kristinehamn first and another municipality of the police area when chosen', async () => {
    const page = await open(pagePaths.promises)
    const chooser = page.getByLabel('Kommun', { exact: true })
    await chooser.waitFor()
    await page.locator('.pp-page h1 span[lang="sv"]').waitFor()
    expect(await chooser.inputValue()).toBe('1781')
    expect(await page.locator('h1').textContent()).toContain('2016')
    expect(await runAxe(page)).toEqual([])
    await screenshot(page, 'promises-kristinehamn')

    await chooser.selectOption({ label: 'Storfors' })
    // Nothing changes until the button is pressed.
    expect(new URL(page.url()).search).toBe('')
    await page.getByRole('button', { name: 'Visa', exact: true }).click()
    await expect.poll(() => new URL(page.url()).search).toBe('?kommun=1760')
    await expect.poll(() => page.locator('h1').textContent()).toBe('Medborgarlöfte Storfors 2026')
    expect(await page.locator('main').textContent()).toContain('Vi vandrar i Storfors två gånger om året.')
    expect(await page.getByLabel('Kommun', { exact: true }).inputValue()).toBe('1760')
    expect(await runAxe(page)).toEqual([])
    await close(page)

    // Filipstad has no promise yet: the page says so rather than showing another municipality's.
    const filipstad = await open(`${pagePaths.promises}?kommun=1782`, { viewport: phone })
    await expect.poll(() => filipstad.locator('main').textContent()).toContain('Inga medborgarlöften är publicerade ännu.')
    expect(await overflowing(filipstad)).toEqual([])
    expect(await smallTargets(filipstad, 'main button, main select')).toEqual([])
    expect(await runAxe(filipstad)).toEqual([])
    await screenshot(filipstad, 'promises-phone')
    await close(filipstad)
  })

  it('ran without a Content-Security-Policy violation or a page error', () => {
    expect(problems.csp).toEqual([])
    expect(problems.errors).toEqual([])
  })
})
