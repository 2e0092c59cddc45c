/**
 * The planners' hotspot screen as a planner at a desk and on a phone uses it, in Debian's
 * Chromium: clusters ranked with their score in numbers and words, the density grid with its
 * legend, a cluster chosen on the map and in the list, settings kept in the address, nonsense
 * settings refused at their fields, an empty selection that says "no data", the list as CSV and
 * the clusters as GeoJSON, and a measure started from a site; the police read without a create
 * button. WCAG 2.1 AA checks with axe-core in Swedish and English, and no Content-Security-Policy
 * violation or page error. Screenshots go to test-results/screenshots/planning-*.png.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { HotspotResult } from '../../server/shared/api/planning-schemas.ts'
import { pagePaths } from '../../server/shared/page-paths.ts'
import type { Role } from '../../server/shared/roles.ts'
import { createStaffAccount } from '../support/api-session.ts'
import { launchBrowser, overflowing, runAxe, screenshotDir } from '../support/browser-checks.ts'
import { TEST_REFERENCE_DATE } from '../support/test-backends.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

const desktop = { width: 1366, height: 768 }
const phone = { width: 390, height: 844 }

interface Account {
  email: string
  password: string
}

let server: TestServer
let browser: Browser
const cspProblems: string[] = []
const pageErrors: string[] = []

// Fifteen lighting reports a few metres apart at Kvarndammen, west of the centre, this week; five
// of them with three "me too" each (serious). No other cluster in the seed has fifteen places.
const OUR_TERMS = '15 platser × 1 = 15 · 5 allvarliga × 2 = 10 · 15 från de senaste 90 dagarna × 1 = 15'

beforeAll(async () => {
  server = await startTestServer({ env: { LOGIN_RATE_LIMIT: '10000' } })
  browser = await launchBrowser()
  await server.db.query(
    `INSERT INTO report (municipality_code, category, time_of_day, week_part, description, status, me_too_count, geom)
     SELECT '1781', 'lighting', 'night', 'all_week', 'Mörk gångväg', 'published', CASE WHEN n <= 5 THEN 3 ELSE 0 END,
            ST_Translate(ST_Transform(ST_SetSRID(ST_MakePoint(14.0900, 59.3150), 4326), 3006), (n % 5) * 6, (n / 5) * 6)
       FROM generate_series(1, 15) AS n`,
  )
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  expect(cspProblems).toEqual([])
  expect(pageErrors).toEqual([])
})

const account = (role: Role): Promise<Account> => createStaffAccount(server.db, role)

async function open(options: { as: Account; language?: 'sv' | 'en'; search?: string; viewport?: { width: number; height: number } }): Promise<Page> {
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
  const login = await page.request.post(`${server.url}/api/auth/login`, { data: { email: options.as.email, password: options.as.password } })
  expect(login.status()).toBe(200)
  const response = await page.goto(`${server.url}${pagePaths.planning}${options.search ?? ''}`)
  expect(response?.status()).toBe(200)
  await page.locator('.pl-sites__summary, .pl-sites__empty').first().waitFor({ timeout: 30_000 })
  return page
}

async function close(page: Page) {
  const seen = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
  cspProblems.push(...seen.map((violation) => `${page.url()}: ${violation}`))
  await page.close()
}

async function waitForMap(page: Page) {
  await page.waitForFunction(() => window.__trygghetskartan?.dataLoaded === true, null, { timeout: 30_000 })
  await page.evaluate(() => window.__trygghetskartan?.whenIdle())
}

async function screenshot(page: Page, name: string, fullPage = false) {
  await page.screenshot({ path: path.join(screenshotDir, `planning-${name}.png`), fullPage })
}

async function expectNoAxeViolations(page: Page) {
  const violations = await runAxe(page)
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([])
}

const ourSite = (page: Page) => page.locator('.pl-site', { hasText: OUR_TERMS })
const summary = (page: Page) => page.locator('#pl-settings .error-summary')
const apply = (page: Page) => page.getByRole('button', { name: 'Visa resultat' }).click()

describe('the planner', () => {
  it('sees the clusters ranked, with the formula in words and each site’s reasons', async () => {
    const page = await open({ as: await account('kommun') })
    expect(await page.locator('h1').textContent()).toBe('Planera trygghetsåtgärder')
    expect(await page.locator('#pl-settings-categories').textContent()).toContain('räknas bara när alla kategorier är valda')
    expect(await page.locator('.pl-formula').textContent()).toContain('Varje kluster får 1 poäng per plats, 2 per allvarlig plats')

    // Every site says its rank, its score and the sum that makes it.
    const first = page.locator('.pl-site').first()
    expect(await first.locator('.pl-site__name').textContent()).toMatch(/^1\. .+/)
    const firstScore = Number((await first.locator('.pl-site__score').textContent())?.replace(/[^\d,]/g, '').replace(',', '.'))
    expect(await first.locator('.pl-terms').textContent()).toMatch(/^\d+ platse?r? × 1 = \d+ · .* (i|utanför) centrumzonen .* = [\d,]+ poäng$/)
    expect(await first.locator('.pl-terms__total').textContent()).toBe(` = ${String(firstScore).replace('.', ',')} poäng`)

    const ours = ourSite(page)
    await ours.waitFor()
    const text = (await ours.textContent()) ?? ''
    expect(text).toMatch(/· (i|utanför) centrumzonen [+0-9]+ · (ingen )?genomförd åtgärd inom 100 m [−0-9]+ = \d+ poäng/)
    expect(text).toContain('15 rapporter, 0 från vandringar, 0 från personal')
    expect(await ours.locator('.pl-site__facts').textContent()).toContain('VanligastBelysning')
    expect(await ours.getByRole('button', { name: 'Skapa åtgärd härifrån' }).count()).toBe(1)

    // The grid with its legend in numbers; the map draws the clusters.
    await waitForMap(page)
    await expect.poll(() => page.locator('.pl-legend').textContent()).toMatch(/Täthet: vikt per sexkant på 100 m.*under 1.*16 eller mer.*halverad för var \d+:e dag/)
    await expect.poll(() => page.locator('.pl-legend__status').textContent()).toMatch(/\d+ sexkanter? i kartans utsnitt/)
    await screenshot(page, 'desktop-sv')
    await expectNoAxeViolations(page)
    await ours.scrollIntoViewIfNeeded()
    await screenshot(page, 'desktop-list')

    // The grid can be hidden and shown again.
    await page.getByLabel('Visa täthetsrutnätet').uncheck()
    expect(await page.locator('.pl-ramp').count()).toBe(0)
    await page.getByLabel('Visa täthetsrutnätet').check()
    await page.locator('.pl-ramp').waitFor()
    await close(page)
  })

  it('chooses a site in the list and on the map', async () => {
    const page = await open({ as: await account('kommun') })
    await waitForMap(page)
    const ours = ourSite(page)
    await ours.getByRole('button', { name: 'Visa på kartan' }).click()
    expect(await ours.getAttribute('aria-current')).toBe('true')
    expect(await ours.getByRole('button', { name: 'Vald på kartan' }).count()).toBe(1)
    await page.evaluate(() => window.__trygghetskartan?.whenIdle())

    // Another site chosen in the list, then ours by a click on its rank on the map.
    const result = await page.evaluate(() => fetch('/api/planning/hotspots').then((response) => response.json() as Promise<HotspotResult>))
    const site = result.sites.find((candidate) => candidate.parts.count === 15)
    if (!site) throw new Error('our site is not in the answer')
    const other = page.locator('.pl-site').filter({ hasNotText: OUR_TERMS }).first()
    await other.getByRole('button', { name: 'Visa på kartan' }).click()
    await expect.poll(() => ours.getAttribute('aria-current')).toBeNull()
    expect(await other.getAttribute('aria-current')).toBe('true')
    const at = await page.evaluate(async (centre) => {
      const hook = window.__trygghetskartan!
      hook.map.jumpTo({ center: centre as [number, number], zoom: 16 })
      await hook.whenIdle()
      const point = hook.map.project(centre as [number, number])
      const box = hook.map.getCanvas().getBoundingClientRect()
      return { x: box.x + point.x, y: box.y + point.y }
    }, site.centre.coordinates)
    await page.mouse.click(at.x, at.y)
    await expect.poll(() => ours.getAttribute('aria-current')).toBe('true')
    expect(await other.getAttribute('aria-current')).toBeNull()
    // Under the map, the chosen site in words, and a way on to its reasons.
    expect(await page.locator('.pl-chosen').textContent()).toContain(`Vald på kartan: ${site.rank}. `)
    await page.getByRole('button', { name: 'Visa skälen i listan' }).click()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`pl-site-${site.rank}-heading`)
    await screenshot(page, 'chosen')
    await close(page)
  })

  it('keeps applied settings in the address, refuses nonsense at the fields and says "no data" for an empty selection', async () => {
    const page = await open({ as: await account('kommun') })
    await page.getByLabel('Avstånd inom ett kluster (m)').fill('60')
    await apply(page)
    await expect.poll(() => page.url()).toContain('distance_m=60')
    await page.reload()
    await page.locator('.pl-sites__summary').waitFor()
    expect(await page.getByLabel('Avstånd inom ett kluster (m)').inputValue()).toBe('60')

    // Nonsense: a negative distance and a cell of 0 m, named at their fields all at once.
    await page.getByLabel('Avstånd inom ett kluster (m)').fill('-5')
    await page.getByLabel('Rutnätets cellstorlek (m)').fill('0')
    await apply(page)
    await expect.poll(() => summary(page).textContent()).toContain('Klusteravståndet (m) ska vara mellan 5 och 500.')
    expect(await summary(page).textContent()).toContain('Cellstorleken (m) ska vara mellan 25 och 1000.')
    expect(await page.getByLabel('Avstånd inom ett kluster (m)').getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator('#pl-settings-cell_m-error').textContent()).toContain('Cellstorleken')
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true)
    // The earlier answer stays, said to be the earlier one; the address keeps the accepted settings.
    expect(await page.locator('.pl-settings__earlier').textContent()).toContain('senaste urvalet som gick att räkna på')
    expect(await ourSite(page).count()).toBe(1)
    expect(page.url()).not.toContain('distance_m=-5')
    await screenshot(page, 'problem')

    // A period that ends before it starts.
    await page.getByLabel('Avstånd inom ett kluster (m)').fill('50')
    await page.getByLabel('Rutnätets cellstorlek (m)').fill('100')
    await page.getByLabel('Från och med').fill('2026-06-01')
    await page.getByLabel('Till och med').fill('2026-01-01')
    await apply(page)
    await expect.poll(() => summary(page).textContent()).toContain('Perioden måste sluta samma dag som den börjar eller senare')
    expect(await page.locator('#pl-settings-to-error').textContent()).toContain('Perioden måste sluta')
    expect(await summary(page).textContent()).not.toContain('Klusteravståndet')

    // Ten kilometres is nonsense too; a list with nothing ticked is refused before it is sent.
    await page.getByLabel('Rutnätets cellstorlek (m)').fill('10000')
    await page.getByLabel('Från och med').fill('')
    await page.getByLabel('Till och med').fill('')
    await apply(page)
    await expect.poll(() => summary(page).textContent()).toContain('Cellstorleken (m) ska vara mellan 25 och 1000.')
    expect(await summary(page).textContent()).not.toContain('Perioden')
    await page.getByLabel('Rutnätets cellstorlek (m)').fill('100')
    for (const source of ['Rapporter från allmänheten', 'Trygghetsvandringar', 'Personalens händelser (EST)']) await page.getByLabel(source).uncheck()
    await apply(page)
    await expect.poll(() => summary(page).textContent()).toContain('Välj minst en källa.')
    await page.getByLabel('Rapporter från allmänheten').check()

    // A period with nothing in it: no data, not an error.
    await page.getByLabel('Från och med').fill('2001-01-01')
    await page.getByLabel('Till och med').fill('2001-01-31')
    await apply(page)
    await expect.poll(() => page.locator('.pl-sites__empty').textContent()).toContain('Ingen data för det här urvalet.')
    expect(await summary(page).count()).toBe(0)
    expect(await page.locator('.pl-site').count()).toBe(0)
    expect(page.url()).toContain('from=2001-01-01')
    await page.evaluate(() => window.__trygghetskartan?.whenIdle())
    await screenshot(page, 'no-data')
    await expectNoAxeViolations(page)

    // The weights go back to their defaults with one press.
    await page.getByLabel('Tillägg i centrumzonen').fill('3')
    await page.getByRole('button', { name: 'Återställ vikterna' }).click()
    expect(await page.getByLabel('Tillägg i centrumzonen').inputValue()).toBe('10')
    await close(page)
  })

  it('exports the list as CSV and the clusters as GeoJSON', async () => {
    const page = await open({ as: await account('kommun') })
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportera listan (CSV)' }).click()])
    expect(csv.suggestedFilename()).toMatch(/^kandidatplatser-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/)
    const text = await readFile((await csv.path())!, 'utf8')
    const [header, ...rows] = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n')
    expect(header).toMatch(/^Rang;Poäng;Platser;Poäng för platser;Allvarliga;.*;Platsnamn;Longitud;Latitud;.*;Första;Senaste;Poängen i ord$/)
    expect(rows.length).toBe(await page.locator('.pl-site').count())
    expect(rows.some((row) => row.includes(OUR_TERMS))).toBe(true)
    await expect.poll(() => page.locator('.status-region').first().textContent()).toContain('är sparad')

    const [geojson] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportera klusterlagret (GeoJSON)' }).click()])
    const layer = JSON.parse(await readFile((await geojson.path())!, 'utf8')) as { type: string; features: { geometry: { type: string }; properties: { rank: number } }[] }
    expect(layer.type).toBe('FeatureCollection')
    expect(layer.features[0]?.geometry.type).toBe('Polygon')
    expect(layer.features[0]?.properties.rank).toBe(1)

    await page.getByRole('button', { name: 'Exportera rutnätslagret (GeoJSON)' }).waitFor()
    const [grid] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportera rutnätslagret (GeoJSON)' }).click()])
    expect(grid.suggestedFilename()).toMatch(/^tathet-100m-.*\.geojson$/)
    await close(page)
  })

  it('starts a measure from a site', async () => {
    const page = await open({ as: await account('kommun') })
    await ourSite(page).getByRole('button', { name: 'Skapa åtgärd härifrån' }).click()
    await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).search).toBe(`${pagePaths.measures}?ny=1`)
    await close(page)
  })

  it('reads well in English', async () => {
    const page = await open({ as: await account('kommun'), language: 'en' })
    expect(await page.locator('h1').textContent()).toBe('Plan safety measures')
    const ours = page.locator('.pl-site', { hasText: '15 places × 1 = 15 · 5 serious × 2 = 10 · 15 from the last 90 days × 1 = 15' })
    await ours.waitFor()
    expect(await page.locator('.pl-formula').textContent()).toContain('A cluster scores 1 for each place, 2 for each serious place')
    await page.getByLabel('Fewest places in a cluster').fill('1')
    await page.getByRole('button', { name: 'Show results' }).click()
    await expect.poll(() => summary(page).textContent()).toContain('The smallest cluster must be between 2 and 100.')
    await waitForMap(page)
    await screenshot(page, 'desktop-en')
    await expectNoAxeViolations(page)
    await close(page)
  })

  it('fits a phone: the settings, the map and the list stacked', async () => {
    const page = await open({ as: await account('kommun'), viewport: phone })
    await waitForMap(page)
    expect(await overflowing(page)).toEqual([])
    await screenshot(page, 'phone', true)
    // The long page in parts a person (and an image viewer) can read.
    const height = await page.evaluate(() => document.documentElement.scrollHeight)
    for (let y = 0, part = 1; y < height; y += 1400, part += 1) {
      await page.screenshot({ path: path.join(screenshotDir, `planning-phone-${part}.png`), fullPage: true, clip: { x: 0, y, width: phone.width, height: Math.min(1400, height - y) } })
    }
    await expectNoAxeViolations(page)
    await close(page)
  })
})

describe('the police', () => {
  it('read the sites and export them, without a way to create a measure', async () => {
    const page = await open({ as: await account('polis') })
    await ourSite(page).waitFor()
    expect(await page.getByRole('button', { name: 'Skapa åtgärd härifrån' }).count()).toBe(0)
    expect(await page.locator('.pl-page__read-only').textContent()).toContain('Bara kommunen skapar åtgärder')
    expect(await page.getByRole('button', { name: 'Exportera listan (CSV)' }).count()).toBe(1)
    await waitForMap(page)
    await screenshot(page, 'police')
    await expectNoAxeViolations(page)
    await close(page)
  })
})
