/**
 * The map as a person meets it, in Debian's Chromium: layers really drawn, clicks and the list
 * opening details, the language switch, layer switches, phone size, WCAG 2.1 AA checks with
 * axe-core, and no request leaving the server. Screenshots go to test-results/screenshots/.
 */
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CollectionId } from '../../client/src/data/collections.ts'
import { pagePaths } from '../../server/shared/page-paths.ts'
import { TEST_REFERENCE_DATE } from '../support/test-backends.ts'
import { launchBrowser, runAxe, screenshotDir } from '../support/browser-checks.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'


const desktop = { width: 1366, height: 860 }
const phone = { width: 375, height: 812 }

let server: TestServer
let browser: Browser
/** Every URL any page asked for, to prove nothing leaves our own server. */
const requested: string[] = []

beforeAll(async () => {
  server = await startTestServer()
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

interface OpenPage {
  page: Page
  status: number | undefined
  errors: string[]
}

async function openPage(pathname: string, viewport = desktop): Promise<OpenPage> {
  const page = await browser.newPage({ viewport, deviceScaleFactor: viewport === phone ? 2 : 1 })
  // The demo data is seeded for a fixed day; the page's "now" must be that day too.
  await page.clock.setFixedTime(TEST_REFERENCE_DATE)
  const errors: string[] = []
  page.on('request', (request) => requested.push(request.url()))
  page.on('pageerror', (error) => errors.push(error.message))
  const response = await page.goto(`${server.url}${pathname}`)
  return { page, status: response?.status(), errors }
}

async function waitForMap(page: Page) {
  await page.waitForFunction(() => window.__trygghetskartan?.dataLoaded === true, null, { timeout: 30_000 })
  await page.evaluate(() => window.__trygghetskartan?.whenIdle())
}

/** How many features of a collection the map has really drawn in its current view. */
function renderedCount(page: Page, collection: CollectionId): Promise<number> {
  return page.evaluate((id) => {
    const hook = window.__trygghetskartan
    if (!hook) return -1
    const layers = hook.layerIds[id].filter((layer) => hook.map.getLayer(layer))
    return hook.map.queryRenderedFeatures({ layers }).length
  }, collection)
}

const detailsHeading = (page: Page) => page.locator('#feature-details-heading')

describe('the map page', () => {
  it('draws every layer of the demo data in the first view', async () => {
    const { page, status, errors } = await openPage('/')
    expect(status).toBe(200)
    await waitForMap(page)
    await expect.poll(() => page.locator('h1').textContent()).toBe('Trygghetsarbetet i Kristinehamn')
    await expect.poll(() => page.locator('.demo-banner').textContent()).toContain(
      'Exempeldata: områden, vandringar, rapporter och åtgärder på kartan är påhittade för demonstration',
    )
    const collections: CollectionId[] = ['municipalities', 'urban-areas', 'focus-zones', 'watch-areas', 'safety-walks', 'walk-observations', 'reports', 'measures']
    for (const collection of collections) {
      expect(await renderedCount(page, collection), collection).toBeGreaterThan(0)
    }
    expect(await page.locator('.next-walk').textContent()).toContain('Nästa trygghetsvandring')
    await page.screenshot({ path: path.join(screenshotDir, 'desktop.png') })
    expect(errors).toEqual([])
    await page.close()
  })

  it('opens the details of a feature clicked on the map', async () => {
    const { page } = await openPage('/')
    await waitForMap(page)
    // A watch area whose middle shows no other clickable feature on top of it.
    const target = await page.evaluate(() => {
      const hook = window.__trygghetskartan
      if (!hook) return null
      const { map } = hook
      const canvas = map.getCanvas().getBoundingClientRect()
      for (const feature of map.queryRenderedFeatures({ layers: ['watch-areas-fill'] })) {
        if (feature.geometry.type !== 'Polygon') continue
        const ring = feature.geometry.coordinates[0] ?? []
        const lon = ring.reduce((sum, point) => sum + (point[0] ?? 0), 0) / ring.length
        const lat = ring.reduce((sum, point) => sum + (point[1] ?? 0), 0) / ring.length
        const point = map.project([lon, lat])
        if (point.x < 60 || point.y < 60 || point.x > canvas.width - 60 || point.y > canvas.height - 60) continue
        const top = map.queryRenderedFeatures([point.x, point.y]).find((candidate) => candidate.properties.fkey)
        if (top?.properties.fkey !== feature.properties.fkey) continue
        return { x: canvas.left + point.x, y: canvas.top + point.y, name: String(feature.properties.name) }
      }
      return null
    })
    expect(target).not.toBeNull()
    if (!target) return
    await page.mouse.click(target.x, target.y)
    await expect.poll(() => detailsHeading(page).textContent()).toBe(target.name)
    const details = page.locator('.feature-details')
    expect(await details.textContent()).toContain('Grannsamverkan')
    expect(await details.textContent()).toContain('Exempeldata – objektet är påhittat')
    expect(await details.locator('dt').allTextContents()).toContain('Status')
    // Focus moves to the details, so screen readers announce them.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('feature-details-heading')
    await page.evaluate(() => window.__trygghetskartan?.whenIdle())
    await page.screenshot({ path: path.join(screenshotDir, 'details.png') })
    await page.close()
  })

  it('opens details from the list with the keyboard alone', async () => {
    const { page } = await openPage('/')
    await waitForMap(page)
    const group = page.locator('.feature-list__summary', { hasText: 'Rapporterade otrygga platser' })
    await group.focus()
    await page.keyboard.press('Enter')
    const first = page.locator('.feature-list__group[open] .feature-list__button').first()
    const title = await first.locator('.feature-list__title').textContent()
    await first.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => detailsHeading(page).textContent()).toBe(title)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('feature-details-heading')
    expect(await page.locator('.feature-details').textContent()).toContain('Platsen är avrundad till ett rutnät på 50 m')
    // Escape closes the details and focus returns to the chosen button.
    await page.keyboard.press('Escape')
    await expect.poll(() => detailsHeading(page).count()).toBe(0)
    expect(await page.evaluate(() => document.activeElement?.classList.contains('feature-list__button'))).toBe(true)
    await page.close()
  })

  it('hides a layer when its checkbox is cleared', async () => {
    const { page } = await openPage('/')
    await waitForMap(page)
    expect(await renderedCount(page, 'reports')).toBeGreaterThan(0)
    const checkbox = page.getByRole('checkbox', { name: 'Rapporterade otrygga platser' })
    await checkbox.focus()
    await page.keyboard.press('Space')
    expect(await checkbox.isChecked()).toBe(false)
    await page.evaluate(() => window.__trygghetskartan?.whenIdle())
    expect(await renderedCount(page, 'reports')).toBe(0)
    expect(await renderedCount(page, 'watch-areas')).toBeGreaterThan(0)
    expect(await page.locator('.feature-list__summary', { hasText: 'Rapporterade otrygga platser' }).count()).toBe(0)
    await checkbox.check()
    await page.evaluate(() => window.__trygghetskartan?.whenIdle())
    expect(await renderedCount(page, 'reports')).toBeGreaterThan(0)
    await page.close()
  })

  it('switches to English and remembers the choice', async () => {
    const { page } = await openPage('/')
    await waitForMap(page)
    await page.getByRole('button', { name: 'English' }).click()
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.locator('h1').textContent()).toBe('Safety work in Kristinehamn')
    expect(await page.getByRole('navigation').textContent()).toContain('About the service')
    expect(await page.locator('.demo-banner').textContent()).toContain('Example data:')
    expect(await page.getByRole('checkbox', { name: 'Neighbourhood watch' }).isChecked()).toBe(true)
    expect(await page.locator('.maplibregl-canvas').getAttribute('aria-label')).toContain('Interactive map')
    await page.reload()
    await waitForMap(page)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    const group = page.locator('.feature-list__summary', { hasText: 'Neighbourhood watch' })
    await group.click()
    await page.locator('.feature-list__group[open] .feature-list__button').first().click()
    await expect.poll(() => page.locator('.feature-details dt').allTextContents()).toContain('Households')
    await page.evaluate(() => window.__trygghetskartan?.whenIdle())
    await page.screenshot({ path: path.join(screenshotDir, 'english.png') })
    await page.getByRole('button', { name: 'Svenska' }).click()
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('sv')
    await page.close()
  })

  it.each(['/', '/om', '/tillganglighet'])('lets no text run off a phone screen on %s (WCAG 1.4.10 reflow)', async (pathname) => {
    const { page } = await openPage(pathname, phone)
    await page.locator('h1').first().waitFor()
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll('h1, h2, h3, p, li, dt, dd, a, button')]
        .filter((element) => element.scrollWidth > element.clientWidth + 1 || element.getBoundingClientRect().right > window.innerWidth + 1)
        .map((element) => element.textContent?.trim().slice(0, 40)),
    )
    expect(overflowing).toEqual([])
    await page.close()
  })

  it('works on a phone: map on top, details below it', async () => {
    const { page } = await openPage('/', phone)
    await waitForMap(page)
    const map = await page.locator('.map-view').boundingBox()
    expect(map?.width).toBe(phone.width)
    expect(map?.height).toBeGreaterThan(300)
    expect(map?.y).toBeLessThan(phone.height / 2)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width)
    expect(await renderedCount(page, 'watch-areas')).toBeGreaterThan(0)
    await page.screenshot({ path: path.join(screenshotDir, 'phone.png') })

    await page.locator('.feature-list__summary', { hasText: 'Åtgärder' }).click()
    const first = page.locator('.feature-list__group[open] .feature-list__button').first()
    const title = await first.locator('.feature-list__title').textContent()
    await first.click()
    await expect.poll(() => detailsHeading(page).textContent()).toBe(title)
    const layout = await page.evaluate(() => {
      const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect()
      return { mapBottom: (box('.map-view')?.bottom ?? 0) + window.scrollY, detailsTop: (box('.feature-details')?.top ?? 0) + window.scrollY }
    })
    expect(layout.detailsTop).toBeGreaterThanOrEqual(layout.mapBottom)
    // The details are scrolled into view, so the person sees what they chose.
    await expect.poll(async () => (await detailsHeading(page).boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0)
    expect((await detailsHeading(page).boundingBox())?.y).toBeLessThan(phone.height)
    await page.evaluate(() => window.__trygghetskartan?.whenIdle())
    await page.screenshot({ path: path.join(screenshotDir, 'phone-details.png') })
    await page.close()
  })
})

