/**
 * The OGC API's own HTML pages (/ogc?f=html and below) in Debian's Chromium: WCAG 2.1 AA with
 * axe-core, no horizontal scroll on a phone, no Content-Security-Policy violation (no script, one
 * stylesheet from our origin), and the items table pages with its links. Screenshots go to
 * test-results/screenshots/ogc-*.png.
 */
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, overflowing, runAxe, screenshotDir } from '../support/browser-checks.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

const desktop = { width: 1280, height: 900 }
const phone = { width: 390, height: 844 }

let server: TestServer
let browser: Browser
const cspProblems: string[] = []

beforeAll(async () => {
  server = await startTestServer()
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  expect(cspProblems).toEqual([])
})

async function open(pathAndQuery: string, viewport = desktop): Promise<Page> {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 })
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text())) cspProblems.push(`${page.url()}: ${message.text()}`)
  })
  // A browser's own Accept header: no f= needed to get HTML.
  const response = await page.goto(`${server.url}${pathAndQuery}`)
  expect(response?.status()).toBe(200)
  expect(response?.headers()['content-type']).toMatch(/^text\/html/)
  return page
}

const pages = [
  ['landing', '/ogc'],
  ['conformance', '/ogc/conformance'],
  ['collections', '/ogc/collections'],
  ['collection', '/ogc/collections/reports'],
  ['items', '/ogc/collections/reports/items?limit=8'],
  ['item', '/ogc/collections/measures/items/1'],
  ['api', '/ogc/api'],
] as const

describe('the OGC API in a browser', () => {
  it.each(pages)('shows the %s page accessibly on a desk and a phone', async (name, pathAndQuery) => {
    for (const [size, viewport] of [['desk', desktop], ['phone', phone]] as const) {
      const page = await open(pathAndQuery, viewport)
      try {
        expect(await page.locator('html').getAttribute('lang')).toBe('sv')
        expect(await page.locator('h1').count()).toBe(1)
        // The stylesheet loaded (the CSP allows only our own).
        expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('system-ui')
        expect(await runAxe(page)).toEqual([])
        if (size === 'phone' && name !== 'items' && name !== 'api') expect(await overflowing(page)).toEqual([])
        await page.screenshot({ path: path.join(screenshotDir, `ogc-${name}-${size}.png`), fullPage: false })
      } finally {
        await page.close()
      }
    }
  })

  it('follows the items table from page to page and to one feature', async () => {
    const page = await open('/ogc/collections/reports/items?limit=8')
    try {
      await expect.poll(() => page.locator('tbody tr').count()).toBe(8)
      await page.getByRole('link', { name: /Nästa sida/ }).first().click()
      await page.waitForURL(/offset=8/)
      expect(await page.locator('main p').first().textContent()).toMatch(/Objekt 9–16 av/)
      await page.locator('tbody th a').first().click()
      await page.waitForURL(/\/items\/\d+\?f=html/)
      expect(await page.locator('caption').first().textContent()).toContain('Egenskaper')
    } finally {
      await page.close()
    }
  })
})
