/**
 * The measures screen as a planner at a desk and the police use it, in Debian's Chromium: the list
 * with its status filter and exports (CSV header, GeoJSON layer), the effect of the done measures
 * with a radius the server refuses shown at its field; a new point measure clicked on the map, a
 * nearby report ticked, saved as decided (the report becomes "measure planned"), then done (the
 * report becomes "fixed") with its effect in words; a measure with no shape refused before sending
 * and one outside the municipality refused by the server at the shape; the police reading a
 * measure without a way to change it; a phone's width; WCAG 2.1 AA checks with axe-core in Swedish
 * and English, and no Content-Security-Policy violation. Screenshots go to
 * test-results/screenshots/measures-*.png.
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
const REPORT_TEXT = 'Mörk gångväg mellan parkeringen och busshållplatsen'

interface Account {
  email: string
  password: string
}

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

const account = (role: Role): Promise<Account> => createStaffAccount(server.db, role)

async function open(options: { as: Account; language?: 'sv' | 'en'; path?: string; viewport?: { width: number; height: number } }): Promise<Page> {
  const page = await browser.newPage({ viewport: options.viewport ?? desktop, deviceScaleFactor: 1, reducedMotion: 'reduce' })
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
  const response = await page.goto(`${server.url}${options.path ?? pagePaths.measures}`)
  expect(response?.status()).toBe(200)
  await page.locator('h1').waitFor({ timeout: 30_000 })
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
  await page.screenshot({ path: path.join(screenshotDir, `measures-${name}.png`), fullPage })
}

async function expectNoAxeViolations(page: Page) {
  const violations = await runAxe(page)
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([])
}

async function mapCentre(page: Page) {
  const box = await page.locator('.maplibregl-canvas').boundingBox()
  if (!box) throw new Error('no map canvas')
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

async function clickMap(page: Page, x: number, y: number) {
  await page.mouse.move(x, y, { steps: 4 })
  await page.mouse.click(x, y)
  await page.waitForTimeout(150)
}

/** The map's middle in WGS84: where a click in the middle of the canvas lands. */
const centreLngLat = (page: Page) =>
  page.evaluate(() => {
    const centre = window.__trygghetskartan!.map.getCenter()
    return { lng: centre.lng, lat: centre.lat }
  })

/** Moves the map without animation and waits until it has drawn there. */
async function jumpTo(page: Page, lng: number, lat: number, zoom: number) {
  await page.evaluate(([x, y, z]) => window.__trygghetskartan!.map.jumpTo({ center: [x!, y!], zoom: z! }), [lng, lat, zoom])
  await page.evaluate(() => window.__trygghetskartan?.whenIdle())
}

const status = (page: Page) => page.locator('.gs-page__side > .status-region').first()
const reportStatus = async (id: number) => (await server.db.query<{ status: string }>('SELECT status FROM report WHERE id = $1', [id]))[0]?.status

