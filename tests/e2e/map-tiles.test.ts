/**
 * The map with more reports than one items page, in Debian's Chromium: the reports layer is drawn
 * from vector tiles (`/tiles/reports/…`) instead of every items page, and still looks and works as
 * the GeoJSON layer does – the legend switch, the period filter, clicks on a report or a cluster,
 * and the list, which shows the reports in the map's view. WCAG 2.1 AA checks with axe-core at
 * desk and phone width. Screenshots go to test-results/screenshots/.
 */
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CollectionId } from '../../client/src/data/collections.ts'
import { generateReports } from '../../data/seed/large/large-reports.ts'
import { TEST_REFERENCE_DATE } from '../support/test-backends.ts'
import { launchBrowser, runAxe, screenshotDir } from '../support/browser-checks.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

const desktop = { width: 1280, height: 800 }
const phone = { width: 390, height: 844 }
// Four in five generated reports are published: well over one items page (5,000) of public ones.
const GENERATED_REPORTS = 7000
// Kristinehamn's centre, where the generated reports are densest.
const centre: [number, number] = [14.1075, 59.3098]
// Zoomed in past the tiles' last level: every report is a single point, none in a cluster.
const SINGLES_ZOOM = 16.5
const reportsLayerName = 'Rapporterade otrygga platser'

let server: TestServer
let browser: Browser
let publicReports = 0

