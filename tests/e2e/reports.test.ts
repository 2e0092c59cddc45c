/**
 * A resident reporting an unsafe place, in Debian's Chromium: on a phone with the place-name
 * search alone (no map), with errors first and nothing typed lost, then the receipt and the
 * private link showing "Mottagen"; on a desktop with a tap on the map, the "already reported?"
 * list and "Jag också" (once per address); the device position, good, poor and refused; the
 * open map's report link, statuses in the legend and Atom feeds. WCAG 2.1 AA checks with axe-core
 * on every screen in Swedish and English, no text off a phone screen, touch targets of 44 px and
 * no Content-Security-Policy violation. Screenshots go to test-results/screenshots/reports-*.png.
 */
import path from 'node:path'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pagePaths } from '../../server/shared/page-paths.ts'
import { launchBrowser, overflowing, runAxe, screenshotDir, smallTargets } from '../support/browser-checks.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

const desktop = { width: 1366, height: 768 }
const phone = { width: 390, height: 844 }
type Viewport = typeof desktop
type Language = 'sv' | 'en'

// Norra torget in Kristinehamn, where the demo data has published reports.
const torget = { longitude: 14.1075, latitude: 59.3098 }

/** What a finger must hit on the report pages (radio buttons count by their whole row). */
const targets =
  'main button, main input:not([type="radio"]):not([type="file"]):not([type="checkbox"]):not(#report-website), main select, main .choice-group__option, main .report-photo__choose, main [role="option"]'

let server: TestServer
let browser: Browser
const cspProblems: string[] = []
const pageErrors: string[] = []

