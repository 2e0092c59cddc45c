/**
 * The lägesbild as the weekly EST meeting uses it, in Debian's Chromium: a known week (week 10 of
 * 2021, which the demo data does not reach) with its incidents, reports and a walk observation
 * counted per type and compared with the four weeks before, in words and numbers; the top places;
 * a step back a week, then the quarter and the year; the tables as CSV and the map's points as
 * GeoJSON; the last whole week by default with no step into the week still running; an empty
 * week saying so; the police reading it; a phone; the printed page without controls and with the
 * map as a picture; WCAG 2.1 AA with axe-core in Swedish and English, and no Content-Security-
 * Policy violation. Screenshots go to test-results/screenshots/situation-*.png.
 */
import { readFile } from 'node:fs/promises'
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

// Kristinehamn's Norra torget, and Stadsparken about 1 km east: two places, far apart.
const torget = [14.1075, 59.3098]
const park = [14.1258, 59.3101]

/** `count` rows a few metres apart around `at`, at 19:00 Swedish time on `day`. */
function incidents(type: string, day: string, count: number, at = torget) {
  return server.db.query(
    `INSERT INTO staff_incident (municipality_code, type, occurred_at, organisation, geom)
     SELECT '1781', $1, ($2::date + time '19:00') AT TIME ZONE 'Europe/Stockholm', 'bostadsbolag',
            ST_Translate(ST_Transform(ST_SetSRID(ST_MakePoint($4, $5), 4326), 3006), n * 4, n * 3)
       FROM generate_series(1, $3::int) AS n`,
    [type, day, count, at[0], at[1]],
  )
}

function reports(category: string, day: string, count: number, at = park) {
  return server.db.query(
    `INSERT INTO report (municipality_code, category, time_of_day, week_part, description, status, reported_at, geom)
     SELECT '1781', $1, 'evening', 'all_week', '', 'published', ($2::date + time '20:00') AT TIME ZONE 'Europe/Stockholm',
            ST_Translate(ST_Transform(ST_SetSRID(ST_MakePoint($4, $5), 4326), 3006), n * 5, n * -3)
       FROM generate_series(1, $3::int) AS n`,
    [category, day, count, at[0], at[1]],
  )
}

beforeAll(async () => {
  server = await startTestServer({ env: { LOGIN_RATE_LIMIT: '10000' } })
  browser = await launchBrowser()
  // The demo walks go back to 2016; their observations from 2016–2021 are moved out of the way so
  // the weeks, quarter and years compared below hold only what this test puts there.
  await server.db.query(`DELETE FROM walk_observation WHERE observed_at < '2022-01-01'`)
  const before = await server.db.query<{ n: number }>(
    `SELECT (SELECT count(*) FROM staff_incident WHERE occurred_at < '2022-01-01')
          + (SELECT count(*) FROM report WHERE reported_at < '2022-01-01') AS n`,
  )
  expect(Number(before[0]?.n)).toBe(0)

  // The four weeks before week 10 (8 February – 7 March 2021): two damages and a report a week.
  for (const monday of ['2021-02-08', '2021-02-15', '2021-02-22', '2021-03-01']) {
    await incidents('damage', monday, 2)
    await reports('lighting', monday, 1)
  }
  // Week 10 (8–14 March 2021): 5 damages and 3 littering at the square, 2 reports and an unsafe walk observation in the park.
  await incidents('damage', '2021-03-09', 5)
  await incidents('littering', '2021-03-13', 3)
  await reports('lighting', '2021-03-10', 2)
  await server.db.query(
    `INSERT INTO walk_observation (walk_id, category, assessment, description, observed_at, geom)
     SELECT (SELECT min(id) FROM safety_walk), 'vegetation', 'unsafe', 'Skymmande buskage',
            ('2021-03-11'::date + time '18:30') AT TIME ZONE 'Europe/Stockholm',
            ST_Transform(ST_SetSRID(ST_MakePoint($1, $2), 4326), 3006)`,
    [park[0], park[1]],
  )
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  expect(cspProblems).toEqual([])
  expect(pageErrors).toEqual([])
})

