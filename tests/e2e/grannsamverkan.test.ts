/**
 * The police's grannsamverkan screen as an officer uses it, in Debian's Chromium: the needs-update
 * list with its reasons, an area's record, contact persons, logging a start-up meeting for two
 * areas and seeing the promise's progress change, drawing a new area on the map; the municipality
 * reading it without changing anything; coverage per tätort with hints and the uncovered layer
 * switched on and off; importing areas from a GeoJSON file in SWEREF 99 TM; the register's export links (with contact persons for the police only); the
 * open map's "Aktivt sedan" and number of active areas; WCAG 2.1 AA checks with axe-core on desktop
 * and phone, and no Content-Security-Policy violation. Screenshots go to test-results/screenshots/grannsamverkan-*.png.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pagePaths } from '../../server/shared/page-paths.ts'
import type { Role } from '../../server/shared/roles.ts'
import { createStaffAccount } from '../support/api-session.ts'
import { TEST_REFERENCE_DATE } from '../support/test-backends.ts'
import { launchBrowser, overflowing, runAxe, screenshotDir, smallTargets } from '../support/browser-checks.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'


const desktop = { width: 1366, height: 768 }
const phone = { width: 390, height: 844 }
type Viewport = typeof desktop

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
})

const account = (role: Role): Promise<Account> => createStaffAccount(server.db, role)

async function newPage(viewport: Viewport, language: 'sv' | 'en' | null): Promise<Page> {
  const page = await browser.newPage({ viewport, deviceScaleFactor: viewport === desktop ? 1 : 2 })
  await page.clock.setFixedTime(TEST_REFERENCE_DATE)
  await page.addInitScript((language) => {
    const seen: string[] = []
    ;(window as unknown as { __cspViolations: string[] }).__cspViolations = seen
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`)
    })
    if (language) window.localStorage.setItem('trygghetskartan.language', language)
  }, language)
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text())) cspProblems.push(`${page.url()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`))
  return page
}

async function open(options: { as: Account; viewport?: Viewport; language?: 'sv' | 'en' }): Promise<Page> {
  const page = await newPage(options.viewport ?? desktop, options.language ?? null)
  const login = await page.request.post(`${server.url}/api/auth/login`, { data: { email: options.as.email, password: options.as.password } })
  expect(login.status()).toBe(200)
  const response = await page.goto(`${server.url}${pagePaths.grannsamverkan}`)
  expect(response?.status()).toBe(200)
  await page.locator('.gs-list').first().waitFor({ timeout: 30_000 })
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
  await page.screenshot({ path: path.join(screenshotDir, `grannsamverkan-${name}.png`), fullPage })
}

const needsList = (page: Page) => page.locator('section[aria-labelledby="gs-needs-heading"] .gs-list')
const progressRow = (page: Page, year: number) => page.locator('.gs-progress tbody tr').filter({ has: page.locator(`th:text-is("${year}")`) })
const status = (page: Page) => page.locator('.gs-page__side .status-region').first()

describe('the officer', () => {
  it('sees what needs an update, keeps an area’s record and contacts, and logs a start-up meeting for two areas', async () => {
    const polis = await account('polis')
    const page = await open({ as: polis })
    expect(await page.locator('h1').textContent()).toBe('Grannsamverkan')
    expect(await page.locator('.staff-nav').getByRole('link', { name: 'Grannsamverkan' }).getAttribute('aria-current')).toBe('page')

    // Most urgent first, each with its reasons in words and the date of its last update.
    const items = needsList(page).locator('.gs-item')
    expect(await items.count()).toBeGreaterThan(0)
    const firstInfo = await items.first().locator('.gs-item__info').textContent()
    expect(firstInfo).toMatch(/Inget kontaktombud registrerat|Inget möte eller verifiering på 12 månader|Skyltar skadade eller saknas|Uppstartsmöte saknas/)
    expect(firstInfo).toMatch(/Senast uppdaterat|Aldrig uppdaterat/)
    await waitForMap(page)
    await screenshot(page, 'desktop-sv')

    // An area that is already started, so the start-up meeting below counts for the promise.
    const active = items.filter({ hasNotText: 'Uppstartsmöte saknas' }).first()
    const name = (await active.locator('.gs-item__name').textContent()) ?? ''
    await active.locator('.gs-item__button').click()
    const details = page.locator('.gs-details')
    await expect.poll(() => details.locator('h2').textContent()).toBe(name)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('gs-details-heading')

    // The record: a bad household count gets the server's message on its field; a good one is saved.
    await details.getByRole('button', { name: 'Ändra uppgifter' }).click()
    const households = details.locator('input[id$="-households"]')
    await households.fill('-3')
    await details.getByRole('button', { name: 'Spara uppgifterna' }).click()
    await details.locator('.error-summary').waitFor()
    expect(await households.getAttribute('aria-invalid')).toBe('true')
    await households.fill('57')
    await details.locator('input[id$="-signs_count"]').fill('4')
    await details.locator('select[id$="-signs_condition"]').selectOption('worn')
    await details.getByRole('button', { name: 'Spara uppgifterna' }).click()
    await expect.poll(() => status(page).textContent()).toContain(`Uppgifterna för ${name} är sparade.`)
    await expect.poll(() => details.locator('.gs-facts').textContent()).toContain('57')
    expect(await details.locator('.gs-facts').textContent()).toContain('4 skyltar, skick: Slitna')

    // A contact person, with a wrong e-mail address first.
    const contactForm = details.locator('form[id^="gs-new-contact-"]')
    await contactForm.locator('input[id$="-name"]').fill('Karin Andersson')
    await contactForm.locator('input[id$="-phone"]').fill('0550-123 45')
    await contactForm.locator('input[id$="-email"]').fill('inte en adress')
    await contactForm.getByRole('button', { name: 'Lägg till kontaktombud' }).click()
    await contactForm.locator('.error-summary').waitFor()
    expect(await contactForm.locator('input[id$="-email"]').getAttribute('aria-invalid')).toBe('true')
    await contactForm.locator('input[id$="-email"]').fill('karin@example.se')
    await contactForm.locator('input[id$="-is_main"]').check()
    await contactForm.getByRole('button', { name: 'Lägg till kontaktombud' }).click()
    await expect.poll(() => details.locator('.gs-contacts').textContent()).toContain('Karin Andersson')
    expect(await details.locator('.gs-contacts').textContent()).toContain('(huvudkontaktombud)')
    expect(await details.locator('.gs-contacts').textContent()).toContain('karin@example.se')

    // A start-up meeting for this area and one more; the year's count goes up by one.
    const year = TEST_REFERENCE_DATE.getUTCFullYear()
    const before = (await progressRow(page, year).count()) > 0 ? await progressRow(page, year).locator('td').first().textContent() : '0 av'
    const countBefore = Number(/^(\d+)/.exec(before ?? '')?.[1] ?? 0)
    await page.getByRole('button', { name: 'Logga ett möte' }).click()
    const meetingForm = page.locator('#gs-meeting')
    expect(await meetingForm.getByLabel(name, { exact: true }).isChecked()).toBe(true)
    const other = meetingForm.locator('.gs-areas-pick__list input:not(:checked)').first()
    const otherId = (await other.getAttribute('id')) ?? ''
    const otherName = (await meetingForm.locator(`label[for="${otherId}"]`).textContent()) ?? ''
    await other.check()
    await meetingForm.locator('#gs-meeting-kind').selectOption('startup')
    await meetingForm.locator('#gs-meeting-attendees').fill('14')
    await meetingForm.locator('#gs-meeting-held_by').selectOption('polis_kommun')
    await meetingForm.getByRole('button', { name: 'Logga mötet' }).click()
    await expect.poll(() => status(page).textContent()).toContain('Uppstartsmöte loggat för')
    await expect.poll(() => progressRow(page, year).locator('td').first().textContent()).toMatch(new RegExp(`^${countBefore + 1} av minst 2`))
    expect(await progressRow(page, year).textContent()).toContain(countBefore + 1 >= 2 ? 'Uppnått' : 'Inte uppnått')
    await expect.poll(() => details.locator('.gs-meetings').textContent()).toContain(`Gällde också: ${otherName}`)
    await screenshot(page, 'desktop-details', true)
    await close(page)
  })

  it('draws a new area by clicking on the map, sees its size and households, and saves it', async () => {
    const polis = await account('polis')
    const page = await open({ as: polis })
    await waitForMap(page)
    // A place inside a tätort with no area near it, brought to the middle of the map.
    const found = await page.evaluate(async () => {
      const hook = window.__trygghetskartan
      if (!hook) return false
      const { map } = hook
      const canvas = map.getCanvas()
      const width = canvas.clientWidth
      const height = canvas.clientHeight
      for (let y = 60; y < height - 60; y += 30) {
        for (let x = 60; x < width - 60; x += 30) {
          const box: [[number, number], [number, number]] = [
            [x - 50, y - 50],
            [x + 50, y + 50],
          ]
          if (map.queryRenderedFeatures(box, { layers: ['gs-areas-fill'] }).length > 0) continue
          if (map.queryRenderedFeatures([x, y], { layers: ['gs-urban-areas-fill'] }).length === 0) continue
          map.jumpTo({ center: map.unproject([x, y]), zoom: map.getZoom() + 1.5 })
          await hook.whenIdle()
          return true
        }
      }
      return false
    })
    expect(found).toBe(true)

    await page.getByRole('button', { name: 'Rita nytt område' }).click()
    const panel = page.locator('.gs-draw')
    await panel.waitFor()
    const box = await page.locator('.maplibregl-canvas').boundingBox()
    if (!box) throw new Error('no map canvas')
    const cx = box.x + box.width / 2
    const cy = box.y + box.height / 2
    const corners = [
      [cx - 40, cy - 30],
      [cx + 40, cy - 30],
      [cx + 40, cy + 30],
      [cx - 40, cy + 30],
      [cx - 40, cy - 30],
    ] as const
    for (const [x, y] of corners) {
      await page.mouse.move(x, y, { steps: 4 })
      await page.mouse.click(x, y)
      await page.waitForTimeout(150)
    }
    await expect.poll(() => panel.locator('.gs-draw__figures').textContent()).toMatch(/m² \(/)
    expect(await panel.locator('.gs-draw__figures').textContent()).toMatch(/cirka \d+ hushåll/)
    await screenshot(page, 'drawing')

    // A refused outline keeps the drawing and shows the server's message.
    await page.route('**/api/watch-areas', (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({
            status: 400,
            json: {
              error: {
                code: 'invalid_input',
                message: 'The data is not valid.',
                message_sv: 'Uppgifterna är inte giltiga.',
                fields: [{ field: 'geometry', message: 'The outline crosses itself.', message_sv: 'Gränsen korsar sig själv.' }],
              },
            },
          })
        : route.continue(),
    )
    await panel.locator('#gs-draw-name').fill('Testgatan')
    await panel.getByRole('button', { name: 'Spara området' }).click()
    await expect.poll(() => panel.locator('.error-summary').textContent()).toContain('Gränsen korsar sig själv.')
    expect(await panel.locator('.gs-draw__figures').textContent()).toMatch(/m² \(/)
    await page.unroute('**/api/watch-areas')

    await panel.getByRole('button', { name: 'Spara området' }).click()
    await expect.poll(() => status(page).textContent()).toContain('Området Testgatan är sparat.')
    await expect.poll(() => page.locator('.gs-details h2').textContent()).toBe('Testgatan')
    await expect.poll(() => page.locator('.gs-list').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Testgatan')]))
    await close(page)
  })
})

