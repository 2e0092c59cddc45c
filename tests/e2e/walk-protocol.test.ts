/**
 * Safety walk protocols (issue 5) in Debian's Chromium: a municipal officer fills in the protocol
 * columns of a done demo walk's observation, is refused a "will not be done" without a reason,
 * and publishes; publishing a planned walk is explained with a link to the planning; the police
 * read without editing. The public page lists upcoming walks with calendar links, the yearly count
 * against the promise and past walks, shows the published protocol read-only, says when a
 * protocol is not published, and prints the map as a picture without buttons. WCAG 2.1 AA checks
 * with axe in Swedish and English, on a phone and a desktop, and no Content-Security-Policy
 * violation. Screenshots go to test-results/screenshots/walk-protocol-*.png.
 */
import { randomUUID } from 'node:crypto'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pagePaths } from '../../server/shared/page-paths.ts'
import type { Role } from '../../server/shared/roles.ts'
import type { WalkSummary } from '../../server/shared/api/walk-schemas.ts'
import { ApiSession, createStaffAccount, logInAs } from '../support/api-session.ts'
import { launchBrowser, overflowing, runAxe, screenshotDir, smallTargets } from '../support/browser-checks.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

const desktop = { width: 1366, height: 768 }
const phone = { width: 390, height: 844 }
type Viewport = typeof desktop
type Language = 'sv' | 'en'

/** What a finger must hit on the public pages. */
const targets = 'main button, main a.button-link, .wi-past__item a, .wp-page__actions a, main input, main select, main textarea'

let server: TestServer
let browser: Browser
let officer: ApiSession
const cspProblems: string[] = []
const pageErrors: string[] = []

/** The newest done walk (its protocol is edited and published), another done one, and the planned one. */
let doneWalk: WalkSummary
let otherDoneWalk: WalkSummary
let plannedWalk: WalkSummary
const reason = 'Marken är privat och fastighetsägaren vill inte ta bort häcken.'
const summary = 'Vandringen visade att belysningen vid gångtunneln behöver bytas. Fastighetsägaren kontaktas om häcken.'

beforeAll(async () => {
  server = await startTestServer({ env: { LOGIN_RATE_LIMIT: '10000' } })
  browser = await launchBrowser()
  officer = await logInAs(server.url, server.db, 'kommun')
  const walks = ((await officer.get('/api/walks')).body as { walks: WalkSummary[] }).walks
  const done = walks.filter((walk) => walk.status === 'done' && walk.observation_count > 0)
  doneWalk = done[0] as WalkSummary
  otherDoneWalk = done.find((walk) => walk.protocol_published_at !== null && walk.id !== doneWalk.id) as WalkSummary
  plannedWalk = walks.find((walk) => walk.status === 'planned') as WalkSummary
  expect(doneWalk && otherDoneWalk && plannedWalk).toBeTruthy()

  // A photo noted on the planned walk (no demo observation has one), for the thumbnail.
  const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#556677' } })
    .jpeg()
    .toBuffer()
  const sent = await officer.post(`/api/walks/${plannedWalk.id}/observations`, {
    client_id: randomUUID(),
    category: 'lighting',
    assessment: 'unsafe',
    rating: 1,
    description: 'Trasig lampa vid cykelstället.',
    geometry: { type: 'Point', coordinates: plannedWalk.route.coordinates[1] },
    photo: photo.toString('base64'),
  })
  expect(sent.status).toBe(201)
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  expect(cspProblems).toEqual([])
  expect(pageErrors).toEqual([])
})

interface OpenOptions {
  path: string
  as?: Role
  viewport?: Viewport
  language?: Language
}

async function open(options: OpenOptions): Promise<Page> {
  const viewport = options.viewport ?? desktop
  const page = await browser.newPage({ viewport, deviceScaleFactor: viewport === desktop ? 1 : 2 })
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
    const account = await createStaffAccount(server.db, options.as)
    const login = await page.request.post(`${server.url}/api/auth/login`, { data: { email: account.email, password: account.password } })
    expect(login.status()).toBe(200)
  }
  const response = await page.goto(`${server.url}${options.path}`)
  expect(response?.status()).toBe(200)
  await page.locator('h1').waitFor()
  return page
}