describe('the other pages', () => {
  it('shows "Om tjänsten" with who runs it and the licences', async () => {
    const { page, status } = await openPage(pagePaths.about)
    expect(status).toBe(200)
    const text = await page.locator('main').textContent()
    expect(text).toContain('Kristinehamns kommun')
    expect(text).toContain('lokalpolisområde Kristinehamn')
    expect(text).toContain('CC0')
    expect(text).toContain('Open Font License')
    expect(text).toContain('MIT')
    await page.close()
  })

  it('shows the accessibility statement with a way to report problems and the enforcement body', async () => {
    const { page, status } = await openPage(pagePaths.accessibility)
    expect(status).toBe(200)
    const text = await page.locator('main').textContent()
    expect(text).toContain('2018:1937')
    expect(text).toContain('WCAG 2.1')
    expect(text).toContain('Myndigheten för digital förvaltning')
    expect(await page.locator('a[href^="mailto:tillganglighet@example.se"]').count()).toBe(1)
    await page.close()
  })

  it('answers an unknown path with 404 and a page that helps on', async () => {
    const { page, status } = await openPage('/finns-inte')
    expect(status).toBe(404)
    expect(await page.locator('h1').textContent()).toBe('Sidan finns inte')
    await page.getByRole('link', { name: 'Gå till kartan' }).click()
    await expect.poll(() => page.locator('h1').textContent()).toBe('Trygghetsarbetet i Kristinehamn')
    expect(new URL(page.url()).pathname).toBe('/')
    await page.close()
  })

  it('moves between pages from the header without reloading', async () => {
    const { page } = await openPage('/')
    await page.getByRole('navigation').getByRole('link', { name: 'Tillgänglighet' }).click()
    await expect.poll(() => page.locator('h1').textContent()).toBe('Tillgänglighetsredogörelse för Trygghetskartan')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('page-heading')
    expect(await page.title()).toContain('Tillgänglighet')
    await page.goBack()
    await expect.poll(() => page.locator('h1').textContent()).toBe('Trygghetsarbetet i Kristinehamn')
    await page.close()
  })
})

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  for (const pathname of [pagePaths.map, pagePaths.about, pagePaths.accessibility, '/finns-inte']) {
    it(`finds no serious or critical violation on ${pathname}`, async () => {
      const { page } = await openPage(pathname)
      if (pathname === pagePaths.map) await waitForMap(page)
      const violations = await runAxe(page)
      expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([])
      await page.close()
    })
  }

  it('finds no serious or critical violation with details open on a phone', async () => {
    const { page } = await openPage('/', phone)
    await waitForMap(page)
    await page.locator('.feature-list__summary', { hasText: 'Trygghetsvandringar' }).click()
    await page.locator('.feature-list__group[open] .feature-list__button').first().click()
    await expect.poll(() => detailsHeading(page).count()).toBe(1)
    const violations = await runAxe(page)
    expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([])
    await page.close()
  })
})

