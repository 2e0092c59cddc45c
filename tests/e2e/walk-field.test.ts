/**
 * A participant's phone on a safety walk (issue 5) in Debian's Chromium, as a police officer
 * with a 390 × 844 touch screen: the route, meeting point and earlier observations on the map;
 * "Följ min position" with the accuracy in metres; an observation at the current position and one
 * placed by a tap on the map; one noted in a dead spot that waits on the phone and is sent once
 * the connection is back; an answer lost on the way (the resend is recognised, saved once); an
 * uncertain position that is not used without the person's word; a walk whose protocol is
 * published meanwhile. WCAG 2.1 AA with axe in Swedish and English, reflow, 44 px targets and no
 * Content-Security-Policy violation. Screenshots go to test-results/screenshots/walk-field-*.png.
 */
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pagePaths } from '../../server/shared/page-paths.ts'
import { createStaffAccount, logInAs } from '../support/api-session.ts'
import type { ApiSession } from '../support/api-session.ts'
import { launchBrowser, overflowing, runAxe, screenshotDir, smallTargets } from '../support/browser-checks.ts'
import { validWalkBody } from '../support/route-examples.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

const phone = { width: 390, height: 844 }
type Language = 'sv' | 'en'

// On the example route through the centre, between its first and second point.
const onRoute = { longitude: 14.1085, latitude: 59.31015 }
/** What a finger must hit (the radio tiles count by their tile). */
const targets = 'main button, main .wf-tile__label, main .report-photo__choose, main textarea'

let server: TestServer
let browser: Browser
let planner: ApiSession
let officer: { email: string; password: string }
const cspProblems: string[] = []
const pageErrors: string[] = []

beforeAll(async () => {
  server = await startTestServer({ env: { LOGIN_RATE_LIMIT: '10000' } })
  browser = await launchBrowser()
  planner = await logInAs(server.url, server.db, 'kommun')
  officer = await createStaffAccount(server.db, 'polis')
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  expect(cspProblems).toEqual([])
  expect(pageErrors).toEqual([])
})

async function plannedWalk(title: string): Promise<number> {
  const created = await planner.post('/api/walks', { ...validWalkBody(), title })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return created.body.id as number
}