async function close(page: Page) {
  const seen = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
  cspProblems.push(...seen.map((violation) => `${page.url()}: ${violation}`))
  await page.close()
}

/** The route map has its data and has drawn it, and its picture for printing is taken. */
async function waitForMap(page: Page) {
  await page.waitForFunction(() => window.__trygghetskartan?.dataLoaded === true, null, { timeout: 30_000 })
  await page.evaluate(() => window.__trygghetskartan?.whenIdle())
  await page.locator('img.wp-map__print').waitFor({ state: 'attached', timeout: 30_000 })
}

async function screenshot(page: Page, name: string, fullPage = true) {
  await page.screenshot({ path: path.join(screenshotDir, `walk-protocol-${name}.png`), fullPage })
}

async function checkPage(page: Page) {
  const violations = await runAxe(page)
  if (violations.length > 0) console.log(JSON.stringify(violations, null, 1))
  expect(violations).toEqual([])
  expect(await overflowing(page)).toEqual([])
}

const status = (page: Page) => page.locator('.wp-status')
const publicProtocol = (id: number) => new ApiSession(server.url).get(`/api/walks/${id}/protocol`)
const protocolPath = (id: number) => `${pagePaths.walkProtocol}?id=${id}`
const infoPath = (id: number) => `${pagePaths.walkInfo}?id=${id}`

describe('the municipal officer', () => {
  it('fills in an observation’s protocol columns, is refused a missing reason, and publishes', async () => {
    const page = await open({ as: 'kommun', path: protocolPath(doneWalk.id) })
    await expect.poll(() => page.locator('h1').textContent()).toBe(`Protokoll: ${doneWalk.title}`)
    await waitForMap(page)
    const entries = page.locator('.wp-entry')
    expect(await entries.count()).toBe(doneWalk.observation_count)
    // The map numbers the observations as the list does.
    expect(await page.evaluate(() => window.__trygghetskartan?.map.querySourceFeatures('walk-route-observations').length)).toBeGreaterThan(0)

    // A published demo protocol is withdrawn first, so publishing below is what puts it online.
    if (doneWalk.protocol_published_at) {
      await page.getByRole('button', { name: 'Dra tillbaka' }).click()
      await expect.poll(() => status(page).textContent()).toContain('Protokollet är tillbakadraget')
    }
    expect((await publicProtocol(doneWalk.id)).status).toBe(404)
    await checkPage(page)
    await screenshot(page, 'staff-desktop-sv')

    const first = entries.first()
    const observationId = Number((await first.getAttribute('aria-labelledby'))?.match(/\d+/)?.[0])
    await first.getByRole('button', { name: 'Ändra raden för observation 1' }).click()
    const form = `#wp-entry-${observationId}`
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`wp-entry-${observationId}-heading`)
    await page.locator(`${form}-proposed_measure`).fill('Klipp ner häcken så att gångvägen syns från gatan.')
    await page.locator(`${form}-responsible`).selectOption('fastighetsagare')
    await page.locator(`${form}-priority`).selectOption('high')
    await page.locator(`${form}-deadline_on`).fill('2026-03-31')
    await page.locator(`${form}-measure_status`).selectOption('not_done')
    await page.locator(`${form}-measure_reason`).fill('')
    await page.getByRole('button', { name: 'Spara raden' }).click()

    // The server's rule, at the field, in Swedish.
    await page.locator(`${form} .error-summary`).waitFor()
    expect(await page.locator(`${form} .error-summary`).textContent()).toContain('Skriv varför åtgärden inte blir av.')
    expect(await page.locator(`${form}-measure_reason`).getAttribute('aria-invalid')).toBe('true')
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary')
    await checkPage(page)
    await first.screenshot({ path: path.join(screenshotDir, 'walk-protocol-missing-reason-sv.png') })

    await page.locator(`${form}-measure_reason`).fill(reason)
    await page.getByRole('button', { name: 'Spara raden' }).click()
    await expect.poll(() => status(page).textContent()).toContain('Protokollraden för observation 1 är sparad.')
    // The row shows the saved values as text, and focus is back on its button.
    const columns = first.locator('.wp-entry__columns')
    await expect.poll(() => columns.textContent()).toContain('Fastighetsägare')
    expect(await columns.textContent()).toContain('Hög')
    expect(await columns.textContent()).toContain('Blir inte av')
    expect(await columns.textContent()).toContain(reason)
    expect(await columns.textContent()).toContain('31 mars 2026')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Ändra raden')
    const saved = (await officer.get(`/api/walks/${doneWalk.id}/protocol`)).body.observations.find((o: { id: number }) => o.id === observationId)
    expect(saved).toMatchObject({ responsible: 'fastighetsagare', priority: 'high', deadline_on: '2026-03-31', measure_status: 'not_done', measure_reason: reason })

    await page.locator('#wp-publish-summary').fill(summary)
    await page.getByRole('button', { name: 'Publicera protokollet' }).click()
    await expect.poll(() => status(page).textContent()).toContain('Protokollet är publicerat.')
    await expect.poll(() => page.locator('.wp-publish__state').textContent()).toContain('Publicerat')
    const published = await publicProtocol(doneWalk.id)
    expect(published.status).toBe(200)
    expect(published.body.walk.protocol_summary).toBe(summary)
    await screenshot(page, 'staff-published-sv')
    await close(page)
  })

  it('is told how to publish a walk that is not marked done, and sees the photo noted on it', async () => {
    const page = await open({ as: 'kommun', path: protocolPath(plannedWalk.id), language: 'en' })
    await expect.poll(() => page.locator('h1').textContent()).toBe(`Protocol: ${plannedWalk.title}`)
    await waitForMap(page)
    const photo = page.locator('.wp-entry__photo img')
    await expect.poll(() => photo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(800)
    expect(await photo.getAttribute('alt')).toBe('Photo of the place, observation 1')

    await page.getByRole('button', { name: 'Publish the protocol' }).click()
    const refused = page.locator('.wp-publish__refused')
    await refused.waitFor()
    expect(await refused.getAttribute('role')).toBe('alert')
    expect(await refused.textContent()).toContain('Mark the walk as done in the planning')
    expect(await refused.getByRole('link').getAttribute('href')).toBe(`${pagePaths.walkPlanning}?id=${plannedWalk.id}`)
    expect((await publicProtocol(plannedWalk.id)).status).toBe(404)
    await checkPage(page)
    await screenshot(page, 'staff-not-done-en')
    await close(page)
  })

  it('lets the police read the protocol without editing it', async () => {
    const page = await open({ as: 'polis', path: protocolPath(doneWalk.id) })
    await page.locator('.wp-entry').first().waitFor()
    expect(await page.locator('.wp-page__lead').textContent()).toContain('Kommunen fyller i och publicerar det.')
    expect(await page.getByRole('button', { name: /Ändra raden/ }).count()).toBe(0)
    expect(await page.locator('#wp-publish').count()).toBe(0)
    await checkPage(page)
    await close(page)
  })
})

