/**
 * The public pages per municipality of the police area, in Debian's Chromium (issue 10): the
 * promises page names the chosen municipality (Kristinehamn's words unchanged), the map moves to
 * the municipality chosen with its keyboard-operable chooser or named in `?kommun=`, and the police
 * choose the municipality of a new promise period while kommun staff write for their own. WCAG 2.1
 * AA with axe-core at 1280 and 390 px, nothing off a phone's screen, no Content-Security-Policy
 * violation. Screenshots go to test-results/screenshots/police-area-public-*.png.
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
type Role = 'polis' | 'kommun' | 'admin'

let server: TestServer
let browser: Browser
const problems: PageProblems = { csp: [], errors: [] }
/** [west, south, east, north] of each municipality, as GET /api/municipalities gives them. */
let boxes: Record<string, [number, number, number, number]>

beforeAll(async () => {
  server = await startTestServer({ env: { LOGIN_RATE_LIMIT: '10000' } })
  browser = await launchBrowser()
  // A published promise of Storfors, and an SCB figure of Storfors for its follow-up.
  const [period] = await server.db.query<{ id: number }>(
    `INSERT INTO promise_period (municipality_code, title, starts_on, ends_on, published_at)
     VALUES ('1760', 'Medborgarlöfte Storfors 2026', '2026-01-01', '2026-12-31', now()) RETURNING id`,
  )
  await server.db.query(`INSERT INTO promise (period_id, position, text, responsible) VALUES ($1, 1, 'Vi vandrar i Storfors två gånger om året.', 'both')`, [
    period!.id,
  ])
  await server.db.query(
    `INSERT INTO external_figure (municipality_code, source, year, label, value, national_value, citation)
     VALUES ('1760', 'scb', 2023, 'Trygghetsindex', 58, 61, 'SCB medborgarundersökning 2023, Storfors')`,
  )
  const answer = await fetch(`${server.url}/api/municipalities`)
  const { municipalities } = (await answer.json()) as { municipalities: { code: string; bbox: [number, number, number, number] }[] }
  boxes = Object.fromEntries(municipalities.map((municipality) => [municipality.code, municipality.bbox]))
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** A page in `language`, as staff of `role` when given, recording CSP violations and page errors. */
async function open(pathname: string, { viewport = desktop, as, language = 'sv' }: { viewport?: Viewport; as?: { role: Role; municipality?: string }; language?: 'sv' | 'en' } = {}): Promise<Page> {
  const page = await browser.newPage({ viewport, deviceScaleFactor: viewport === desktop ? 1 : 2 })
  await watchPage(page, problems)
  await page.addInitScript((chosen) => window.localStorage.setItem('trygghetskartan.language', chosen), language)
  if (as) {
    const who = await createStaffAccount(server.db, as.role, as.municipality)
    const login = await page.request.post(`${server.url}/api/auth/login`, { data: { email: who.email, password: who.password } })
    expect(login.status()).toBe(200)
  }
  const response = await page.goto(`${server.url}${pathname}`)
  expect(response?.status()).toBe(200)
  return page
}

const close = (page: Page) => closeWatched(page, problems)

const screenshot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: path.join(screenshotDir, `police-area-public-${name}.png`), fullPage })

const lead = (page: Page) => page.locator('.pp-page__lead').textContent()