async function phoneContext(language: Language, accuracy: number | null): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: phone,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    ...(accuracy === null ? { permissions: [] } : { geolocation: { ...onRoute, accuracy }, permissions: ['geolocation'] }),
  })
  await context.addInitScript((language) => {
    const seen: string[] = []
    ;(window as unknown as { __cspViolations: string[] }).__cspViolations = seen
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`)
    })
    window.localStorage.setItem('trygghetskartan.language', language)
  }, language)
  const login = await context.request.post(`${server.url}/api/auth/login`, { data: { email: officer.email, password: officer.password } })
  expect(login.status()).toBe(200)
  return context
}

async function openWalk(context: BrowserContext, walkId: number): Promise<Page> {
  const page = await context.newPage()
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text())) cspProblems.push(`${page.url()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`))
  const response = await page.goto(`${server.url}${pagePaths.walkField}?id=${walkId}`)
  expect(response?.status()).toBe(200)
  await page.locator('.wf-page__walk').waitFor({ timeout: 15_000 })
  await page.waitForFunction(() => window.__trygghetskartan?.dataLoaded === true, null, { timeout: 30_000 })
  await page.evaluate(() => window.__trygghetskartan?.whenIdle())
  return page
}

async function close(page: Page) {
  const seen = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
  cspProblems.push(...seen.map((violation) => `${page.url()}: ${violation}`))
  await page.context().close()
}

async function screenshot(page: Page, name: string, fullPage = false) {
  await page.screenshot({ path: path.join(screenshotDir, `walk-field-${name}.png`), fullPage })
}

async function checkScreen(page: Page) {
  const violations = await runAxe(page)
  if (violations.length > 0) console.log(JSON.stringify(violations, null, 1))
  expect(violations).toEqual([])
  expect(await overflowing(page)).toEqual([])
  expect(await smallTargets(page, targets)).toEqual([])
}

const summary = (page: Page) => page.locator('.wf-summary__status')
const status = (page: Page) => page.locator('.wf-page > .status-region').last()
const pointText = (page: Page) => page.locator('.wf-point')
const positionStatus = (page: Page) => page.locator('.wf-position__status')

/** The walk's observations in the database, with their phone ids and places. */
const stored = (walkId: number) =>
  server.db.query<{ client_id: string | null; category: string; assessment: string; rating: number | null; lon: number; lat: number }>(
    `SELECT client_id::text, category, assessment, rating, ST_X(ST_Transform(geom, 4326)) AS lon, ST_Y(ST_Transform(geom, 4326)) AS lat
       FROM walk_observation WHERE walk_id = $1 ORDER BY id`,
    [walkId],
  )

/** Taps a tile of a radio group by its words, as a finger would. */
const tapChoice = (page: Page, label: string) => page.getByLabel(label, { exact: true }).tap()

async function fillObservation(page: Page, choice: { category: string; assessment: string; rating?: string; description?: string }) {
  await tapChoice(page, choice.category)
  await tapChoice(page, choice.assessment)
  if (choice.rating) await tapChoice(page, choice.rating)
  if (choice.description) await page.locator('#wf-observation-description').fill(choice.description)
}

const save = (page: Page, name = 'Spara observationen') => page.getByRole('button', { name }).tap()

describe('a police officer on the walk', () => {
  it('sees the route and earlier observations, adds observations at the position and by a tap, and loses nothing in a dead spot', async () => {
    const walkId = await plannedWalk('Kvällsvandring kring Norra torget')
    // An observation a colleague already made: it shows as a marker.
    const earlier = await planner.post(`/api/walks/${walkId}/observations`, {
      client_id: crypto.randomUUID(),
      category: 'vegetation',
      assessment: 'unsafe',
      rating: 1,
      description: 'Buskarna skymmer gångvägen.',
      geometry: { type: 'Point', coordinates: [14.1105, 59.31085] },
    })
    expect(earlier.status).toBe(201)

    const context = await phoneContext('sv', 8)
    const page = await openWalk(context, walkId)
    expect(await page.locator('h1').textContent()).toBe('På vandringen')
    expect(await page.locator('.wf-page__walk').textContent()).toBe('Kvällsvandring kring Norra torget – samling vid Norra torget')
    const rendered = (layer: string) =>
      page.evaluate((id) => window.__trygghetskartan?.map.queryRenderedFeatures({ layers: [id] }).length ?? 0, layer)
    expect(await rendered('wf-route-line')).toBeGreaterThan(0)
    expect(await rendered('wf-saved-symbol')).toBe(1)
    expect(await page.locator('.wf-queue, .wf-section').last().textContent()).toContain('Inga observationer från den här telefonen än.')
    await checkScreen(page)
    await screenshot(page, 'phone-start')

    // Följ min position: a good fix is the place at once.
    await page.getByRole('button', { name: 'Följ min position' }).tap()
    await expect.poll(() => positionStatus(page).textContent()).toBe('Din position är hämtad. Noggrannhet: 8 m.')
    expect(await page.getByRole('button', { name: 'Följ min position' }).getAttribute('aria-pressed')).toBe('true')
    expect(await pointText(page).textContent()).toBe('Platsen: din position (noggrannhet 8 m).')
    await page.evaluate(() => window.__trygghetskartan?.whenIdle())
    expect(await rendered('wf-position-dot')).toBe(1)

    // Save without a category: told, nothing stored.
    await save(page)
    const errors = page.locator('.error-summary')
    await errors.waitFor()
    expect(await errors.textContent()).toContain('Välj vad observationen gäller.')
    expect(await errors.textContent()).toContain('Välj om platsen är trygg eller otrygg.')
    await checkScreen(page)

    await fillObservation(page, { category: 'Belysning', assessment: 'Otrygg plats', rating: '1 – dåligt', description: 'Trasig lampa vid trappan.' })
    await checkScreen(page)
    await screenshot(page, 'phone-form', true)
    await save(page)
    await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toBe('Observationen är skickad.')
    await expect.poll(() => summary(page).textContent()).toMatch(/^Alla observationer är skickade, den senaste .+\.$/)
    expect(await page.locator('.error-summary').count()).toBe(0)
    // The form is empty again for the next one.
    expect(await page.getByLabel('Belysning', { exact: true }).isChecked()).toBe(false)
    let rows = await stored(walkId)
    expect(rows).toHaveLength(2)
    expect(rows[1]).toMatchObject({ category: 'lighting', assessment: 'unsafe', rating: 1 })
    expect(rows[1]!.lon).toBeCloseTo(onRoute.longitude, 5)
    expect(rows[1]!.lat).toBeCloseTo(onRoute.latitude, 5)
    await expect.poll(() => page.evaluate(() => window.__trygghetskartan?.whenIdle()).then(() => rendered('wf-saved-symbol'))).toBe(2)

    // A tap on the map puts a movable marker there, and that place is used.
    await page.locator('.wf-map').scrollIntoViewIfNeeded()
    const box = await page.locator('.wf-map .maplibregl-canvas').boundingBox()
    if (!box) throw new Error('no map canvas')
    const at = { x: box.x + box.width * 0.3, y: box.y + box.height * 0.3 }
    const expected = await page.evaluate(
      ({ x, y }) => window.__trygghetskartan!.map.unproject([x, y]).toArray(),
      { x: at.x - box.x, y: at.y - box.y },
    )
    await page.touchscreen.tap(at.x, at.y)
    await expect.poll(() => pointText(page).textContent()).toBe('Platsen: punkten du valt på kartan. Dra markeringen för att flytta den.')
    expect(await page.locator('.wf-map .maplibregl-marker').count()).toBe(1)
    expect(await page.locator('.wf-map .maplibregl-marker').getAttribute('aria-label')).toBe('Platsen för den nya observationen. Flytta den med piltangenterna.')
    await screenshot(page, 'phone-tapped')
    await fillObservation(page, { category: 'Växtlighet', assessment: 'Trygg plats' })
    await save(page)
    await expect.poll(() => (stored(walkId)).then((all) => all.length), { timeout: 15_000 }).toBe(3)
    rows = await stored(walkId)
    expect(rows[2]).toMatchObject({ category: 'vegetation', assessment: 'safe', rating: null })
    expect(rows[2]!.lon).toBeCloseTo(expected[0]!, 5)
    expect(rows[2]!.lat).toBeCloseTo(expected[1]!, 5)
    // Back to the live position for the next one; the marker is gone.
    expect(await pointText(page).textContent()).toBe('Platsen: din position (noggrannhet 8 m).')
    expect(await page.locator('.wf-map .maplibregl-marker').count()).toBe(0)

    // A dead spot: the observation waits on the phone.
    await context.setOffline(true)
    await fillObservation(page, { category: 'Klotter och nedskräpning', assessment: 'Otrygg plats', description: 'Klotter på elskåpet.' })
    // With a photo: downscaled on the phone and stored with the observation while it waits.
    const camera = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#778866' } }).jpeg().toBuffer()
    await page.locator('#wf-observation-photo').setInputFiles({ name: 'klotter.jpg', mimeType: 'image/jpeg', buffer: camera })
    await expect.poll(() => page.locator('.report-photo__status').textContent()).toContain('2000 × 1333')
    await save(page)
    await expect.poll(() => summary(page).textContent(), { timeout: 10_000 }).toBe(
      '1 observation väntar – den är sparad i telefonen och skickas när anslutningen är tillbaka.',
    )
    expect(await page.locator('.wf-item--waiting').count()).toBe(1)
    expect(await page.locator('.wf-item--waiting .wf-item__state').textContent()).toMatch(/Väntar på att skickas|Skickas …/)
    // Stored on the phone, in IndexedDB, with its own client_id.
    const onPhone = await page.evaluate(
      () =>
        new Promise<{ clientId: string; state: string }[]>((resolve, reject) => {
          const request = indexedDB.open('trygghetskartan-walk-field')
          request.onerror = () => reject(request.error)
          request.onsuccess = () => {
            const all = request.result.transaction('observations').objectStore('observations').getAll()
            all.onsuccess = () => resolve(all.result as { clientId: string; state: string }[])
          }
        }),
    )
    const waiting = onPhone.filter((item) => item.state === 'waiting')
    expect(waiting).toHaveLength(1)
    expect(await page.locator('.wf-item--waiting').textContent()).toContain('(med foto)')
    expect(await stored(walkId)).toHaveLength(3)
    await page.locator('.wf-summary').scrollIntoViewIfNeeded()
    await checkScreen(page)
    await screenshot(page, 'phone-offline')

    // The connection returns: sent without a tap, and saved exactly once.
    await context.setOffline(false)
    await expect.poll(() => summary(page).textContent(), { timeout: 30_000 }).toMatch(/^Alla observationer är skickade/)
    rows = await stored(walkId)
    expect(rows).toHaveLength(4)
    expect(rows.filter((row) => row.client_id === waiting[0]!.clientId)).toHaveLength(1)
    expect(rows[3]).toMatchObject({ category: 'graffiti_littering', assessment: 'unsafe' })
    const photos = await server.db.query<{ width: number }>(
      'SELECT p.width FROM walk_observation_photo p JOIN walk_observation o ON o.id = p.observation_id WHERE o.client_id::text = $1',
      [waiting[0]!.clientId],
    )
    expect(photos).toEqual([{ width: 2000 }])
    expect(await page.locator('.wf-item--sent').count()).toBe(3)
    await page.locator('.wf-list').scrollIntoViewIfNeeded()
    await screenshot(page, 'phone-sent')
    await close(page)
  })

  it('resends an observation whose answer was lost, and the server keeps it once', async () => {
    const walkId = await plannedWalk('Vandring med glapp')
    const context = await phoneContext('sv', 8)
    const page = await openWalk(context, walkId)
    let lost = 0
    // Counted once the server has answered, so the test never looks before the row is saved.
    let answeredByServer = 0
    // The server saves the first request, but its answer never reaches the phone.
    await page.route('**/api/walks/*/observations', async (route) => {
      if (lost === 0) {
        lost += 1
        await route.fetch()
        answeredByServer += 1
        return route.abort('connectionreset')
      }
      return route.continue()
    })
    await page.getByRole('button', { name: 'Följ min position' }).tap()
    await expect.poll(() => pointText(page).textContent()).toBe('Platsen: din position (noggrannhet 8 m).')
    await fillObservation(page, { category: 'Skyltning', assessment: 'Otrygg plats' })
    await save(page)
    expect(await summary(page).textContent()).toContain('1 observation väntar')
    // The first request reached the server, which saved it; the phone heard nothing.
    await expect.poll(() => answeredByServer, { timeout: 10_000 }).toBe(1)
    expect(await stored(walkId)).toHaveLength(1)
    await expect.poll(() => summary(page).textContent(), { timeout: 30_000 }).toMatch(/^Alla observationer är skickade/)
    expect(lost).toBe(1)
    expect(await stored(walkId)).toHaveLength(1)

    // A place tapped about 200 m north of the route: saved, with a warning to check it.
    await page.evaluate(() => window.__trygghetskartan?.map.jumpTo({ center: [14.1085, 59.3120], zoom: 17 }))
    await page.evaluate(() => window.__trygghetskartan?.whenIdle())
    await page.locator('.wf-map').scrollIntoViewIfNeeded()
    const box = await page.locator('.wf-map .maplibregl-canvas').boundingBox()
    if (!box) throw new Error('no map canvas')
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2)
    await expect.poll(() => pointText(page).textContent()).toContain('punkten du valt på kartan')
    await fillObservation(page, { category: 'Tunnlar och passager', assessment: 'Otrygg plats' })
    await save(page)
    await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toBe(
      'Observationen är skickad, men den ligger mer än 100 m från rutten. Kontrollera platsen.',
    )
    expect(await page.locator('.wf-item').first().locator('.wf-warning').textContent()).toBe(
      'Sparad, men ligger mer än 100 m från rutten. Kontrollera att platsen stämmer.',
    )
    expect(await stored(walkId)).toHaveLength(2)
    await page.locator('.wf-list').scrollIntoViewIfNeeded()
    await screenshot(page, 'phone-far')
    await close(page)
  })

  it('shows an uncertain position with a warning and uses it only when told; a refused position is explained', async () => {
    const walkId = await plannedWalk('Vandring i mörker')
    const context = await phoneContext('sv', 400)
    const page = await openWalk(context, walkId)
    await page.getByRole('button', { name: 'Följ min position' }).tap()
    await expect.poll(() => positionStatus(page).textContent()).toBe(
      'Osäker position: den kan vara fel med upp till 400 m. Den används inte av sig själv. Tryck på kartan där du står, eller använd den ändå.',
    )
    expect(await pointText(page).textContent()).toBe('Ingen plats är vald. Följ din position eller tryck på kartan.')
    await page.evaluate(() => window.__trygghetskartan?.whenIdle())
    await checkScreen(page)
    await page.locator('.wf-position').evaluate((element) => element.scrollIntoView({ block: 'center' }))
    await screenshot(page, 'phone-poor')

    // Not used silently: saving asks for the place and stores nothing.
    await fillObservation(page, { category: 'Sikt och överblick', assessment: 'Otrygg plats' })
    await save(page)
    const errors = page.locator('.error-summary')
    await errors.waitFor()
    expect(await errors.textContent()).toContain('Välj platsen: följ din position eller tryck på kartan.')
    // The summary's link leads to the position button.
    await errors.getByRole('link', { name: /Välj platsen/ }).tap()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('wf-observation-geometry')
    expect(await page.locator('.wf-item').count()).toBe(0)

    // The person's word: "use it anyway".
    await page.getByRole('button', { name: 'Använd positionen ändå' }).tap()
    expect(await pointText(page).textContent()).toBe('Platsen: din osäkra position (upp till 400 m fel). Dra markeringen om den ligger fel.')
    await save(page)
    await expect.poll(() => stored(walkId).then((rows) => rows.length), { timeout: 15_000 }).toBe(1)

    // The next observation starts from the live position again: still uncertain, so no place yet.
    expect(await pointText(page).textContent()).toBe('Ingen plats är vald. Följ din position eller tryck på kartan.')
    // A better fix arrives while walking: it is used without a word.
    await context.setGeolocation({ ...onRoute, accuracy: 12 })
    await expect.poll(() => pointText(page).textContent()).toBe('Platsen: din position (noggrannhet 12 m).')
    await close(page)

    const refused = await openWalk(await phoneContext('sv', null), walkId)
    await refused.getByRole('button', { name: 'Följ min position' }).tap()
    await expect.poll(() => positionStatus(refused).textContent(), { timeout: 40_000 }).toMatch(/inte gett lov|kunde inte hämtas|tog för lång tid/)
    expect(await refused.getByRole('button', { name: 'Följ min position' }).getAttribute('aria-pressed')).toBe('false')
    await close(refused)
  })

  it('shows a place the server refuses with its words, and sends the corrected observation', async () => {
    const walkId = await plannedWalk('Vandring vid kommungränsen')
    const page = await openWalk(await phoneContext('sv', 8), walkId)
    const tapMiddle = async () => {
      await page.evaluate(() => window.__trygghetskartan?.whenIdle())
      await page.locator('.wf-map').scrollIntoViewIfNeeded()
      const box = await page.locator('.wf-map .maplibregl-canvas').boundingBox()
      if (!box) throw new Error('no map canvas')
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2)
    }
    // Outside the municipality, in Värmland's forests west of it.
    await page.evaluate(() => window.__trygghetskartan?.map.jumpTo({ center: [13.35, 59.3], zoom: 14 }))
    await tapMiddle()
    await fillObservation(page, { category: 'Gångvägar och tillgänglighet', assessment: 'Otrygg plats', description: 'Stigen är igenvuxen.' })
    await save(page)
    await expect.poll(() => summary(page).textContent(), { timeout: 15_000 }).toBe('1 observation togs inte emot. Rätta eller ta bort den.')
    const refusal = (await page.locator('.wf-item__problem').textContent()) ?? ''
    expect(refusal).toMatch(/^Togs inte emot: .*Platsen måste ligga inom Kristinehamns, Storfors eller Filipstads kommun\.$/)
    expect(await stored(walkId)).toHaveLength(0)

    // "Rätta": back in the form with the server's words, everything typed kept.
    await page.getByRole('button', { name: /^Rätta/ }).tap()
    expect(await page.locator('.wf-note').textContent()).toContain('Du rättar en observation')
    expect(await page.getByLabel('Gångvägar och tillgänglighet', { exact: true }).isChecked()).toBe(true)
    expect(await page.locator('#wf-observation-description').inputValue()).toBe('Stigen är igenvuxen.')
    expect(await page.locator('.error-summary').textContent()).toContain('Platsen måste ligga inom Kristinehamns, Storfors eller Filipstads kommun.')
    await checkScreen(page)
    await screenshot(page, 'phone-correcting', true)

    await page.evaluate(() => window.__trygghetskartan?.map.jumpTo({ center: [14.1095, 59.3105], zoom: 17 }))
    await tapMiddle()
    await save(page, 'Spara rättelsen')
    await expect.poll(() => summary(page).textContent(), { timeout: 15_000 }).toMatch(/^Alla observationer är skickade/)
    const rows = await stored(walkId)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ category: 'paths', assessment: 'unsafe' })
    expect(rows[0]!.lon).toBeCloseTo(14.1095, 3)
    await close(page)
  })

  it('works in English', async () => {
    const walkId = await plannedWalk('Evening walk')
    const context = await phoneContext('en', 8)
    const page = await openWalk(context, walkId)
    expect(await page.locator('h1').textContent()).toBe('On the walk')
    await page.getByRole('button', { name: 'Follow my position' }).tap()
    await expect.poll(() => pointText(page).textContent()).toBe('Place: your position (accuracy 8 m).')
    await context.setOffline(true)
    await fillObservation(page, { category: 'Lighting', assessment: 'Unsafe place', rating: '0 – very poor' })
    await save(page, 'Save the observation')
    await expect.poll(() => summary(page).textContent(), { timeout: 10_000 }).toBe(
      '1 observation is waiting – it is saved on the phone and is sent when the connection is back.',
    )
    await checkScreen(page)
    await screenshot(page, 'phone-en', true)
    await context.setOffline(false)
    await expect.poll(() => summary(page).textContent(), { timeout: 30_000 }).toMatch(/^All observations are sent/)
    await close(page)
  })

  it('is told when the protocol was published meanwhile, and may remove the refused observation', async () => {
    const walkId = await plannedWalk('Vandring som avslutas')
    const context = await phoneContext('sv', 8)
    const page = await openWalk(context, walkId)
    // Done yesterday: a walk cannot be done before it starts.
    const yesterday = new Date(Date.now() - 86_400_000).toISOString()
    const done = await planner.put(`/api/walks/${walkId}`, {
      ...validWalkBody(),
      title: 'Vandring som avslutas',
      status: 'done',
      starts_at: yesterday,
      pre_meeting_on: null,
      follow_up_on: null,
    })
    expect(done.status).toBe(200)
    expect((await planner.post(`/api/walks/${walkId}/protocol/publish`, { protocol_summary: 'Inga åtgärder behövs.' })).status).toBe(200)

    await page.getByRole('button', { name: 'Följ min position' }).tap()
    await expect.poll(() => pointText(page).textContent()).toBe('Platsen: din position (noggrannhet 8 m).')
    await fillObservation(page, { category: 'Övrigt', assessment: 'Trygg plats' })
    await save(page)
    await expect.poll(() => summary(page).textContent(), { timeout: 15_000 }).toBe('1 observation togs inte emot. Rätta eller ta bort den.')
    expect(await page.locator('.wf-item__problem').textContent()).toContain('protokoll publicerat')
    expect(await page.locator('.wf-closed').textContent()).toBe('Vandringens protokoll är publicerat. Nya observationer tas inte emot.')
    expect(await page.locator('#wf-observation').count()).toBe(0)
    await checkScreen(page)
    await page.locator('.wf-list').scrollIntoViewIfNeeded()
    await screenshot(page, 'phone-closed')

    await page.getByRole('button', { name: /^Ta bort/ }).tap()
    await page.getByRole('button', { name: /^Ja, ta bort observationen/ }).tap()
    await expect.poll(() => status(page).textContent()).toBe('Observationen är borttagen från telefonen.')
    expect(await page.locator('.wf-item').count()).toBe(0)
    expect(await stored(walkId)).toHaveLength(0)
    await close(page)
  })
})