describe('the municipality', () => {
  it('reads the screen without a way to change anything or see contact details', async () => {
    const kommun = await account('kommun')
    const page = await open({ as: kommun })
    expect(await page.locator('.gs-page__lead').textContent()).toContain('Kommunen kan läsa men inte ändra.')
    expect(await page.getByRole('button', { name: 'Rita nytt område' }).count()).toBe(0)
    expect(await page.getByRole('button', { name: 'Logga ett möte' }).count()).toBe(0)
    await needsList(page).locator('.gs-item__button').first().click()
    const details = page.locator('.gs-details')
    await details.locator('.gs-facts').waitFor()
    expect(await details.getByRole('button', { name: 'Ändra uppgifter' }).count()).toBe(0)
    expect(await details.locator('form').count()).toBe(0)
    expect(await details.textContent()).toContain('Bara polisen ser namn och kontaktuppgifter.')
    expect(await page.locator('.gs-import').count()).toBe(0)
    expect(await page.locator('.gs-progress').count()).toBeGreaterThan(0)
    await close(page)
  })
})

/** A coverage layer's visibility, and how many of its features the map has drawn in view. */
function coverageLayer(page: Page, id: string) {
  return page.evaluate((layer) => {
    const map = window.__trygghetskartan?.map
    if (!map?.getLayer(layer)) return { visibility: 'missing', rendered: -1 }
    return { visibility: String(map.getLayoutProperty(layer, 'visibility') ?? 'visible'), rendered: map.queryRenderedFeatures({ layers: [layer] }).length }
  }, id)
}