describe('the promises page', () => {
  it('keeps Kristinehamn\'s words when Kristinehamn is shown', async () => {
    const page = await open(pagePaths.promises)
    await page.locator('.pp-page h1 span[lang="sv"]').waitFor()
    await expect.poll(() => lead(page)).toBe('Här ser du vad Kristinehamns kommun och polisen har lovat invånarna, och vad de har gjort år för år.')
    await close(page)
    const english = await open(pagePaths.promises, { language: 'en' })
    await expect.poll(() => lead(english)).toBe('What Kristinehamn municipality and the police have promised residents, and what they have done, year by year.')
    await close(english)
  })

  it('names Storfors once Storfors is chosen, in its lead and its follow-up figures', async () => {
    const page = await open(pagePaths.promises)
    const chooser = page.getByLabel('Kommun', { exact: true })
    await chooser.waitFor()
    await chooser.selectOption({ label: 'Storfors' })
    await page.getByRole('button', { name: 'Visa', exact: true }).click()
    await expect.poll(() => page.locator('h1').textContent()).toBe('Medborgarlöfte Storfors 2026')
    await expect.poll(() => lead(page)).toBe('Här ser du vad Storfors kommun och polisen har lovat invånarna, och vad de har gjort år för år.')
    // The SCB figure is Storfors', under Storfors' name (not Kristinehamn's) beside Sweden's.
    const figure = page.locator('.fu-figure').filter({ hasText: 'Trygghetsindex' })
    await figure.waitFor({ timeout: 30_000 })
    expect(await figure.locator('thead th').allTextContents()).toEqual(['År', 'Storfors: Index (0–100)', 'Hela Sverige: Index (0–100)'])
    expect(await page.locator('.pp-follow-up').textContent()).not.toContain('Kristinehamn')
    await figure.screenshot({ path: path.join(screenshotDir, 'police-area-public-promises-storfors-figure.png') })
    expect(await runAxe(page)).toEqual([])
    await screenshot(page, 'promises-storfors-desk')
    await close(page)

    const onPhone = await open(`${pagePaths.promises}?kommun=1760`, { viewport: phone })
    await expect.poll(() => lead(onPhone)).toBe('Här ser du vad Storfors kommun och polisen har lovat invånarna, och vad de har gjort år för år.')
    await onPhone.locator('.fu-figure').first().waitFor({ timeout: 30_000 })
    expect(await overflowing(onPhone)).toEqual([])
    expect(await smallTargets(onPhone, 'main button, main select')).toEqual([])
    expect(await runAxe(onPhone)).toEqual([])
    await screenshot(onPhone, 'promises-storfors-phone')
    await close(onPhone)

    const english = await open(`${pagePaths.promises}?kommun=1760`, { language: 'en' })
    await expect.poll(() => lead(english)).toBe('What Storfors municipality and the police have promised residents, and what they have done, year by year.')
    await close(english)
  })
})

/** The map's view once it has stopped moving: its box and centre. */
async function mapView(page: Page) {
  await page.waitForFunction(() => window.__trygghetskartan?.dataLoaded === true, null, { timeout: 30_000 })
  return page.evaluate(async () => {
    const { map } = window.__trygghetskartan!
    if (map.isMoving()) await new Promise((resolve) => map.once('moveend', resolve))
    const bounds = map.getBounds()
    const centre = map.getCenter()
    return { west: bounds.getWest(), south: bounds.getSouth(), east: bounds.getEast(), north: bounds.getNorth(), lon: centre.lng, lat: centre.lat }
  })
}

/** Whether the map shows all of the municipality's box, and the box fills the map in one direction (it was fitted, not just zoomed out). */
function fitsBox(view: Awaited<ReturnType<typeof mapView>>, [west, south, east, north]: [number, number, number, number]) {
  const inside = view.west <= west + 1e-3 && view.south <= south + 1e-3 && view.east >= east - 1e-3 && view.north >= north - 1e-3
  const filled = (east - west) / (view.east - view.west) > 0.75 || (north - south) / (view.north - view.south) > 0.75
  return inside && filled
}