const account = (role: Role): Promise<Account> => createStaffAccount(server.db, role)
const weekTen = `${pagePaths.situation}?period=week&date=2021-03-10`

async function open(options: { as: Account; path?: string; language?: 'sv' | 'en'; viewport?: { width: number; height: number } }): Promise<Page> {
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
  const response = await page.goto(`${server.url}${options.path ?? weekTen}`)
  expect(response?.status()).toBe(200)
  await page.locator('.sp-summary').waitFor({ timeout: 30_000 })
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

async function screenshot(page: Page, name: string, fullPage = true) {
  await page.screenshot({ path: path.join(screenshotDir, `situation-${name}.png`), fullPage })
}

async function expectNoAxeViolations(page: Page) {
  const violations = await runAxe(page)
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([])
}

const heading = (page: Page) => page.locator('h1').textContent()
const total = (page: Page) => page.locator('.sp-summary__total').textContent()
const row = (page: Page, source: string, type: string) => page.locator(`#sp-source-${source}`).locator('..').locator('tbody tr', { hasText: type })
const cells = async (page: Page, source: string, type: string) => (await row(page, source, type).locator('th, td').allTextContents()).map((text) => text.trim())
// Intl may put a thin or no-break space around a dash.
const plain = (text: string | null) => (text ?? '').replace(/[\u2009\u202f\u00a0]/g, ' ')

describe('the weekly meeting', () => {
  it('sees week 10: counts per type, the change against the four weeks before, the map and the top places', async () => {
    const page = await open({ as: await account('kommun') })
    expect(plain(await heading(page))).toMatch(/^Lägesbild: Vecka 10, 8–14 mars 2021$/)
    expect(await total(page)).toBe('11 händelser, 8 fler än snittet för de fyra veckorna före (3)')
    expect(await page.locator('.sp-summary__sources').textContent()).toContain('EST-händelser: 8, 6 fler än snittet (2)')

    // Per type, with the change as an arrow and in words; every incident type is a row.
    expect(await cells(page, 'staff', 'Skadegörelse')).toEqual(['Skadegörelse', '5', '2', '↑ 3 fler', expect.stringContaining('v. 10: 5')])
    expect(await cells(page, 'staff', 'Nedskräpning')).toEqual(['Nedskräpning', '3', '0', '↑ 3 fler', expect.stringContaining('v. 9: 0, v. 10: 3')])
    // The types with none at all, now or before, on one line.
    expect(await page.locator('#sp-source-staff').locator('..').locator('tbody tr').count()).toBe(3)
    expect(await cells(page, 'staff', 'Inga alls')).toEqual(['Inga alls', 'Otrygg plats, Hot eller våld mot personal, Händelse, Misstänkt narkotikahandel, Störande grupp'])
    expect((await cells(page, 'public', 'Belysning')).slice(0, 4)).toEqual(['Belysning', '2', '1', '↑ 1 fler'])
    expect((await cells(page, 'walk', 'Växtlighet')).slice(0, 4)).toEqual(['Växtlighet', '1', '0', '↑ 1 fler'])
    expect(await page.locator('#sp-source-staff').locator('..').locator('tfoot').textContent()).toContain('Totalt')
    // The bars are a picture; their numbers are text for a screen reader.
    expect(await page.locator('.sp-bars svg').first().getAttribute('aria-hidden')).toBe('true')

    // The square first (8 entries, mostly damage), then the park.
    const places = page.locator('.sp-top__place')
    expect(await places.count()).toBe(2)
    expect(await places.first().textContent()).toContain('8 händelser, vanligast: Skadegörelse')
    expect(await places.nth(1).textContent()).toContain('3 händelser')

    await waitForMap(page)
    const drawn = await page.evaluate(() => window.__trygghetskartan?.map.querySourceFeatures('situation-places').length ?? 0)
    expect(drawn).toBeGreaterThan(0)
    expect(await page.locator('.sp-map__legend').textContent()).toContain('Observationer från trygghetsvandringar')
    await screenshot(page, 'week-desktop-sv')
    await expectNoAxeViolations(page)

    // The tables as CSV, the map's points as GeoJSON.
    const csvDownload = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Ladda ner tabellerna (CSV)' }).click()
    const csv = await csvDownload
    expect(csv.suggestedFilename()).toBe('lagesbild-2021-v10.csv')
    const csvText = await readFile(await csv.path(), 'utf8')
    const [header, first] = csvText.split('\r\n')
    expect(header).toMatch(/^\uFEFFPeriod;Källa;Typ;Antal;Snitt 4 veckor före;Förändring;v\. 52 \(2020-12-21\);/)
    expect(header).toMatch(/;v\. 10 \(2021-03-08\)$/)
    expect(first).toMatch(/;EST-händelser;Skadegörelse;5;2;3 fler;0;0;0;0;0;0;0;2;2;2;2;5$/)
    await expect.poll(() => page.locator('.sp-page > .status-region').first().textContent()).toContain('lagesbild-2021-v10.csv')

    const geoDownload = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Ladda ner kartans punkter (GeoJSON)' }).click()
    const geojson = JSON.parse(await readFile(await (await geoDownload).path(), 'utf8')) as { type: string; features: { properties: { source: string } }[] }
    expect(geojson.type).toBe('FeatureCollection')
    expect(geojson.features).toHaveLength(11)
    expect(new Set(geojson.features.map((feature) => feature.properties.source))).toEqual(new Set(['staff', 'public', 'walk']))

    // A week back: two damages and a report, as each week before (and none in week 5).
    await page.getByRole('button', { name: 'Föregående vecka' }).click()
    await expect.poll(async () => plain(await heading(page))).toMatch(/^Lägesbild: Vecka 9, 1–7 mars 2021$/)
    await expect.poll(() => total(page)).toBe('3 händelser, 0,7 fler än snittet för de fyra veckorna före (2,3)')
    expect(page.url()).toContain('period=week&date=2021-03-01')
    await expect.poll(() => page.locator('.sp-page > .status-region').first().textContent()).toContain('Visar lägesbilden för Vecka 9')

    // The quarter and the year: everything above, and nothing in the periods before.
    await page.getByLabel('Kvartal', { exact: true }).check()
    await expect.poll(async () => plain(await heading(page))).toMatch(/^Lägesbild: Kvartal 1, januari ?– ?mars 2021$/)
    await expect.poll(() => total(page)).toBe('23 händelser, 23 fler än snittet för de fyra kvartalen före (0)')
    expect(await page.locator('#sp-source-staff').locator('..').locator('thead').textContent()).toContain('Per vecka')
    await screenshot(page, 'quarter-desktop-sv')
    await page.getByLabel('År', { exact: true }).check()
    await expect.poll(() => heading(page)).toBe('Lägesbild: År 2021')
    await expect.poll(() => total(page)).toBe('23 händelser, 23 fler än snittet för de fyra åren före (0)')
    expect(await cells(page, 'staff', 'Skadegörelse')).toEqual(['Skadegörelse', '13', '0', '↑ 13 fler', expect.stringContaining('februari: 6, mars: 7')])
    await screenshot(page, 'year-desktop-sv')
    await close(page)
  })

  it('opens on the last whole week, cannot step into the week still running, and reads in English', async () => {
    const page = await open({ as: await account('polis'), path: pagePaths.situation })
    // The browser's clock says Monday 23 November 2026: last week is week 47.
    expect(plain(await heading(page))).toMatch(/^Lägesbild: Vecka 47, 16–22 nov\.? 2026$/)
    expect(await page.getByRole('button', { name: 'Nästa vecka' }).getAttribute('aria-disabled')).toBe('true')
    expect(await page.locator('.sp-step__note').textContent()).toContain('senaste hela veckan')
    await page.getByRole('button', { name: 'Nästa vecka' }).dispatchEvent('click')
    expect(plain(await heading(page))).toMatch(/Vecka 47/)
    expect(page.url()).toBe(`${server.url}${pagePaths.situation}`)
    await waitForMap(page)
    await screenshot(page, 'default-desktop-sv')
    await expectNoAxeViolations(page)
    await close(page)

    const english = await open({ as: await account('kommun'), path: pagePaths.situation, language: 'en' })
    expect(plain(await heading(english))).toMatch(/^Situation picture: Week 47, 16 ?– ?22 Nov 2026$/)
    expect(await total(english)).toMatch(/^\d+ entr(y|ies), .* the average of the four weeks before \(/)
    await waitForMap(english)
    await screenshot(english, 'default-desktop-en')
    await expectNoAxeViolations(english)
    await english.getByLabel('Year', { exact: true }).check()
    await expect.poll(() => heading(english)).toBe('Situation picture: Year 2025')
    await expectNoAxeViolations(english)
    await close(english)
  })

  it('says so when a week has nothing, and still shows the page', async () => {
    const page = await open({ as: await account('kommun'), path: `${pagePaths.situation}?period=week&date=2021-06-16` })
    expect(await page.locator('.sp-summary__empty').textContent()).toBe('Inga händelser eller rapporter under perioden.')
    // Nothing before either: no sentence comparing nothing with nothing.
    expect(await page.locator('.sp-summary__total').count()).toBe(0)
    expect(await page.locator('.sp-source__none').first().textContent()).toBe('Inga under veckan eller de fyra veckorna före.')
    expect(await page.locator('.sp-top__none').textContent()).toBe('Ingen plats har mer än en händelse under perioden.')
    expect(await page.locator('.sp-map__note').textContent()).toBe('Inga platser att visa under perioden.')
    expect(await page.locator('[role="alert"]').count()).toBe(0)
    await waitForMap(page)
    await screenshot(page, 'empty-desktop-sv')
    await expectNoAxeViolations(page)

    // A day that does not exist is refused by the API with a message in both languages.
    const answer = await page.request.get(`${server.url}/api/planning/situation?period=week&date=2021-02-30`)
    expect(answer.status()).toBe(400)
    expect(((await answer.json()) as { error: { message_sv: string } }).error.message_sv).not.toBe('')
    await close(page)
  })

  it('fits a phone', async () => {
    const page = await open({ as: await account('kommun'), viewport: phone })
    await waitForMap(page)
    await screenshot(page, 'week-phone-sv')
    await screenshot(page, 'week-phone-sv-top', false)
    await page.locator('.sp-source').first().screenshot({ path: path.join(screenshotDir, 'situation-week-phone-sv-table.png') })
    expect(await overflowing(page)).toEqual([])
    await expectNoAxeViolations(page)
    await close(page)
  })

  it('prints without controls, with the map as a picture', async () => {
    const page = await open({ as: await account('kommun') })
    await waitForMap(page)
    const picture = page.locator('img.sp-map__print')
    await picture.waitFor({ state: 'attached' })
    await page.emulateMedia({ media: 'print' })
    expect(await picture.isVisible()).toBe(true)
    expect(await picture.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(100)
    expect(await page.locator('.maplibregl-canvas').isVisible()).toBe(false)
    expect(await page.locator('.sp-controls').isVisible()).toBe(false)
    const visibleButtons = await page.locator('button, nav').evaluateAll((elements) => elements.filter((element) => (element as HTMLElement).offsetParent !== null).length)
    expect(visibleButtons).toBe(0)
    expect(await page.locator('.sp-summary__total').isVisible()).toBe(true)
    expect(await page.locator('.sp-source').first().evaluate((element) => getComputedStyle(element).breakInside)).toBe('avoid')
    // An A4 page at 96 dpi less the margins is about 700 px wide: the printed page fits it.
    await page.setViewportSize({ width: 700, height: 1000 })
    expect(await overflowing(page)).toEqual([])
    await screenshot(page, 'print-sv')
    await close(page)
  })
})