beforeAll(async () => {
  server = await startTestServer()
  await generateReports(server.db, GENERATED_REPORTS, TEST_REFERENCE_DATE)
  const [row] = await server.db.query<{ count: number }>(`SELECT count(*)::int AS count FROM report WHERE status IN ('published', 'under_review', 'measure_planned', 'fixed', 'not_actionable')`)
  publicReports = row?.count ?? 0
  browser = await launchBrowser()
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

interface OpenPage {
  page: Page
  requested: string[]
  errors: string[]
}

async function openMap(viewport = desktop): Promise<OpenPage> {
  const page = await browser.newPage({ viewport, deviceScaleFactor: viewport === phone ? 2 : 1 })
  // The reports are generated back from a fixed day; the page's "now" must be that day too.
  await page.clock.setFixedTime(TEST_REFERENCE_DATE)
  const requested: string[] = []
  const errors: string[] = []
  page.on('request', (request) => requested.push(request.url()))
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(`${server.url}/`)
  // The first visit also builds the first tiles on the embedded database: give it time on a busy machine.
  await page.waitForFunction(() => window.__trygghetskartan?.dataLoaded === true, null, { timeout: 60_000 })
  await idle(page)
  return { page, requested, errors }
}

const idle = (page: Page) => page.evaluate(() => window.__trygghetskartan?.whenIdle())

async function jumpTo(page: Page, zoom: number, center = centre) {
  await page.evaluate(([lon, lat, z]) => window.__trygghetskartan?.map.jumpTo({ center: [lon, lat], zoom: z }), [center[0], center[1], zoom] as const)
  await idle(page)
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

/** The single reports drawn (not clusters), with their id, month and place on the screen. */
function drawnReports(page: Page) {
  return page.evaluate(() => {
    const hook = window.__trygghetskartan
    if (!hook) return []
    const { map } = hook
    const canvas = map.getCanvas().getBoundingClientRect()
    return map.queryRenderedFeatures({ layers: ['reports-circle'] }).flatMap((feature) => {
      if (feature.geometry.type !== 'Point') return []
      const point = map.project(feature.geometry.coordinates as [number, number])
      return [{ id: feature.id, month: String(feature.properties.reported_month), x: canvas.left + point.x, y: canvas.top + point.y, inside: point.x > 40 && point.y > 40 && point.x < canvas.width - 40 && point.y < canvas.height - 40 }]
    })
  })
}

const reportsSummary = (page: Page) => page.locator('.feature-list__summary', { hasText: reportsLayerName })
const detailsHeading = (page: Page) => page.locator('#feature-details-heading')

/** What the items endpoint counts in the map's view for the period starting at `datetime`. */
function reportsInView(page: Page, datetime: string | null) {
  return page.evaluate(async (period) => {
    const bounds = window.__trygghetskartan?.map.getBounds()
    if (!bounds) return -1
    const query = new URLSearchParams({ bbox: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()].join(','), limit: '1' })
    if (period) query.set('datetime', period)
    const body = (await (await fetch(`/ogc/collections/reports/items?${query.toString()}`)).json()) as { numberMatched: number }
    return body.numberMatched
  }, datetime)
}

describe('the map with more reports than one page', () => {
  it('draws the reports from vector tiles, not from items pages', async () => {
    expect(publicReports).toBeGreaterThan(5000)
    const { page, requested, errors } = await openMap()
    expect(await page.evaluate(() => window.__trygghetskartan?.tiled)).toContain('reports')
    expect(await renderedCount(page, 'reports')).toBeGreaterThan(0)
    // Its TileJSON counts more than one page: not even the first page is fetched.
    expect(requested.filter((url) => url.includes('/ogc/collections/reports/items'))).toEqual([])
    expect(requested.some((url) => url.startsWith(`${server.url}/tiles/reports.json`))).toBe(true)
    expect(requested.filter((url) => new URL(url).pathname.match(/^\/tiles\/reports\/\d+\/\d+\/\d+\.mvt$/)).length).toBeGreaterThan(0)
    // The small layers stay GeoJSON as before.
    expect(await page.evaluate(() => window.__trygghetskartan?.tiled)).not.toContain('watch-areas')
    expect(await renderedCount(page, 'watch-areas')).toBeGreaterThan(0)
    await page.screenshot({ path: path.join(screenshotDir, 'tiles-desktop.png') })

    // Closer in, the reports are points and clusters that can be clicked.
    await jumpTo(page, 14.5)
    expect(await page.evaluate(() => window.__trygghetskartan?.map.queryRenderedFeatures({ layers: ['reports-clusters'] }).length)).toBeGreaterThan(0)
    await page.screenshot({ path: path.join(screenshotDir, 'tiles-clusters.png') })
    expect(errors).toEqual([])
    await page.close()
  })

  it('hides the tiled layer when its checkbox is cleared', async () => {
    const { page } = await openMap()
    await jumpTo(page, 14.5)
    expect(await renderedCount(page, 'reports')).toBeGreaterThan(0)
    const checkbox = page.getByRole('checkbox', { name: reportsLayerName })
    await checkbox.focus()
    await page.keyboard.press('Space')
    expect(await checkbox.isChecked()).toBe(false)
    await idle(page)
    expect(await renderedCount(page, 'reports')).toBe(0)
    expect(await renderedCount(page, 'watch-areas')).toBeGreaterThan(0)
    expect(await reportsSummary(page).count()).toBe(0)
    await checkbox.check()
    await idle(page)
    expect(await renderedCount(page, 'reports')).toBeGreaterThan(0)
    await page.close()
  })

  it('shows only the chosen period', async () => {
    const { page } = await openMap()
    await jumpTo(page, SINGLES_ZOOM)
    // The last twelve months (the default) from 2026-11-23: reports from 2025-11 on.
    const recent = await drawnReports(page)
    expect(recent.length).toBeGreaterThan(0)
    expect(recent.filter((report) => report.month < '2025-11')).toEqual([])

    await page.getByLabel('Tidsperiod').selectOption('all')
    await idle(page)
    const all = await drawnReports(page)
    expect(all.some((report) => report.month < '2025-11')).toBe(true)
    expect(all.length).toBeGreaterThan(recent.length)
    await page.close()
  })

  it('counts only the chosen period in clusters', async () => {
    const { page } = await openMap()
    await page.getByLabel('Tidsperiod').selectOption('all')
    const clusteredCount = () =>
      page.evaluate(() =>
        (window.__trygghetskartan?.map.queryRenderedFeatures({ layers: ['reports-clusters', 'reports-circle'] }) ?? []).reduce(
          (sum, feature) => sum + (typeof feature.properties.point_count === 'number' ? feature.properties.point_count : 1),
          0,
        ),
      )
    await jumpTo(page, 14)
    const allClustered = await clusteredCount()
    await page.getByLabel('Tidsperiod').selectOption('year')
    await idle(page)
    const recentClustered = await clusteredCount()
    expect(recentClustered).toBeGreaterThan(0)
    expect(recentClustered).toBeLessThan(allClustered / 3)
    await page.close()
  })

  it('opens the details of a tiled report clicked on the map, and zooms into a clicked cluster', async () => {
    const { page, requested } = await openMap()
    await jumpTo(page, SINGLES_ZOOM)
    const target = (await drawnReports(page)).find((report) => report.inside)
    expect(target).toBeDefined()
    if (!target) return
    await page.mouse.click(target.x, target.y)
    await expect.poll(() => detailsHeading(page).count()).toBe(1)
    const details = await page.locator('.feature-details').textContent()
    expect(details).toContain('Platsen är avrundad till ett rutnät på 50 m')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('feature-details-heading')
    // Whichever report lies on top there, its details came from the items endpoint by its id.
    expect(requested.some((url) => /\/ogc\/collections\/reports\/items\/\d+$/.test(url))).toBe(true)
    await page.keyboard.press('Escape')
    await expect.poll(() => detailsHeading(page).count()).toBe(0)

    await jumpTo(page, 13.5)
    const cluster = await page.evaluate(() => {
      const hook = window.__trygghetskartan
      if (!hook) return null
      const { map } = hook
      const canvas = map.getCanvas().getBoundingClientRect()
      for (const feature of map.queryRenderedFeatures({ layers: ['reports-clusters'] })) {
        if (feature.geometry.type !== 'Point') continue
        const point = map.project(feature.geometry.coordinates as [number, number])
        if (point.x < 60 || point.y < 60 || point.x > canvas.width - 60 || point.y > canvas.height - 60) continue
        const top = map.queryRenderedFeatures([point.x, point.y], { layers: ['reports-clusters', 'reports-circle', 'walk-observations-symbol', 'measures-symbol'] })[0]
        if (top?.layer.id !== 'reports-clusters') continue
        return { x: canvas.left + point.x, y: canvas.top + point.y }
      }
      return null
    })
    expect(cluster).not.toBeNull()
    if (!cluster) return
    const before = await page.evaluate(() => window.__trygghetskartan?.map.getZoom() ?? 0)
    await page.mouse.click(cluster.x, cluster.y)
    await expect.poll(() => page.evaluate(() => window.__trygghetskartan?.map.getZoom() ?? 0)).toBeGreaterThan(before + 1.5)
    expect(await detailsHeading(page).count()).toBe(0)
    await page.close()
  })

  it('lists the reports in the map view, saying how many of them it shows', async () => {
    const { page } = await openMap()
    const periodStart = '2025-11-23T12:00:00.000Z/..'
    // The whole first view holds more reports of the last year than the list shows.
    const inFirstView = await reportsInView(page, periodStart)
    expect(inFirstView).toBeGreaterThan(200)
    // Closed, the group says what it will list; opened, it fetches them.
    expect(await reportsSummary(page).textContent()).toBe(`${reportsLayerName} (objekten i kartbilden)`)
    await reportsSummary(page).click()
    await expect.poll(() => reportsSummary(page).textContent()).toContain(`visar 200 av ${new Intl.NumberFormat('sv').format(inFirstView)} i kartbilden`)
    const buttons = page.locator('.feature-list__group[open] .feature-list__button')
    expect(await buttons.count()).toBe(200)

    // Zoomed in on a few streets, it lists every one of them.
    await jumpTo(page, SINGLES_ZOOM)
    const inView = await reportsInView(page, periodStart)
    expect(inView).toBeGreaterThan(0)
    expect(inView).toBeLessThan(200)
    await expect.poll(() => reportsSummary(page).textContent()).toBe(`${reportsLayerName} (${inView} objekt i kartbilden)`)
    expect(await buttons.count()).toBe(inView)

    const first = buttons.first()
    const title = await first.locator('.feature-list__title').textContent()
    await first.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => detailsHeading(page).textContent()).toBe(title)
    await page.keyboard.press('Escape')
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('feature-list__button'))).toBe(true)

    await page.getByRole('button', { name: 'English' }).click()
    // The longer English texts make the map a little narrower, so its view holds a few more or fewer.
    await expect.poll(() => page.locator('.feature-list__summary', { hasText: 'Reported unsafe places' }).textContent()).toMatch(/^Reported unsafe places \(\d+ features? in the map view\)$/)
    await page.getByRole('button', { name: 'Svenska' }).click()
    await page.close()
  })
})

describe('accessibility with a tiled layer (axe-core, WCAG 2.1 A and AA)', () => {
  for (const viewport of [desktop, phone]) {
    it(`finds no serious or critical violation at ${viewport.width} px with the reports listed`, async () => {
      const { page } = await openMap(viewport)
      await reportsSummary(page).click()
      await expect.poll(() => reportsSummary(page).textContent()).toContain('visar 200 av')
      const violations = await runAxe(page)
      expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([])
      await page.screenshot({ path: path.join(screenshotDir, `tiles-list-${viewport.width}.png`), fullPage: viewport === phone })
      await page.close()
    })
  }
})