describe('the map', () => {
  it('moves to Filipstad chosen with the keyboard, says so to a screen reader, and back to Kristinehamn', async () => {
    const page = await open(pagePaths.map)
    const first = await mapView(page)
    // The first view is Kristinehamn's town, as before.
    expect(first.lat).toBeLessThan(59.4)
    expect(fitsBox(first, boxes['1782']!)).toBe(false)
    expect(await page.locator('h1').textContent()).toBe('Trygghetsarbetet i Kristinehamn')
    expect(await page.getByRole('region', { name: 'Karta över Kristinehamns kommun' }).count()).toBe(1)
    const nextWalk = page.locator('.next-walk')
    await expect.poll(() => nextWalk.locator('h2').textContent()).toBe('Nästa trygghetsvandring i Kristinehamn')
    const kristinehamnsWalk = await nextWalk.textContent()

    const chooser = page.getByLabel('Kommun', { exact: true })
    expect(await chooser.inputValue()).toBe('1781')
    await chooser.focus()
    // Filipstad is the third: two steps down. Nothing moves until the button is pressed.
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    expect(await chooser.inputValue()).toBe('1782')
    expect(new URL(page.url()).search).toBe('')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Visa')
    await page.keyboard.press('Enter')
    await expect.poll(() => new URL(page.url()).search).toBe('?kommun=1782')
    await expect.poll(() => page.locator('h1').textContent()).toBe('Trygghetsarbetet i Filipstad')
    await expect.poll(() => page.locator('.map-page__intro [role="status"]').textContent()).toBe('Kartan visar Filipstads kommun.')
    // All of Filipstad is in view, up to 60.25° N, beyond the first view's limits (59.7° N).
    await expect.poll(async () => fitsBox(await mapView(page), boxes['1782']!), { timeout: 10_000 }).toBe(true)
    expect((await mapView(page)).lat).toBeGreaterThan(59.8)
    expect(await page.getByRole('region', { name: 'Karta över Filipstads kommun' }).count()).toBe(1)
    // The next walk is Filipstad's, and Filipstad has none planned (Kristinehamn's is not shown instead).
    expect(await nextWalk.locator('h2').textContent()).toBe('Nästa trygghetsvandring i Filipstad')
    expect(await nextWalk.textContent()).toContain('Ingen trygghetsvandring är planerad just nu.')
    // So is the count of active grannsamverkan areas: Filipstad has none in the demo data.
    await expect.poll(() => page.locator('.watch-info__count').textContent()).toBe('I Filipstad finns 0 aktiva grannsamverkansområden.')
    // Focus stays where the choice was made.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Visa')
    expect(await runAxe(page)).toEqual([])
    await screenshot(page, 'map-filipstad-desk')

    // Back to Kristinehamn: the address drops ?kommun=, and the map goes to all of Kristinehamn.
    await chooser.selectOption('1781')
    await page.getByRole('button', { name: 'Visa', exact: true }).click()
    await expect.poll(() => new URL(page.url()).search).toBe('')
    await expect.poll(() => page.locator('.map-page__intro [role="status"]').textContent()).toBe('Kartan visar Kristinehamns kommun.')
    await expect.poll(async () => fitsBox(await mapView(page), boxes['1781']!), { timeout: 10_000 }).toBe(true)
    expect(await page.locator('h1').textContent()).toBe('Trygghetsarbetet i Kristinehamn')
    expect(await nextWalk.textContent()).toBe(kristinehamnsWalk)
    await close(page)
  })

  it('opens on the municipality in ?kommun= on a phone, in Swedish and English', async () => {
    const page = await open(`${pagePaths.map}?kommun=1782`, { viewport: phone })
    await expect.poll(async () => fitsBox(await mapView(page), boxes['1782']!), { timeout: 10_000 }).toBe(true)
    expect(await page.locator('h1').textContent()).toBe('Trygghetsarbetet i Filipstad')
    expect(await page.getByLabel('Kommun', { exact: true }).inputValue()).toBe('1782')
    // Opening the page there is said by the heading; the live region stays quiet.
    expect(await page.locator('.map-page__intro [role="status"]').textContent()).toBe('')
    expect(await overflowing(page)).toEqual([])
    expect(await smallTargets(page, '.map-page__intro button, .map-page__intro select')).toEqual([])
    expect(await runAxe(page)).toEqual([])
    await screenshot(page, 'map-filipstad-phone')
    await close(page)

    const english = await open(`${pagePaths.map}?kommun=1760`, { language: 'en' })
    await expect.poll(async () => fitsBox(await mapView(english), boxes['1760']!), { timeout: 10_000 }).toBe(true)
    expect(await english.locator('h1').textContent()).toBe('Safety work in Storfors')
    expect(await english.getByLabel('Municipality', { exact: true }).inputValue()).toBe('1760')
    expect(await english.getByRole('region', { name: 'Map of Storfors municipality' }).count()).toBe(1)
    await close(english)
  })
})