describe('coverage and export', () => {
  it('shows each tätort’s covered share with residents as an estimate, lists hints, and switches the uncovered parts on and off', async () => {
    const polis = await account('polis')
    const page = await open({ as: polis })
    const section = page.locator('section[aria-labelledby="gs-coverage-heading"]')
    await section.locator('.gs-coverage__table').waitFor()
    expect(await section.locator('.gs-section__intro').first().textContent()).toContain('utanför aktiva områden')
    expect(await section.locator('.gs-section__intro').first().textContent()).toContain('inga uppgifter om var i tätorten människor bor')
    const rows = section.locator('.gs-coverage__table tbody tr')
    expect(await rows.count()).toBeGreaterThan(0)
    for (const share of await section.locator('.gs-coverage__share').allTextContents()) expect(share).toMatch(/^\d+(,\d)?\u00a0%$/)
    expect(await section.locator('.gs-coverage__table tbody').textContent()).toMatch(/cirka [\d\u00a0]+ invånare/)
    expect(await section.locator('.gs-coverage__table thead').textContent()).toContain('Invånare i täckta delar (uppskattning)')
    expect(await section.locator('.gs-coverage__note').textContent()).toContain('fördelad jämnt')
    expect(await section.getByRole('heading', { name: /Här kan ett nytt område hjälpa/ }).count()).toBe(1)
    const hint = section.locator('.gs-hint').first()
    expect(await hint.textContent()).toMatch(/^[^,]+, \S+ \d{4} \([^)]+\)$/)

    // Off at first; the switch draws the cross-hatched parts and the hints, and hides them again.
    await waitForMap(page)
    expect((await coverageLayer(page, 'gs-uncovered-hatch')).visibility).toBe('none')
    const toggle = page.getByLabel('Visa otäckta delar och tips på kartan')
    await toggle.check()
    await page.evaluate(() => window.__trygghetskartan?.whenIdle())
    for (const layer of ['gs-uncovered-hatch', 'gs-uncovered-line', 'gs-coverage-hints']) {
      const drawn = await coverageLayer(page, layer)
      expect(drawn.visibility, layer).toBe('visible')
      expect(drawn.rendered, layer).toBeGreaterThan(0)
    }
    expect(await page.locator('.gs-legend').textContent()).toContain('Tätort utanför aktiva områden (rutmönster, prickad kant)')
    await screenshot(page, 'coverage-map')
    await section.scrollIntoViewIfNeeded()
    await screenshot(page, 'coverage')
    await toggle.uncheck()
    await page.evaluate(() => window.__trygghetskartan?.whenIdle())
    expect(await coverageLayer(page, 'gs-uncovered-hatch')).toEqual({ visibility: 'none', rendered: 0 })
    expect((await coverageLayer(page, 'gs-coverage-hints')).rendered).toBe(0)
    await close(page)
  })

  it('warns about overlapping areas with both names, and opens either one', async () => {
    const polis = await account('polis')
    const page = await newPage(desktop, null)
    // The demo data has no overlap: one is added to the server's real answer.
    await page.route('**/api/grannsamverkan/coverage', async (route) => {
      const response = await route.fetch()
      const register = (await (await page.request.get(`${server.url}/api/watch-areas`)).json()) as { areas: { id: number; name: string }[] }
      const [first, second] = register.areas
      if (!first || !second) throw new Error('the demo data has fewer than two areas')
      const coverage = await response.json()
      coverage.overlaps = [{ area_ids: [first.id, second.id], names: [first.name, second.name], overlap_m2: 1234 }]
      await route.fulfill({ response, json: coverage })
    })
    const login = await page.request.post(`${server.url}/api/auth/login`, { data: { email: polis.email, password: polis.password } })
    expect(login.status()).toBe(200)
    await page.goto(`${server.url}${pagePaths.grannsamverkan}`)
    const overlap = page.locator('.gs-overlap')
    await overlap.waitFor({ timeout: 30_000 })
    expect(await overlap.textContent()).toMatch(/^Varning: .+ och .+ överlappar med cirka 1\u00a0234 m²$/)
    const second = overlap.getByRole('button').nth(1)
    const name = await second.textContent()
    await second.click()
    await expect.poll(() => page.locator('.gs-details h2').textContent()).toBe(name)
    await close(page)
  })

  it('offers the register as CSV and GeoJSON, and the police the export with contact persons', async () => {
    const polis = await account('polis')
    const page = await open({ as: polis })
    const exportSection = page.locator('section[aria-labelledby="gs-export-heading"]')
    const csv = exportSection.getByRole('link', { name: 'Ladda ner som CSV (kalkylblad)' })
    const geojson = exportSection.getByRole('link', { name: 'Ladda ner som GeoJSON (karta)' })
    expect(await csv.getAttribute('href')).toBe('/api/watch-areas/export?format=csv')
    expect(await geojson.getAttribute('href')).toBe('/api/watch-areas/export?format=geojson')
    expect(await csv.getAttribute('download')).not.toBeNull()
    const personalCsv = exportSection.getByRole('link', { name: 'CSV med kontaktombud' })
    expect(await personalCsv.getAttribute('href')).toBe('/api/watch-areas/export?format=csv&personal=true')
    expect(await exportSection.getByRole('link', { name: 'GeoJSON med kontaktombud' }).getAttribute('href')).toBe(
      '/api/watch-areas/export?format=geojson&personal=true',
    )
    expect(await exportSection.locator('.gs-export__note').textContent()).toMatch(/personuppgifter.*loggas/)

    // The links work with the session, as a download.
    const download = page.waitForEvent('download')
    await geojson.click()
    expect((await download).suggestedFilename()).toMatch(/^grannsamverkan-.*\.geojson$/)
    const file = await page.request.get(`${server.url}/api/watch-areas/export?format=csv&personal=true`)
    expect(file.status()).toBe(200)
    expect(file.headers()['content-disposition']).toContain('attachment')
    await exportSection.scrollIntoViewIfNeeded()
    await screenshot(page, 'export')
    await close(page)

    const kommun = await account('kommun')
    const readOnly = await open({ as: kommun })
    const kommunExport = readOnly.locator('section[aria-labelledby="gs-export-heading"]')
    expect(await kommunExport.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
      '/api/watch-areas/export?format=csv',
      '/api/watch-areas/export?format=geojson',
    ])
    expect(await kommunExport.textContent()).not.toContain('kontaktombud:')
    expect(await readOnly.locator('a[href*="personal=true"]').count()).toBe(0)
    await close(readOnly)
  })
})