describe('the public', () => {
  it('finds the next walk, the calendar, the yearly count and past walks on a phone', async () => {
    const page = await open({ path: pagePaths.walkInfo, viewport: phone })
    expect(await page.locator('h1').textContent()).toBe('Trygghetsvandringar')
    const upcoming = page.locator('.wi-card')
    await upcoming.first().waitFor()
    expect(await upcoming.first().locator('h3').textContent()).toBe(plannedWalk.title)
    const facts = await upcoming.first().locator('.facts').textContent()
    expect(facts).toContain(plannedWalk.meeting_point_name)
    expect(facts).toMatch(/I dagsljus|Efter mörkrets inbrott/)
    expect(facts).toContain('Anmäl dig')
    expect(facts).toContain(String(plannedWalk.max_participants))
    expect(facts).toContain('Polisen')

    // Calendar: a webcal: subscription and the .ics file, which is a calendar.
    const subscribe = page.getByRole('link', { name: 'Prenumerera på vandringarna' })
    expect(await subscribe.getAttribute('href')).toBe(`${server.url.replace(/^http:/, 'webcal:')}/api/walks/calendar.ics`)
    const file = await page.getByRole('link', { name: 'Ladda ner kalenderfilen (.ics)' }).getAttribute('href')
    const ics = await page.request.get(`${server.url}${file}`)
    expect(ics.headers()['content-type']).toContain('text/calendar')
    expect(await ics.text()).toContain(`SUMMARY:${plannedWalk.title.slice(0, 20)}`)

    // The promise in words: the demo has a year with only one walk.
    const promise = page.locator('.wi-promise')
    expect(await promise.textContent()).toContain('Uppfyllt')
    expect(await promise.textContent()).toContain('Inte uppfyllt')
    expect(await promise.locator('tbody tr').first().textContent()).toMatch(/Inte ännu|Uppfyllt/)

    const past = page.locator('.wi-past__item').filter({ hasText: doneWalk.title })
    expect(await past.getByRole('link', { name: `Läs protokollet från ${doneWalk.title}` }).count()).toBe(1)
    await checkPage(page)
    expect(await smallTargets(page, targets)).toEqual([])
    await screenshot(page, 'public-list-phone-sv')

    // One walk: its published protocol, read-only, with the reason written by the officer.
    await past.getByRole('link').click()
    await expect.poll(() => page.locator('h1').textContent()).toBe(doneWalk.title)
    expect(page.url()).toContain(infoPath(doneWalk.id))
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('page-heading')
    await page.locator('.wp-entry').first().waitFor()
    expect(await page.locator('.wp-view__summary').textContent()).toBe(summary)
    expect(await page.locator('.wp-entry').first().textContent()).toContain(reason)
    expect(await page.getByRole('button', { name: /Ändra raden/ }).count()).toBe(0)
    expect(await page.locator('form').count()).toBe(0)
    await waitForMap(page)
    await checkPage(page)
    expect(await smallTargets(page, targets)).toEqual([])
    await screenshot(page, 'public-protocol-phone-sv')
    await close(page)
  })

  it('reads the lists and a protocol in English on a desktop', async () => {
    const page = await open({ path: pagePaths.walkInfo, language: 'en' })
    await page.locator('.wi-card').first().waitFor()
    await page.locator('.wi-promise').waitFor()
    expect(await page.locator('.wi-promise').textContent()).toContain('Not met')
    await checkPage(page)
    await screenshot(page, 'public-list-desktop-en')

    await page.goto(`${server.url}${infoPath(doneWalk.id)}`)
    await page.locator('.wp-entry').first().waitFor()
    expect(await page.locator('.wp-entry').first().textContent()).toContain('Will not be done')
    await waitForMap(page)
    await checkPage(page)
    await screenshot(page, 'public-protocol-desktop-en', false)
    await close(page)
  })

  it('prints the protocol with the map as a picture and no buttons', async () => {
    const page = await open({ path: infoPath(doneWalk.id) })
    await page.locator('.wp-entry').first().waitFor()
    await waitForMap(page)
    await page.emulateMedia({ media: 'print' })
    const picture = page.locator('img.wp-map__print')
    expect(await picture.isVisible()).toBe(true)
    expect(await picture.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(100)
    expect(await page.locator('.maplibregl-canvas').isVisible()).toBe(false)
    const visibleButtons = await page.locator('button, nav').evaluateAll((elements) => elements.filter((element) => (element as HTMLElement).offsetParent !== null).length)
    expect(visibleButtons).toBe(0)
    // The rows do not split across pages.
    expect(await page.locator('.wp-entry').first().evaluate((element) => getComputedStyle(element).breakInside)).toBe('avoid')
    await screenshot(page, 'print-sv')
    await close(page)
  })

  it('says when a walk’s protocol is not published yet', async () => {
    expect((await officer.post(`/api/walks/${otherDoneWalk.id}/protocol/withdraw`, {})).status).toBe(200)
    const page = await open({ path: infoPath(otherDoneWalk.id), viewport: phone, language: 'en' })
    await expect.poll(() => page.locator('.wp-notice').textContent()).toContain('The protocol of the walk is not published yet.')
    expect(await page.locator('h1').textContent()).toBe(otherDoneWalk.title)
    expect(await page.locator('.wp-entry').count()).toBe(0)
    await waitForMap(page)
    await checkPage(page)
    await screenshot(page, 'public-unpublished-phone-en')
    await close(page)

    const planned = await open({ path: infoPath(plannedWalk.id), viewport: phone })
    await expect.poll(() => planned.locator('.wp-notice').textContent()).toContain('Vandringen är planerad.')
    expect(await planned.locator('.facts').textContent()).toContain('Så deltar du')
    await checkPage(planned)
    await screenshot(planned, 'public-planned-phone-sv')
    await close(planned)
  })
})