describe('a new promise period on the staff screen', () => {
  it('belongs to the municipality the police choose', async () => {
    const page = await open(`${pagePaths.promiseEditing}?ny=1`, { as: { role: 'polis' } })
    const form = page.locator('#pe-period-new')
    await form.waitFor()
    const municipality = form.getByLabel('Kommun', { exact: true })
    await expect.poll(() => municipality.locator('option').allTextContents()).toEqual(['Kristinehamn', 'Storfors', 'Filipstad'])
    expect(await municipality.inputValue()).toBe('1781')
    await municipality.selectOption({ label: 'Filipstad' })
    await form.getByLabel('Titel').fill('Medborgarlöfte Filipstad 2027')
    await form.getByLabel('Gäller från').fill('2027-03-01')
    await form.getByLabel('Gäller till').fill('2027-12-31')
    expect(await runAxe(page)).toEqual([])
    await screenshot(page, 'editing-new-desk')
    await form.getByRole('button', { name: 'Skapa perioden' }).click()
    await expect.poll(() => page.url()).toMatch(/\?period=\d+$/)
    const id = Number(new URL(page.url()).searchParams.get('period'))
    const [stored] = await server.db.query<{ municipality_code: string }>('SELECT municipality_code FROM promise_period WHERE id = $1', [id])
    expect(stored!.municipality_code).toBe('1782')
    // The police see every municipality's periods, so each says whose it is.
    await expect.poll(() => page.locator('.pe-status__municipality').textContent()).toBe('Gäller Filipstads kommun')
    expect(await page.getByLabel('Period', { exact: true }).locator('option:checked').textContent()).toBe('Medborgarlöfte Filipstad 2027, Filipstad (utkast)')
    expect(await runAxe(page)).toEqual([])
    await screenshot(page, 'editing-created-desk')
    await close(page)
  })

  it('belongs to their own municipality for kommun staff, who get no choice', async () => {
    const page = await open(`${pagePaths.promiseEditing}?ny=1`, { as: { role: 'kommun', municipality: '1760' }, viewport: phone })
    const form = page.locator('#pe-period-new')
    await form.waitFor()
    await expect.poll(() => form.locator('.pe-form__municipality').textContent()).toBe('Perioden gäller Storfors kommun, där du arbetar.')
    expect(await form.getByLabel('Kommun', { exact: true }).count()).toBe(0)
    await form.getByLabel('Titel').fill('Medborgarlöfte Storfors 2027')
    await form.getByLabel('Gäller från').fill('2027-03-01')
    await form.getByLabel('Gäller till').fill('2027-12-31')
    expect(await overflowing(page)).toEqual([])
    expect(await runAxe(page)).toEqual([])
    await screenshot(page, 'editing-kommun-phone')
    await form.getByRole('button', { name: 'Skapa perioden' }).click()
    await expect.poll(() => page.url()).toMatch(/\?period=\d+$/)
    const id = Number(new URL(page.url()).searchParams.get('period'))
    const [stored] = await server.db.query<{ municipality_code: string }>('SELECT municipality_code FROM promise_period WHERE id = $1', [id])
    expect(stored!.municipality_code).toBe('1760')
    await close(page)
  })

  it('ran without a Content-Security-Policy violation or a page error', () => {
    expect(problems.csp).toEqual([])
    expect(problems.errors).toEqual([])
  })
})