describe('the public map', () => {
  for (const viewport of [desktop, phone]) {
    it(`shows "Aktivt sedan" for an active area, the number of active areas and how to start one (${viewport.width} px)`, async () => {
      const items = await (await fetch(`${server.url}/ogc/collections/watch-areas/items?limit=1000`)).json()
      const features = items.features as { id: number; properties: { status: string; startup_meeting_on: string | null } }[]
      const active = features.filter((feature) => feature.properties.status === 'active')
      const started = active.find((feature) => feature.properties.startup_meeting_on)
      if (!started) throw new Error('the demo data has no active area with a start-up meeting')

      const page = await newPage(viewport, null)
      await page.goto(`${server.url}${pagePaths.map}`)
      const info = page.locator('section[aria-labelledby="watch-info-heading"]')
      await expect.poll(() => info.locator('.watch-info__count').textContent(), { timeout: 30_000 }).toBe(
        `I Kristinehamn finns ${active.length} aktiva grannsamverkansområden.`,
      )
      await info.locator('summary').click()
      expect(await info.textContent()).toContain('Kontakta lokalpolisen')
      expect(await info.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(['https://polisen.se/'])

      await page.locator('.feature-list__summary', { hasText: 'Grannsamverkan' }).click()
      await page.locator(`#feature-watch-areas-${started.id}`).click()
      const details = page.locator('.feature-details')
      await expect.poll(() => details.locator('.feature-details__since').textContent()).toMatch(/^Aktivt sedan \d{1,2} \S+ \d{4}$/)
      // Never a contact person's details on the open map.
      expect(await details.textContent()).not.toMatch(/kontaktombud|@|Telefon/i)
      await details.scrollIntoViewIfNeeded()
      await screenshot(page, viewport === desktop ? 'public-details-desktop' : 'public-details-phone')
      await info.scrollIntoViewIfNeeded()
      await screenshot(page, viewport === desktop ? 'public-desktop' : 'public-phone')
      expect(await runAxe(page)).toEqual([])
      if (viewport === phone) expect(await overflowing(page)).toEqual([])
      await close(page)
    })
  }
})

/** A GeoJSON file in EPSG:3006 with the given features, written to a temporary folder. */
function importFile(name: string, features: { name: string; coordinates: number[][][] }[]): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'gs-import-')), name)
  const collection = {
    type: 'FeatureCollection',
    features: features.map((feature) => ({ type: 'Feature', properties: { name: feature.name }, geometry: { type: 'Polygon', coordinates: feature.coordinates } })),
  }
  writeFileSync(file, JSON.stringify(collection))
  return file
}

