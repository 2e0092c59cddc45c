/**
 * The admin's operations page (/admin/drift) in Debian's Chromium: the server's and database's
 * state, the background jobs with their last run, "Kör nu" with its outcome in words and the
 * server's English message, a job already running elsewhere, and the page refused to other roles.
 * WCAG 2.1 AA with axe-core on desktop and phone, and no Content-Security-Policy violation.
 * Screenshots go to test-results/screenshots/operations-*.png.
 */
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appVersion } from '../../server/app-version.ts'
import { pagePaths } from '../../server/shared/page-paths.ts'
import type { Role } from '../../server/shared/roles.ts'
import { createStaffAccount } from '../support/api-session.ts'
import { TEST_REFERENCE_DATE } from '../support/test-backends.ts'
import { launchBrowser, overflowing, runAxe, screenshotDir, smallTargets } from '../support/browser-checks.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

const desktop = { width: 1366, height: 860 }
const phone = { width: 390, height: 844 }

type Viewport = typeof desktop

interface Account {
  email: string
  password: string
}

let server: TestServer
let browser: Browser
/** Every CSP violation and CSP console error on any page of this file, with the page it happened on. */
const cspProblems: string[] = []
const pageErrors: string[] = []

beforeAll(async () => {
  // The test server starts no job timers (server/main.ts does), so the seeded jobs have never run.
  server = await startTestServer({ env: { LOGIN_RATE_LIMIT: '10000' } })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

const account = (role: Role): Promise<Account> => createStaffAccount(server.db, role)

/** The page as `who` sees it, recording CSP violations (in the page) and CSP errors (in its console). */
async function open(who: Account, viewport: Viewport = desktop, language: 'sv' | 'en' = 'sv'): Promise<Page> {
  const page = await browser.newPage({ viewport, deviceScaleFactor: viewport === desktop ? 1 : 2 })
  await page.clock.setFixedTime(TEST_REFERENCE_DATE)
  await page.addInitScript((chosen) => {
    const seen: string[] = []
    ;(window as unknown as { __cspViolations: string[] }).__cspViolations = seen
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`)
    })
    window.localStorage.setItem('trygghetskartan.language', chosen)
  }, language)
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text())) cspProblems.push(`${page.url()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`))
  const login = await page.request.post(`${server.url}/api/auth/login`, { data: { email: who.email, password: who.password } })
  expect(login.status()).toBe(200)
  const response = await page.goto(`${server.url}${pagePaths.adminOperations}`)
  // The server knows the page (server/shared/page-paths.ts) and answers it with 200.
  expect(response?.status()).toBe(200)
  await page.locator('.staff-bar').waitFor()
  return page
}

/** Collects the violations the page saw, then closes it. */
async function close(page: Page) {
  const seen = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
  cspProblems.push(...seen.map((violation) => `${page.url()}: violation ${violation}`))
  await page.close()
}

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: path.join(screenshotDir, `operations-${name}.png`), fullPage: true })
}

const retentionRow = (page: Page, label = 'Gallring av rapporter') =>
  page.locator('.job-table tbody tr', { has: page.locator('th', { hasText: label }) })
const cellText = (page: Page, column: string, label?: string) => retentionRow(page, label).locator(`td[data-label="${column}"]`).textContent()
/** The job's row as another server process leaves it while running (as runJob claims it), or after. */
const setRun = (outcome: 'running' | 'ok') =>
  server.db.query(
    `UPDATE job_run SET outcome = $1, started_at = now(), finished_at = CASE WHEN $1 = 'running' THEN NULL ELSE now() END,
       message = CASE WHEN $1 = 'running' THEN '' ELSE message END
     WHERE name = 'report-retention'`,
    [outcome],
  )

describe('an admin on the operations page', () => {
  it('sees the database and a job that has never run, runs it now and reads the outcome', async () => {
    const admin = await account('admin')
    const page = await open(admin)
    expect(await page.locator('h1').textContent()).toBe('Drift')
    expect(await page.title()).toContain('Drift')
    expect(await page.locator('.staff-bar').getByRole('link', { name: 'Drift' }).getAttribute('aria-current')).toBe('page')

    // The health check: the tests run on the embedded database.
    const facts = page.locator('.facts')
    await expect.poll(() => facts.textContent()).toContain('Inbyggd databas (PGlite)')
    expect(await facts.textContent()).toContain('Fungerar')
    expect(await facts.locator('dt').allTextContents()).toEqual(['Status', 'Appens version', 'Databas', 'PostGIS-version', 'Schemaversion'])
    expect(await facts.locator('dd').nth(1).textContent()).toBe(appVersion)
    expect(await facts.locator('dd').nth(3).textContent()).toMatch(/^\d+\.\d+/)
    expect(await facts.locator('dd').nth(4).textContent()).toMatch(/^\d+/)

    const table = page.locator('.job-table')
    await table.waitFor()
    expect(await table.locator('caption').textContent()).toBe('Bakgrundsjobben, hur ofta de körs och deras senaste körning')
    expect(await table.locator('thead th').allTextContents()).toEqual(['Jobb', 'Körs', 'Senaste körning', 'Utfall', 'Meddelande', 'Åtgärd'])
    expect(await table.locator('thead th[scope="col"]').count()).toBe(6)
    expect(await retentionRow(page).locator('th').getAttribute('scope')).toBe('row')
    expect(await cellText(page, 'Körs')).toBe('Varje timme')
    expect(await cellText(page, 'Utfall')).toBe('Aldrig körd')
    expect(await cellText(page, 'Meddelande')).toBe('–Inget meddelande')
    await screenshot(page, 'never-run')

    const button = page.getByRole('button', { name: 'Kör nu Gallring av rapporter' })
    await button.click()
    await expect.poll(() => cellText(page, 'Utfall')).toBe('Klar')
    expect(await page.locator('.staff-section [role="status"] .message--success').textContent()).toBe('Gallring av rapporter har körts och är klar.')
    const message = retentionRow(page).locator('td[data-label="Meddelande"] [lang="en"]')
    expect(await message.textContent()).toMatch(/^text removed from \d+ reports, \d+ staff incidents and \d+ survey answers$/)
    expect(await cellText(page, 'Senaste körning')).toMatch(/^Startade .+Avslutades .+$/)
    // Focus stays on the button, which is usable again.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Kör nu Gallring av rapporter')
    expect(await button.getAttribute('aria-disabled')).toBeNull()
    await screenshot(page, 'done')

    await page.getByRole('button', { name: 'English' }).click()
    await expect.poll(() => cellText(page, 'Outcome', 'Report retention')).toBe('Done')
    expect(await page.locator('h1').textContent()).toBe('Operations')
    expect(await facts.textContent()).toContain('Embedded database (PGlite)')
    expect(await page.getByRole('button', { name: 'Run now Report retention' }).count()).toBe(1)
    await screenshot(page, 'done-en')
    await close(page)
  })

  it('says so when the job is already running in another process', async () => {
    const admin = await account('admin')
    await setRun('running')
    try {
      const page = await open(admin)
      await expect.poll(() => cellText(page, 'Utfall')).toBe('Pågår')
      expect(await cellText(page, 'Senaste körning')).toContain('Inte avslutad än')
      expect(await cellText(page, 'Meddelande')).toBe('–Inget meddelande')
      await page.getByRole('button', { name: 'Kör nu Gallring av rapporter' }).click()
      const alert = page.locator('.staff-section [role="alert"]')
      await expect.poll(() => alert.textContent()).toContain('Gallring av rapporter kunde inte köras. Jobbet körs redan')
      expect(await cellText(page, 'Utfall')).toBe('Pågår')
      expect(await runAxe(page)).toEqual([])
      await screenshot(page, 'already-running')
      await close(page)
    } finally {
      await setRun('ok')
    }
  })

  it('fits a phone: nothing runs off a 390 px screen and the button is big enough', async () => {
    const admin = await account('admin')
    const page = await open(admin, phone)
    await page.locator('.job-table').waitFor()
    await page.getByRole('button', { name: 'Kör nu Gallring av rapporter' }).click()
    await expect.poll(() => cellText(page, 'Utfall')).toBe('Klar')
    expect(await overflowing(page)).toEqual([])
    expect(await smallTargets(page, 'main button')).toEqual([])
    await screenshot(page, 'phone')
    await close(page)
  })
})

describe('other roles', () => {
  it.each(['kommun', 'polis'] as const)('refuses the page to %s, with no link to it', async (role) => {
    const who = await account(role)
    const page = await open(who)
    await expect.poll(() => page.locator('main').textContent()).toContain(
      `Du är inloggad med rollen ${role === 'kommun' ? 'Kommun' : 'Polis'}. Den rollen har inte tillgång till den här sidan.`,
    )
    expect(await page.locator('h1').textContent()).toBe('Drift')
    expect(await page.locator('table').count()).toBe(0)
    expect(await page.locator('main').textContent()).not.toContain('Gallring av rapporter')
    expect(await page.locator('.staff-bar').getByRole('link', { name: 'Drift' }).count()).toBe(0)
    // The server refuses the data too.
    expect((await page.request.get(`${server.url}/api/jobs`)).status()).toBe(403)
    if (role === 'polis') await screenshot(page, 'no-access')
    await close(page)
  })
})

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  for (const viewport of [desktop, phone]) {
    it(`finds no violation after a run (${viewport.width} px)`, async () => {
      const page = await open(await account('admin'), viewport)
      await page.getByRole('button', { name: 'Kör nu Gallring av rapporter' }).click()
      await expect.poll(() => cellText(page, 'Utfall')).toBe('Klar')
      await page.locator('.facts').waitFor()
      expect(await runAxe(page)).toEqual([])
      await close(page)
    })

    it(`finds no violation on the refusal (${viewport.width} px)`, async () => {
      const page = await open(await account('polis'), viewport)
      await page.locator('main .button-link').waitFor()
      expect(await runAxe(page)).toEqual([])
      await close(page)
    })
  }
})

describe('Content-Security-Policy', () => {
  it('saw no violation and no page error on any page of this file', () => {
    expect(cspProblems).toEqual([])
    expect(pageErrors).toEqual([])
  })
})
