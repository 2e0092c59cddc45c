/**
 * Issue 10's budget for the first visit: the JavaScript index.html loads and preloads stays under
 * 350 KB gzip, and the staff screens are fetched only when someone opens one. Runs on the built
 * client, in Debian's Chromium.
 */
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { clientDistDir } from '../../server/app.ts'
import { pagePaths } from '../../server/shared/page-paths.ts'
import { initialJavaScript } from '../../scripts/client-size.ts'
import { launchBrowser } from '../support/browser-checks.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

const INITIAL_BUDGET_BYTES = 350 * 1024
/** The chunk names Vite gives the staff screens (one per page module in client/src/routing/staff-pages.ts). */
const staffChunk = /\/assets\/(account|admin-[a-z-]+|audit-log|grannsamverkan|import|incidents|measures|moderation|planning|promise-editing|situation|walk-field|walk-planning|walk-protocol)-page-[\w-]+\.js$/

let server: TestServer
let browser: Browser

beforeAll(async () => {
  server = await startTestServer()
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** Opens a page and returns the path of every JavaScript file it fetched until the network was quiet. */
async function scriptsFetchedBy(pathname: string): Promise<{ page: Page; scripts: string[] }> {
  const page = await browser.newPage()
  const scripts: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname)
  })
  await page.goto(`${server.url}${pathname}`, { waitUntil: 'networkidle' })
  return { page, scripts }
}

describe('the JavaScript of a first visit', () => {
  it('is at most 350 KB gzip in what index.html loads and preloads', async () => {
    const initial = await initialJavaScript(clientDistDir)
    expect(initial.files.length).toBeGreaterThan(0)
    expect(initial.files.some((file) => staffChunk.test(file))).toBe(false)
    expect(initial.gzipBytes).toBeLessThanOrEqual(INITIAL_BUDGET_BYTES)
  })

  it('fetches no staff screen on the public map', async () => {
    const { page, scripts } = await scriptsFetchedBy(pagePaths.map)
    expect(scripts.length).toBeGreaterThan(0)
    expect(scripts.filter((script) => staffChunk.test(script))).toEqual([])
    await page.close()
  })

  it('fetches a staff screen when it is opened, and then draws it', async () => {
    const { page, scripts } = await scriptsFetchedBy(pagePaths.grannsamverkan)
    expect(scripts.filter((script) => staffChunk.test(script)).map((script) => path.basename(script))).toEqual([
      expect.stringMatching(/^grannsamverkan-page-/),
    ])
    // Not logged in: the screen's own code says so.
    await expect.poll(() => page.getByText('Sidan är bara för personal').count()).toBe(1)
    await page.close()
  })

  it('moves focus to a lazily loaded screen’s heading after a change of page inside the app', async () => {
    const { page } = await scriptsFetchedBy(pagePaths.about)
    await page.evaluate((target) => {
      window.history.pushState(null, '', target)
      window.dispatchEvent(new PopStateEvent('popstate'))
    }, pagePaths.account)
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('page-heading')
    await page.close()
  })
})