/** A WGS84 square inside Kristinehamn tätort in SWEREF 99 TM, transformed by PostGIS (no proj in the test). */
async function swerefSquare(): Promise<number[][]> {
  const square = { type: 'Polygon', coordinates: [[[14.1085, 59.3135], [14.1115, 59.3135], [14.1115, 59.3155], [14.1085, 59.3155], [14.1085, 59.3135]]] }
  const [row] = await server.db.query<{ geojson: string }>(
    'SELECT ST_AsGeoJSON(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON($1),4326),3006), 3, 0) AS geojson',
    [JSON.stringify(square)],
  )
  return (JSON.parse(row?.geojson ?? '{}') as { coordinates: number[][][] }).coordinates[0] ?? []
}

describe('importing areas', () => {
  it('reviews a file in SWEREF 99 TM, holds back a bow-tie, and imports the good area into the register', async () => {
    const ring = await swerefSquare()
    const [sw, se, ne, nw] = ring as [number[], number[], number[], number[]]
    const good = { name: 'Importgränd', coordinates: [ring] }
    // Corners in the wrong order: the outline crosses itself in the middle.
    const bowTie = { name: 'Flugan', coordinates: [[sw, ne, se, nw, sw]] }

    for (const viewport of [desktop, phone]) {
      const polis = await account('polis')
      const page = await open({ as: polis, viewport })
      await waitForMap(page)
      const section = page.locator('.gs-import')
      // Not JSON: a message without asking the server.
      await section.locator('#gs-import-file').setInputFiles({ name: 'fel.geojson', mimeType: 'application/json', buffer: Buffer.from('inte json') })
      await section.getByRole('button', { name: 'Granska' }).click()
      await expect.poll(() => section.locator('.error-summary').textContent()).toContain('Filen är inte JSON')

      await section.locator('#gs-import-file').setInputFiles(importFile('omraden.geojson', [good, bowTie]))
      await section.locator('#gs-import-crs').selectOption('EPSG:3006')
      await section.getByRole('button', { name: 'Granska' }).click()
      const report = section.locator('.gs-import__report')
      await report.waitFor()
      expect(await section.locator('.error-summary').count()).toBe(0)
      expect(await report.locator('.gs-import__summary').textContent()).toBe('1 av 2 objekt kan importeras')
      const items = report.locator('.gs-import__feature')
      expect(await items.nth(0).textContent()).toMatch(/^Importgränd [\d,]+ ha OK/)
      expect(await items.nth(1).textContent()).toMatch(/^Flugan .*Problem/)
      expect(await report.locator('.gs-import__problems li').count()).toBeGreaterThan(0)
      expect(await report.getByRole('button', { name: 'Importera 2 områden' }).isDisabled()).toBe(true)
      // The preview on the map, with its keys in the legend.
      await page.evaluate(() => window.__trygghetskartan?.whenIdle())
      const drawn = await page.evaluate(() => window.__trygghetskartan?.map.querySourceFeatures('gs-import-preview').length ?? 0)
      expect(drawn).toBeGreaterThan(0)
      expect(await page.locator('.gs-legend').textContent()).toContain('Import: har problem')
      await screenshot(page, viewport === desktop ? 'import-report' : 'import-report-phone')
      expect(await runAxe(page)).toEqual([])
      await close(page)
    }

    const polis = await account('polis')
    const page = await open({ as: polis })
    const section = page.locator('.gs-import')
    await section.locator('#gs-import-file').setInputFiles(importFile('ett-omrade.json', [good]))
    await section.locator('#gs-import-crs').selectOption('EPSG:3006')
    await section.getByRole('button', { name: 'Granska' }).click()
    await expect.poll(() => section.locator('.gs-import__summary').textContent()).toBe('1 av 1 objekt kan importeras')
    await section.getByRole('button', { name: 'Importera 1 område' }).click()
    await expect.poll(() => status(page).textContent()).toContain('1 område importerat.')
    expect(await section.locator('.gs-import__report').count()).toBe(0)
    await expect.poll(() => page.locator('.gs-item__name').allTextContents()).toContain('Importgränd')
    await close(page)
  })
})