describe('the planner', () => {
  it('sees the measures by status, exports them and sees whether the done ones helped', async () => {
    const page = await open({ as: await account('kommun') })
    expect(await page.locator('h1').textContent()).toBe('Trygghetsåtgärder')
    const items = page.locator('.ms-item')
    await items.first().waitFor()
    const all = await items.count()
    expect(all).toBeGreaterThan(0)
    expect(await items.first().textContent()).toMatch(/(Föreslagen|Beslutad|Genomförd|Avslagen).*Ansvarig: /)
    expect(await page.getByRole('link', { name: 'Ny åtgärd' }).getAttribute('href')).toBe('/kommun/atgarder?ny=1')

    // The effects: one per done measure, each in words; the radius is the default.
    const effects = page.locator('.ms-effects__item')
    await effects.first().waitFor()
    expect(await page.locator('.ms-effects__radius').textContent()).toMatch(/Räknat med radien 150 m: \d+ genomförda? åtgärd/)
    expect(await effects.first().textContent()).toMatch(/För få platser för att säga något|Färre än väntat|Fler än väntat|Ingen tydlig förändring|För tidigt att säga/)
    await waitForMap(page)
    await screenshot(page, 'desktop-sv')
    await screenshot(page, 'desktop-sv-full', true)
    await expectNoAxeViolations(page)

    // A radius the server refuses: its message at the field, the effects as they were.
    await page.getByLabel('Radie (m)').fill('5')
    await page.getByRole('button', { name: 'Räkna om' }).click()
    await expect.poll(() => page.locator('#ms-effects-radius_m-error').textContent()).toContain('Radien (m) ska vara mellan 25 och 1000')
    expect(await page.getByLabel('Radie (m)').getAttribute('aria-invalid')).toBe('true')
    expect(await effects.count()).toBeGreaterThan(0)
    await page.getByLabel('Radie (m)').fill('300')
    await page.getByRole('button', { name: 'Räkna om' }).click()
    await expect.poll(() => page.locator('.ms-effects__radius').textContent()).toContain('radien 300 m')
    expect(await page.locator('#ms-effects-radius_m-error').count()).toBe(0)

    // The status filter is in the address and filters list and map alike.
    await page.getByLabel('Visa status').selectOption('done')
    await expect.poll(() => page.url()).toMatch(/\?status=done$/)
    const done = await items.count()
    expect(done).toBeGreaterThan(0)
    expect(done).toBeLessThan(all)
    for (const text of await items.allTextContents()) expect(text).toContain('Genomförd')

    // The list as shown, as CSV with its header; the layer as shown, as GeoJSON.
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportera listan (CSV)' }).click()])
    expect(csv.suggestedFilename()).toMatch(/^atgarder-\d{4}-\d{2}-\d{2}\.csv$/)
    const text = await readFile((await csv.path())!, 'utf8')
    const [header, ...rows] = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n')
    expect(header).toBe('Id;Åtgärd;Typ;Status;Skäl till avslag;Ansvarig;Ansvarig i praktiken;Föreslagen;Beslutad;Genomförd;Kostnad (kr);I centrum;Rapporter (id);Observationer (id);Beskrivning')
    expect(rows.length).toBe(done)
    expect(rows.every((row) => row.split(';')[3] === 'Genomförd')).toBe(true)
    await expect.poll(() => status(page).textContent()).toContain('är sparad')

    const [geojson] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportera kartlagret (GeoJSON)' }).click()])
    const layer = JSON.parse(await readFile((await geojson.path())!, 'utf8')) as { type: string; features: { geometry: { type: string }; properties: { status: string } }[] }
    expect(layer.type).toBe('FeatureCollection')
    expect(layer.features.length).toBe(done)
    expect(layer.features.every((feature) => feature.properties.status === 'done')).toBe(true)

    const [effectFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportera effekterna (CSV)' }).click()])
    const effectText = await readFile((await effectFile.path())!, 'utf8')
    expect(effectText.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^Id;Åtgärd;Typ;Genomförd;Radie \(m\);Månader per period;.*;Bedömning$/)
    await close(page)
  })

  it('creates a point measure from a click on the map, links a nearby report, decides it and sees it done', async () => {
    const page = await open({ as: await account('kommun'), path: `${pagePaths.measures}?ny=1` })
    const form = page.locator('#ms-form')
    await form.waitFor()
    await waitForMap(page)

    // A report a few metres from the middle of the map, where the click will be.
    await jumpTo(page, 14.1065, 59.3098, 16)
    const centre = await centreLngLat(page)
    const [report] = await server.db.query<{ id: number }>(
      `INSERT INTO report (municipality_code, category, time_of_day, week_part, description, status, geom)
       VALUES ('1781', 'lighting', 'evening', 'all_week', $3, 'published',
               ST_Translate(ST_Transform(ST_SetSRID(ST_MakePoint($1, $2), 4326), 3006), 20, 10))
       RETURNING id`,
      [centre.lng, centre.lat, REPORT_TEXT],
    )
    const reportId = report!.id

    // Nothing drawn: refused before sending, the message at the shape.
    await form.getByLabel('Namn på åtgärden').fill('Ny belysning vid busshållplatsen')
    await form.getByRole('button', { name: 'Spara åtgärden' }).click()
    await expect.poll(() => form.locator('.error-summary').textContent()).toContain('Rita åtgärden på kartan: en punkt, en linje eller en yta.')
    expect(await page.locator('#ms-form-geometry .field__error').textContent()).toContain('Rita åtgärden på kartan')
    await screenshot(page, 'no-shape')

    // A point: one click in the middle of the map; the report nearby is offered and ticked.
    expect(await page.getByLabel('Punkt (t.ex. en lampa)').isChecked()).toBe(true)
    const at = await mapCentre(page)
    await page.mouse.move(at.x, at.y, { steps: 4 })
    await page.mouse.click(at.x, at.y)
    await expect.poll(() => form.locator('.ms-shape__state').textContent()).toBe('En punkt är utsatt på kartan.')
    const tick = page.getByRole('checkbox', { name: new RegExp(`Rapport ${reportId}: Belysning`) })
    await tick.waitFor({ timeout: 15_000 })
    expect(await tick.isChecked()).toBe(false)
    await tick.check()
    expect(await form.locator('.ms-evidence').textContent()).toContain(REPORT_TEXT)

    await form.getByLabel('Beskrivning').fill('Två nya stolpar med LED längs gångvägen.')
    await form.getByLabel('Typ av åtgärd').selectOption('lighting')
    await form.getByLabel('Föreslagen', { exact: true }).fill('2026-11-02')
    await form.getByLabel('Status').selectOption('decided')
    await form.getByLabel('Beslutad', { exact: true }).fill('2026-11-20')
    await form.getByLabel('Vem i praktiken').fill('Gatuenheten')
    await form.getByLabel('Kostnad (kr)').fill('48 000')
    await page.evaluate(() => window.__trygghetskartan?.whenIdle())
    await screenshot(page, 'form')
    await screenshot(page, 'form-full', true)
    await expectNoAxeViolations(page)

    await form.getByRole('button', { name: 'Spara åtgärden' }).click()
    await expect.poll(() => status(page).textContent()).toContain('Åtgärden ”Ny belysning vid busshållplatsen” är sparad.')
    await expect.poll(() => page.url()).toMatch(/\/kommun\/atgarder\?id=\d+$/)
    const measureId = Number(new URL(page.url()).searchParams.get('id'))
    const details = page.locator('.ms-details')
    await details.waitFor()
    expect(await details.locator('h2').textContent()).toBe('Ny belysning vid busshållplatsen')
    expect(await details.textContent()).toMatch(/48\s000 kr/)
    expect(await details.locator('.ms-linked').first().textContent()).toContain(REPORT_TEXT)
    expect(await details.textContent()).toContain('Effekten räknas när åtgärden är genomförd.')
    expect(await reportStatus(reportId)).toBe('measure_planned')
    const [saved] = await server.db.query<{ kind: string; cost: number }>('SELECT GeometryType(geom) AS kind, cost_sek AS cost FROM measure WHERE id = $1', [measureId])
    expect(saved).toEqual({ kind: 'POINT', cost: 48000 })

    // Done yesterday: the report is fixed, and it is too early to say whether it helped.
    await page.getByRole('button', { name: 'Ändra åtgärden' }).click()
    await form.waitFor()
    expect(await page.locator('#ms-form-heading').textContent()).toBe('Ändra ”Ny belysning vid busshållplatsen”')
    expect(await page.getByRole('checkbox', { name: new RegExp(`Rapport ${reportId}: Belysning`) }).isChecked()).toBe(true)
    await form.getByLabel('Status').selectOption('done')
    await form.getByRole('button', { name: 'Spara åtgärden' }).click()
    await expect.poll(() => form.locator('.error-summary').textContent()).toContain('Ange dagen då åtgärden blev genomförd.')
    await form.getByLabel('Genomförd', { exact: true }).fill('2026-11-22')
    await form.getByRole('button', { name: 'Spara åtgärden' }).click()
    await expect.poll(() => status(page).textContent()).toContain('Ändringarna i ”Ny belysning vid busshållplatsen” är sparade.')
    await details.waitFor()
    expect(await reportStatus(reportId)).toBe('fixed')
    const effect = details.locator('.ms-effect')
    await effect.waitFor()
    expect(await effect.textContent()).toContain('För tidigt att säga: åtgärden blev genomförd för mindre än en månad sedan.')
    await page.evaluate(() => window.__trygghetskartan?.whenIdle())
    await screenshot(page, 'done')
    await expectNoAxeViolations(page)
    await close(page)
  })

  it('draws a line and an area, each finished with its button', async () => {
    const page = await open({ as: await account('kommun'), path: `${pagePaths.measures}?ny=1` })
    const form = page.locator('#ms-form')
    await form.waitFor()
    await waitForMap(page)
    await jumpTo(page, 14.1065, 59.3098, 16)
    const state = form.locator('.ms-shape__state')
    const at = await mapCentre(page)

    await page.getByLabel('Linje (t.ex. en gångväg)').check()
    await clickMap(page, at.x - 120, at.y + 40)
    await clickMap(page, at.x, at.y + 60)
    await clickMap(page, at.x + 120, at.y + 20)
    await expect.poll(() => state.textContent()).toBe('Ritar …')
    await page.getByRole('button', { name: 'Avsluta linjen' }).click()
    await expect.poll(() => state.textContent()).toBe('En linje med 3 punkter är ritad.')

    // Another kind of shape replaces the line.
    await page.getByLabel('Yta (t.ex. buskage som röjs)').check()
    await expect.poll(() => state.textContent()).toBe('Ingen form är ritad ännu.')
    await clickMap(page, at.x - 80, at.y - 80)
    await clickMap(page, at.x + 80, at.y - 80)
    await clickMap(page, at.x + 80, at.y + 60)
    await clickMap(page, at.x - 60, at.y + 80)
    await page.getByRole('button', { name: 'Avsluta ytan' }).click()
    await expect.poll(() => state.textContent()).toBe('En yta med 4 hörn är ritad.')
    await expect.poll(() => form.locator('.ms-evidence .status-region').textContent()).not.toContain('Söker')
    await page.evaluate(() => window.__trygghetskartan?.whenIdle())
    await screenshot(page, 'polygon')
    await close(page)
  })

  it('sees a measure outside the municipality refused at its shape', async () => {
    const page = await open({ as: await account('kommun'), path: `${pagePaths.measures}?ny=1` })
    const form = page.locator('#ms-form')
    await form.waitFor()
    await waitForMap(page)
    // Karlstad, outside the whole police area (Storfors is in it now); the point set without a mouse.
    await jumpTo(page, 13.5036, 59.3793, 15)
    await form.getByLabel('Namn på åtgärden').fill('Belysning i Karlstad')
    await form.getByRole('button', { name: 'Sätt punkten mitt i kartan' }).click()
    await expect.poll(() => form.locator('.ms-shape__state').textContent()).toBe('En punkt är utsatt på kartan.')
    await form.getByRole('button', { name: 'Spara åtgärden' }).click()
    await expect.poll(() => page.locator('#ms-form-geometry .field__error').textContent()).toContain('Åtgärden måste ligga inom kommunen')
    expect(await form.locator('.error-summary a[href="#ms-form-geometry"]').count()).toBe(1)
    await screenshot(page, 'outside')
    await close(page)
  })

  it('reads well in English and on a phone', async () => {
    const en = await open({ as: await account('kommun'), language: 'en' })
    expect(await en.locator('h1').textContent()).toBe('Safety measures')
    await en.locator('.ms-item').first().waitFor()
    await en.locator('.ms-effects__item').first().waitFor()
    await waitForMap(en)
    await screenshot(en, 'desktop-en')
    await expectNoAxeViolations(en)
    await en.getByRole('link', { name: 'New measure' }).click()
    await en.locator('#ms-form').waitFor()
    await en.getByRole('button', { name: 'Save the measure' }).click()
    await expect.poll(() => en.locator('#ms-form .error-summary').textContent()).toContain('Draw the measure on the map')
    await expectNoAxeViolations(en)
    await close(en)

    const small = await open({ as: await account('kommun'), viewport: phone })
    await small.locator('.ms-item').first().waitFor()
    await small.locator('.ms-effects__item').first().waitFor()
    await waitForMap(small)
    expect(await overflowing(small)).toEqual([])
    await screenshot(small, 'phone')
    await screenshot(small, 'phone-full', true)
    await small.locator('.ms-effects__item a').first().click()
    await small.locator('.ms-details').waitFor()
    await small.locator('.ms-effect, .ms-details__effect p').first().waitFor()
    expect(await overflowing(small)).toEqual([])
    await screenshot(small, 'phone-effect', true)
    await expectNoAxeViolations(small)
    await close(small)
  })
})

describe('the police', () => {
  it('read a measure without a way to change it', async () => {
    const page = await open({ as: await account('polis') })
    await page.locator('.ms-item').first().waitFor()
    expect(await page.getByRole('link', { name: 'Ny åtgärd' }).count()).toBe(0)
    expect(await page.locator('.gs-page__lead').textContent()).toContain('Bara kommunen kan lägga till och ändra åtgärder.')
    await page.locator('.ms-item a').first().click()
    const details = page.locator('.ms-details')
    await details.waitFor()
    expect(await details.textContent()).toContain('Du kan läsa åtgärden men inte ändra den')
    expect(await page.getByRole('button', { name: 'Ändra åtgärden' }).count()).toBe(0)
    expect(await page.locator('button', { hasText: /Spara/ }).count()).toBe(0)
    await waitForMap(page)
    await screenshot(page, 'police')
    await expectNoAxeViolations(page)

    // The address for a new measure tells them it is not theirs to add.
    await page.goto(`${server.url}${pagePaths.measures}?ny=1`)
    await page.locator('h1').waitFor()
    expect(await page.locator('.gs-page__side').textContent()).toContain('Bara kommunen kan lägga till åtgärder.')
    expect(await page.locator('#ms-form').count()).toBe(0)
    await close(page)
  })
})