describe('with an online basemap configured', () => {
  // Stands in for an online style; the page's requests to it are answered here, never sent.
  const onlineStyleUrl = 'http://127.0.0.1:9/online-basemap/style.json'
  const onlineStyle = {
    version: 8,
    sources: {},
    layers: [{ id: 'online-background', type: 'background', paint: { 'background-color': '#dde6d5' } }],
  }

  it('draws our layers on top of it, and falls back to the offline basemap when it is unreachable', async () => {
    const online = await startTestServer({ env: { BASEMAP_STYLE_URL: onlineStyleUrl } })
    try {
      const page = await browser.newPage({ viewport: desktop })
      await page.route(onlineStyleUrl, (route) => route.fulfill({ json: onlineStyle }))
      await page.goto(online.url)
      await waitForMap(page)
      expect(await page.evaluate(() => Boolean(window.__trygghetskartan?.map.getLayer('online-background')))).toBe(true)
      expect(await renderedCount(page, 'watch-areas')).toBeGreaterThan(0)
      await page.close()

      const offline = await browser.newPage({ viewport: desktop })
      await offline.route(onlineStyleUrl, (route) => route.abort())
      await offline.goto(online.url)
      await waitForMap(offline)
      expect(await offline.evaluate(() => Boolean(window.__trygghetskartan?.map.getLayer('municipality-land')))).toBe(true)
      expect(await renderedCount(offline, 'watch-areas')).toBeGreaterThan(0)
      await offline.close()
    } finally {
      await online.close()
    }
  })
})

describe('privacy and offline use', () => {
  it('never sent a request outside the server', () => {
    expect(requested.length).toBeGreaterThan(0)
    const outside = requested.filter((url) => !url.startsWith(`${server.url}/`) && !url.startsWith('data:') && !url.startsWith('blob:'))
    expect(outside).toEqual([])
  })
})