describe('phone, English, accessibility', () => {
  it('stacks list and map on a phone with nothing running off the screen', async () => {
    const polis = await account('polis')
    const page = await open({ as: polis, viewport: phone })
    await waitForMap(page)
    const list = await page.locator('.gs-page__side').boundingBox()
    const map = await page.locator('.gs-page__map').boundingBox()
    expect((map?.y ?? 0) >= (list?.y ?? 0) + (list?.height ?? 0) - 1).toBe(true)
    await needsList(page).locator('.gs-item__button').first().click()
    await page.locator('.gs-details .gs-facts').waitFor()
    expect(await overflowing(page)).toEqual([])
    expect(await smallTargets(page, 'main button, main input:not([type="checkbox"]), main select, main summary')).toEqual([])
    // A checkbox's target is its whole row: the label beside it toggles it too.
    await page.getByRole('button', { name: 'Logga ett möte' }).click()
    expect(await smallTargets(page, '.gs-check')).toEqual([])
    await screenshot(page, 'phone-sv')
    await page.evaluate(() => document.querySelector('.gs-page__map')?.scrollIntoView())
    await page.evaluate(() => window.__trygghetskartan?.whenIdle())
    await screenshot(page, 'phone-map-sv')
    await page.locator('.gs-coverage').scrollIntoViewIfNeeded()
    await screenshot(page, 'phone-coverage-sv')
    await close(page)
  })

  it('speaks English', async () => {
    const polis = await account('polis')
    for (const viewport of [desktop, phone]) {
      const page = await open({ as: polis, viewport, language: 'en' })
      expect(await page.locator('h1').textContent()).toBe('Neighbourhood watch (grannsamverkan)')
      expect(await page.locator('#gs-needs-heading').textContent()).toContain('Needs an update')
      await waitForMap(page)
      await needsList(page).locator('.gs-item__button').first().click()
      await page.locator('.gs-details .gs-facts').waitFor()
      await screenshot(page, viewport === desktop ? 'desktop-en' : 'phone-en')
      await close(page)
    }
  })

  for (const viewport of [desktop, phone]) {
    it(`finds no axe violation with the details, the meeting form and errors open (${viewport.width} px)`, async () => {
      const polis = await account('polis')
      const page = await open({ as: polis, viewport })
      await waitForMap(page)
      await needsList(page).locator('.gs-item__button').first().click()
      await page.locator('.gs-details .gs-facts').waitFor()
      await page.locator('.gs-details').getByRole('button', { name: 'Ändra uppgifter' }).click()
      await page.locator('.gs-details').getByRole('button', { name: 'Lägg till kontaktombud' }).click()
      await page.getByRole('button', { name: 'Logga ett möte' }).click()
      await page.locator('#gs-meeting-held_on').fill('')
      await page.getByRole('button', { name: 'Logga mötet' }).click()
      await page.locator('#gs-meeting .error-summary').waitFor()
      await page.getByLabel('Visa otäckta delar och tips på kartan').check()
      const olderHints = page.locator('.gs-coverage details summary')
      if ((await olderHints.count()) > 0) await olderHints.first().click()
      expect(await runAxe(page)).toEqual([])
      await page.getByRole('button', { name: 'Rita nytt område' }).click()
      await page.locator('.gs-draw').waitFor()
      expect(await runAxe(page)).toEqual([])
      await close(page)
    })
  }

  it('saw no CSP violation and no page error', () => {
    expect(cspProblems).toEqual([])
    expect(pageErrors).toEqual([])
  })
})