beforeAll(async () => {
  server = await startTestServer({ env: { REPORT_RATE_LIMIT: '1000', ME_TOO_RATE_LIMIT: '1000' } })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function newPage(viewport: Viewport, language: Language, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await browser.newPage({ viewport, deviceScaleFactor: viewport === desktop ? 1 : 2, ...options })
  await page.addInitScript((language) => {
    const seen: string[] = []
    ;(window as unknown as { __cspViolations: string[] }).__cspViolations = seen
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`)
    })
    window.localStorage.setItem('trygghetskartan.language', language)
  }, language)
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text())) cspProblems.push(`${page.url()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`))
  return page
}

async function openReportPage(viewport: Viewport, language: Language = 'sv', options: BrowserContextOptions = {}): Promise<Page> {
  const page = await newPage(viewport, language, options)
  const response = await page.goto(`${server.url}${pagePaths.report}`)
  expect(response?.status()).toBe(200)
  await page.locator('#report-geometry').waitFor()
  return page
}

async function close(page: Page) {
  const seen = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
  cspProblems.push(...seen.map((violation) => `${page.url()}: ${violation}`))
  await page.close()
}

async function screenshot(page: Page, name: string, fullPage = true) {
  await page.screenshot({ path: path.join(screenshotDir, `reports-${name}.png`), fullPage })
}

/** axe, reflow on a phone, and touch targets: the checks every screen gets. */
async function checkScreen(page: Page, viewport: Viewport) {
  expect(await runAxe(page)).toEqual([])
  if (viewport === phone) {
    expect(await overflowing(page)).toEqual([])
    expect(await smallTargets(page, targets)).toEqual([])
  }
}

async function searchPlace(page: Page, query: string) {
  const search = page.locator('#report-geometry')
  await search.fill(query)
  await page.locator('[role="option"]').first().waitFor()
  expect(await search.getAttribute('aria-expanded')).toBe('true')
  await search.press('ArrowDown')
  const active = await search.getAttribute('aria-activedescendant')
  expect(active).toBeTruthy()
  const name = (await page.locator(`[id="${active}"] .place-search__name`).textContent()) ?? ''
  await search.press('Enter')
  expect(await search.getAttribute('aria-expanded')).toBe('false')
  return name
}

const chosen = (page: Page) => page.locator('.report-chosen__text')
const nearbyItems = (page: Page) => page.locator('.nearby__item')

async function waitForNearby(page: Page) {
  await expect.poll(() => page.locator('.nearby__status').textContent(), { timeout: 15_000 }).toMatch(/i närheten\.|nearby\.|inom 100 m|within 100 m/)
}

async function fillForm(page: Page, language: Language, description: string) {
  const words = language === 'sv' ? ['Belysning', 'Kväll', 'Hela veckan'] : ['Lighting', 'Evening', 'All week']
  for (const word of words) await page.getByLabel(word, { exact: true }).check()
  await page.locator('#report-description').fill(description)
}

async function waitForPickerMap(page: Page) {
  await page.waitForFunction(() => window.__trygghetskartan?.dataLoaded === true, null, { timeout: 30_000 })
  await page.evaluate(() => window.__trygghetskartan?.whenIdle())
}

describe('a resident on a phone', () => {
  it('reports a place found by name, fixes what was missing without losing anything, and follows the private link', async () => {
    const page = await openReportPage(phone)
    expect(await page.locator('h1').textContent()).toBe('Rapportera en otrygg plats')
    expect(await page.locator('.site-nav').getByRole('link', { name: 'Rapportera' }).getAttribute('aria-current')).toBe('page')
    expect(await page.locator('.report-public').textContent()).toContain('allmän handling')
    expect(await page.locator('#report-description-hint').textContent()).toContain('Skriv inte om enskilda personer')
    await checkScreen(page, phone)
    await screenshot(page, 'phone-start')

    // The honeypot is out of sight and out of the tab order.
    const honeypot = page.locator('#report-website')
    expect(await honeypot.getAttribute('tabindex')).toBe('-1')
    expect(await honeypot.getAttribute('autocomplete')).toBe('off')
    expect(await page.locator('.report-honeypot').getAttribute('aria-hidden')).toBe('true')
    expect(await honeypot.isVisible()).toBe(true)
    const box = await honeypot.boundingBox()
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThan(0)

    // Sending with nothing chosen: the summary takes focus and names each problem.
    await page.getByRole('button', { name: 'Skicka rapporten' }).click()
    const summary = page.locator('.error-summary')
    await summary.waitFor()
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true)
    expect(await summary.textContent()).toContain('Välj var platsen är')
    expect(await page.locator('#report-geometry').getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator('#report-category').getAttribute('aria-invalid')).toBe('true')
    await checkScreen(page, phone)
    await screenshot(page, 'phone-errors')
    // The summary's link leads to the place search.
    await summary.getByRole('link', { name: /Välj var platsen är/ }).click()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('report-geometry')

    // The place by name, with the keyboard, and no tap on the map.
    const name = await searchPlace(page, 'torget')
    expect(name).toMatch(/torget/i)
    expect(await chosen(page).textContent()).toBe(`Vald plats: ${name}`)
    await waitForNearby(page)
    await checkScreen(page, phone)
    await screenshot(page, 'phone-place')

    // Part of the form, then send: what was typed stays when something is still missing.
    await page.getByLabel('Belysning', { exact: true }).check()
    const description = 'Gångvägen bakom torget är mörk och buskarna skymmer sikten.'
    await page.locator('#report-description').fill(description)
    await page.getByRole('button', { name: 'Skicka rapporten' }).click()
    await expect.poll(() => summary.textContent()).toContain('Välj när platsen känns otrygg')
    expect(await summary.textContent()).not.toContain('Välj var platsen är')
    expect(await page.locator('#report-description').inputValue()).toBe(description)
    expect(await page.getByLabel('Belysning', { exact: true }).isChecked()).toBe(true)

    await page.getByLabel('Kväll', { exact: true }).check()
    await page.getByLabel('Hela veckan', { exact: true }).check()
    await page.getByRole('button', { name: 'Skicka rapporten' }).click()

    // The receipt: number, private link with the token in the fragment, copy button.
    const receipt = page.locator('.report-receipt')
    await receipt.waitFor({ timeout: 15_000 })
    expect(await page.locator('h1').textContent()).toBe('Tack! Din rapport är mottagen')
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1')
    expect(await receipt.locator('.report-receipt__number').textContent()).toMatch(/^Rapportnummer: \d+$/)
    const link = await page.locator('#report-receipt-link').inputValue()
    expect(link).toMatch(new RegExp(`^${server.url}/rapport#[A-Za-z0-9_-]{43}$`))
    expect(await receipt.getByRole('button', { name: 'Kopiera länken' }).count()).toBe(1)
    await checkScreen(page, phone)
    await screenshot(page, 'phone-receipt')

    // The private page, from the link.
    await page.goto(link)
    const badge = page.locator('.status-badge')
    await badge.waitFor({ timeout: 15_000 })
    expect(await badge.textContent()).toBe('Mottagen')
    expect(await page.locator('h1').textContent()).toMatch(/^Rapport \d+$/)
    expect(await page.locator('.report-status').textContent()).toContain(description)
    expect(await page.locator('.report-history').textContent()).toContain('Mottagen')
    await checkScreen(page, phone)
    await screenshot(page, 'phone-status')
    await close(page)
  })

  it('uses the device position: a good one is chosen, a poor one is shown first, a refusal is explained', async () => {
    const good = await openReportPage(phone, 'sv', { geolocation: { ...torget, accuracy: 15 }, permissions: ['geolocation'] })
    await good.getByRole('button', { name: 'Använd min position' }).click()
    await expect.poll(() => chosen(good).textContent()).toBe('Vald plats: din position (noggrannhet 15 m)')
    await waitForNearby(good)
    await close(good)

    const poor = await openReportPage(phone, 'sv', { geolocation: { ...torget, accuracy: 850 }, permissions: ['geolocation'] })
    await poor.getByRole('button', { name: 'Använd min position' }).click()
    await expect.poll(() => poor.locator('.report-locate__status').textContent()).toContain('upp till 850 m')
    expect(await chosen(poor).textContent()).toBe('Ingen plats är vald än.')
    await checkScreen(poor, phone)
    await poor.locator('.report-locate').evaluate((element) => element.scrollIntoView({ block: 'center' }))
    await screenshot(poor, 'phone-position-poor', false)
    await poor.getByRole('button', { name: 'Använd positionen ändå' }).click()
    expect(await chosen(poor).textContent()).toBe('Vald plats: din position (noggrannhet 850 m)')
    await close(poor)

    const refused = await openReportPage(phone, 'sv', { geolocation: { ...torget, accuracy: 15 }, permissions: [] })
    await refused.getByRole('button', { name: 'Använd min position' }).click()
    await expect.poll(() => refused.locator('.report-locate__status').textContent(), { timeout: 25_000 }).toMatch(/lov att använda din position|kunde inte hämtas/)
    await close(refused)
  })
})

describe('a resident at a desk', () => {
  it('taps the map, sees what is already reported nearby, says "me too" once, and sends a report', async () => {
    const page = await openReportPage(desktop)
    await waitForPickerMap(page)
    // Norra torget in the middle of the map, then a tap there.
    await page.evaluate(({ longitude, latitude }) => {
      window.__trygghetskartan?.map.jumpTo({ center: [longitude, latitude], zoom: 16 })
    }, torget)
    await page.evaluate(() => window.__trygghetskartan?.whenIdle())
    await page.locator('.report-map').scrollIntoViewIfNeeded()
    const canvas = await page.locator('.report-map .maplibregl-canvas').boundingBox()
    if (!canvas) throw new Error('no map canvas')
    await page.mouse.click(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2)
    await expect.poll(() => chosen(page).textContent()).toBe('Vald plats: en punkt du valt på kartan')
    expect(await page.locator('.report-map .maplibregl-marker').count()).toBe(1)

    await waitForNearby(page)
    const items = nearbyItems(page)
    expect(await items.count()).toBeGreaterThan(0)
    const first = items.first()
    expect(await first.locator('.nearby__meta').textContent()).toMatch(/cirka \d+ m bort/)
    await checkScreen(page, desktop)
    await screenshot(page, 'desktop-nearby')

    const countBefore = Number(/(\d+) person/.exec((await first.locator('.nearby__count').textContent()) ?? '')?.[1] ?? 0)
    await first.getByRole('button', { name: 'Jag också' }).click()
    await expect.poll(() => first.locator('.nearby__result').textContent()).toContain('Tack!')
    expect(await first.locator('.nearby__count').textContent()).toContain(`${countBefore + 1} person`)
    expect(await first.getByRole('button', { name: 'Jag också' }).count()).toBe(0)
    await screenshot(page, 'desktop-me-too', false)

    // The same address a second time: a clear no, not a second count.
    const again = await openReportPage(desktop)
    await searchPlace(again, 'Norra torget')
    await waitForNearby(again)
    const title = (await first.locator('.nearby__title').textContent()) ?? ''
    const same = nearbyItems(again).filter({ hasText: title }).first()
    if ((await same.count()) === 0) await again.getByRole('button', { name: /Visa alla/ }).click()
    await same.getByRole('button', { name: 'Jag också' }).click()
    await expect.poll(() => same.locator('.nearby__result').textContent()).toContain('Du har redan instämt')
    await close(again)

    // A photo: not an image first, then a large camera JPEG with EXIF, downscaled without it.
    const photo = page.locator('#report-photo')
    await photo.setInputFiles({ name: 'anteckning.txt', mimeType: 'text/plain', buffer: Buffer.from('inte en bild') })
    await expect.poll(() => page.locator('.report-photo').textContent()).toContain('Filen är ingen bild i formatet JPEG, PNG eller WebP.')
    const camera = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#778866' } })
      .jpeg()
      .withExif({ IFD0: { Artist: 'Hemlig Fotograf' } })
      .toBuffer()
    await photo.setInputFiles({ name: 'foto.jpg', mimeType: 'image/jpeg', buffer: camera })
    await expect.poll(() => page.locator('.report-photo__status').textContent()).toContain('2000 × 1333')
    expect(await page.locator('.report-photo__preview img').count()).toBe(1)
    expect(await photo.getAttribute('aria-invalid')).toBeNull()

    await fillForm(page, 'sv', 'Belysningen vid trappan är trasig sedan länge.')
    const request = page.waitForRequest((candidate) => candidate.method() === 'POST' && candidate.url().endsWith('/api/reports'))
    await page.getByRole('button', { name: 'Skicka rapporten' }).click()
    const sent = JSON.parse((await request).postData() ?? '{}') as { photo?: string; website?: string }
    expect(sent.website).toBeUndefined()
    const sentPhoto = Buffer.from(sent.photo ?? '', 'base64')
    expect((await sharp(sentPhoto).metadata()).width).toBe(2000)
    expect(sentPhoto.includes('Hemlig Fotograf')).toBe(false)
    expect(sentPhoto.includes('Exif')).toBe(false)
    await page.locator('.report-receipt').waitFor({ timeout: 15_000 })
    await checkScreen(page, desktop)
    await screenshot(page, 'desktop-receipt')

    // The private page says a photo was sent; its public copy only exists once the report is published.
    await page.getByRole('link', { name: 'Öppna sidan för din rapport' }).click()
    await page.locator('.status-badge').waitFor({ timeout: 15_000 })
    await expect.poll(() => page.locator('.report-status__photo').textContent()).toContain('Fotot kan inte visas här just nu.')
    await close(page)
  })
})

describe('in English', () => {
  it('reports, shows errors and the private page, and explains an unknown link', async () => {
    for (const viewport of [phone, desktop]) {
      const page = await openReportPage(viewport, 'en')
      expect(await page.locator('h1').textContent()).toBe('Report an unsafe place')
      await page.getByRole('button', { name: 'Send the report' }).click()
      await page.locator('.error-summary').waitFor()
      expect(await page.locator('.error-summary').textContent()).toContain('Choose where the place is')
      await searchPlace(page, 'Centrum')
      await waitForNearby(page)
      await checkScreen(page, viewport)
      await fillForm(page, 'en', 'A dark underpass with no lamps.')
      await page.getByRole('button', { name: 'Send the report' }).click()
      await page.locator('.report-receipt').waitFor({ timeout: 15_000 })
      expect(await page.locator('h1').textContent()).toBe('Thank you! Your report has been received')
      await checkScreen(page, viewport)
      await page.getByRole('link', { name: 'Open the page for your report' }).click()
      await expect.poll(() => page.locator('.status-badge').textContent(), { timeout: 15_000 }).toBe('Received')
      await checkScreen(page, viewport)
      if (viewport === phone) await screenshot(page, 'phone-status-en')

      await page.goto(`${server.url}${pagePaths.reportStatus}#${'x'.repeat(43)}`)
      await expect.poll(() => page.locator('h1').textContent(), { timeout: 15_000 }).toBe('Report not found')
      expect(await page.locator('.report-status').textContent()).toContain('We cannot find a report with this link')
      await checkScreen(page, viewport)
      await page.goto(`${server.url}${pagePaths.reportStatus}`)
      await expect.poll(() => page.locator('.report-status').textContent()).toContain('The link has no report code')
      if (viewport === phone) await screenshot(page, 'phone-unknown-en')
      await close(page)
    }
  })
})

describe('the open map', () => {
  it('invites to report, names every status in the legend, and offers feeds for the municipality and the view', async () => {
    const page = await newPage(desktop, 'sv')
    await page.goto(`${server.url}${pagePaths.map}`)
    await page.waitForFunction(() => window.__trygghetskartan?.dataLoaded === true, null, { timeout: 30_000 })
    const legend = await page.locator('.legend').textContent()
    for (const words of ['Under utredning', 'Går inte att åtgärda', 'Åtgärd planerad', 'Åtgärdad', 'många rapporter']) expect(legend).toContain(words)
    // Zoomed out a density surface, zoomed in points: both from the reports collection.
    const layers = await page.evaluate(() => window.__trygghetskartan?.layerIds.reports)
    expect(layers).toEqual(['reports-heatmap', 'reports-circle'])

    const feeds = page.locator('.report-feeds')
    expect(await feeds.getByRole('link', { name: 'Hela kommunen' }).getAttribute('href')).toBe('/api/reports/feed.atom')
    await expect.poll(() => feeds.getByRole('link', { name: 'Det kartan visar nu' }).count()).toBe(1)
    const viewFeed = (await feeds.getByRole('link', { name: 'Det kartan visar nu' }).getAttribute('href')) ?? ''
    expect(viewFeed).toMatch(/^\/api\/reports\/feed\.atom\?bbox=14\.\d{4},59\.\d{4},14\.\d{4},59\.\d{4}$/)
    for (const href of ['/api/reports/feed.atom', viewFeed]) {
      const response = await page.request.get(`${server.url}${href}`)
      expect(response.status()).toBe(200)
      expect(response.headers()['content-type']).toContain('application/atom+xml')
    }

    // A report's details: category, time of day, status and the moderated text.
    await page.locator('.feature-list__summary', { hasText: 'Rapporterade otrygga platser' }).click()
    await page.locator('.feature-list__group[open] .feature-list__button').first().click()
    const rows = await page.locator('.feature-details dt').allTextContents()
    for (const label of ['Kategori', 'Status', 'Tid på dygnet', 'Beskrivning']) expect(rows).toContain(label)
    expect(await runAxe(page)).toEqual([])
    await screenshot(page, 'map-desktop', false)

    await page.getByRole('link', { name: 'Rapportera en otrygg plats' }).click()
    await expect.poll(() => page.locator('h1').textContent()).toBe('Rapportera en otrygg plats')
    expect(new URL(page.url()).pathname).toBe(pagePaths.report)
    await close(page)
  })

  it('saw no CSP violation and no page error', () => {
    expect(cspProblems).toEqual([])
    expect(pageErrors).toEqual([])
  })
})
