/**
 * The admin's API token page (/admin/api-nycklar) in Debian's Chromium: a new token is shown once
 * with a copy button and a warning, works for a script at once, is gone from the page once saved,
 * and stops working when revoked. WCAG 2.1 AA with axe-core at 1280 and 390 px, nothing off a
 * phone's screen, and no Content-Security-Policy violation.
 * Screenshots go to test-results/screenshots/api-tokens-*.png.
 */
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pagePaths } from '../../server/shared/page-paths.ts'
import type { Role } from '../../server/shared/roles.ts'
import { createStaffAccount } from '../support/api-session.ts'
import { launchBrowser, overflowing, runAxe, screenshotDir, smallTargets } from '../support/browser-checks.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

const desktop = { width: 1280, height: 900 }
const phone = { width: 390, height: 844 }
type Viewport = typeof desktop

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

/** The page as a new account of `role` sees it, recording CSP violations and page errors. */
async function open(role: Role, viewport: Viewport = desktop, language: 'sv' | 'en' = 'sv'): Promise<Page> {
  const who = await createStaffAccount(server.db, role)
  const page = await browser.newPage({ viewport, deviceScaleFactor: viewport === desktop ? 1 : 2 })
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url })
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
  const response = await page.goto(`${server.url}${pagePaths.adminApiTokens}`)
  expect(response?.status()).toBe(200)
  await page.locator('.staff-bar').waitFor()
  return page
}

async function close(page: Page) {
  const seen = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
  cspProblems.push(...seen.map((violation) => `${page.url()}: violation ${violation}`))
  await page.close()
}

const screenshot = (page: Page, name: string) => page.screenshot({ path: path.join(screenshotDir, `api-tokens-${name}.png`), fullPage: true })

/** As a script calls the API: the token alone, from outside the browser. */
const callWithToken = (secret: string) => fetch(`${server.url}/api/reports`, { headers: { Authorization: `Bearer ${secret}` } })

async function createToken(page: Page, name: string, scope = 'Bara läsa'): Promise<string> {
  await page.getByLabel('Namn').fill(name)
  await page.getByLabel('Roll', { exact: true }).selectOption({ label: 'Kommun' })
  await page.getByLabel('Får', { exact: true }).selectOption({ label: scope })
  await page.getByRole('button', { name: 'Skapa nyckel' }).click()
  const secretField = page.getByLabel('API-nyckeln')
  await secretField.waitFor()
  return secretField.inputValue()
}

const row = (page: Page, name: string) => page.locator('.token-table tbody tr', { has: page.locator('th', { hasText: name }) })

describe('an admin on the API token page', () => {
  it('creates a token, sees it once with a warning and a copy button, and a script can use it', async () => {
    const page = await open('admin')
    expect(await page.locator('h1').textContent()).toBe('API-nycklar')
    expect(await page.title()).toContain('API-nycklar')
    expect(await page.locator('.staff-bar').getByRole('link', { name: 'API-nycklar' }).getAttribute('aria-current')).toBe('page')

    // Nothing filled in: the form says what is missing, at the fields.
    await page.getByRole('button', { name: 'Skapa nyckel' }).click()
    await expect.poll(() => page.locator('.error-summary').textContent()).toContain('Skriv ett namn.')
    expect(await page.locator('.error-summary').textContent()).toContain('Välj en roll.')

    const secret = await createToken(page, 'QGIS på planeringen')
    expect(secret).toMatch(/^tgk_[A-Za-z0-9_-]{43}$/)
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ny nyckel: QGIS på planeringen')
    expect(await page.locator('.new-api-token__warning').textContent()).toContain('Den visas bara den här gången')
    await page.getByRole('button', { name: 'Kopiera nyckeln' }).click()
    await expect.poll(() => page.locator('.new-api-token__status').textContent()).toBe('Nyckeln är kopierad.')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret)

    // The list already has it, by its first characters only.
    const listed = row(page, 'QGIS på planeringen')
    expect(await listed.locator('td[data-label="Nyckeln börjar"]').textContent()).toBe(`${secret.slice(0, 10)}…`)
    expect(await listed.locator('td[data-label="Status"]').textContent()).toContain('Fungerar')
    expect(await listed.locator('td[data-label="Får"]').textContent()).toBe('Bara läsa')
    expect(await listed.locator('td[data-label="Senast använd"]').textContent()).toBe('Aldrig')
    expect(await runAxe(page)).toEqual([])
    await screenshot(page, 'created')

    expect((await callWithToken(secret)).status).toBe(200)

    await page.getByRole('button', { name: 'Jag har sparat nyckeln' }).click()
    await page.getByLabel('Namn').waitFor()
    expect(await page.content()).not.toContain(secret)
    await page.reload()
    await row(page, 'QGIS på planeringen').waitFor()
    expect(await page.content()).not.toContain(secret)
    expect(await row(page, 'QGIS på planeringen').locator('td[data-label="Senast använd"]').textContent()).not.toBe('Aldrig')
    await close(page)
  })

  it('revokes a token after a confirmation, and the token stops working at once', async () => {
    const page = await open('admin')
    const secret = await createToken(page, 'Gammalt skript', 'Läsa och skriva')
    await page.getByRole('button', { name: 'Jag har sparat nyckeln' }).click()
    expect((await callWithToken(secret)).status).toBe(200)

    const listed = row(page, 'Gammalt skript')
    await listed.getByRole('button', { name: 'Återkalla Gammalt skript' }).click()
    // The first press only asks; the token still works.
    expect((await callWithToken(secret)).status).toBe(200)
    await listed.getByRole('button', { name: 'Ja, återkalla Gammalt skript' }).click()
    await expect.poll(() => listed.locator('td[data-label="Status"]').textContent()).toContain('Återkallad')
    expect(await listed.getByRole('button', { name: /Återkalla/ }).count()).toBe(0)
    expect(await page.locator('.staff-section [role="status"] .message--success').textContent()).toBe(
      'Nyckeln Gammalt skript är återkallad. System som använder den får inga svar längre.',
    )
    const refused = await callWithToken(secret)
    expect(refused.status).toBe(401)
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('token_revoked')
    expect(await runAxe(page)).toEqual([])
    await screenshot(page, 'revoked')

    await page.getByRole('button', { name: 'English' }).click()
    await expect.poll(() => page.locator('h1').textContent()).toBe('API tokens')
    expect(await listed.locator('td[data-label="Status"]').textContent()).toContain('Revoked')
    await screenshot(page, 'revoked-en')
    await close(page)
  })

  it('fits a phone: the new token and the list, nothing off a 390 px screen', async () => {
    const page = await open('admin', phone)
    const secret = await createToken(page, 'Telefonens nyckel')
    expect(secret).toMatch(/^tgk_/)
    expect(await overflowing(page)).toEqual([])
    expect(await smallTargets(page, '.new-api-token button')).toEqual([])
    expect(await runAxe(page)).toEqual([])
    await screenshot(page, 'phone-created')
    await page.getByRole('button', { name: 'Jag har sparat nyckeln' }).click()
    await row(page, 'Telefonens nyckel').getByRole('button', { name: 'Återkalla Telefonens nyckel' }).click()
    expect(await overflowing(page)).toEqual([])
    expect(await runAxe(page)).toEqual([])
    await screenshot(page, 'phone-list')
    await close(page)
  })
})

describe('other roles', () => {
  it.each(['kommun', 'polis'] as const)('refuses the page to %s, with no link to it', async (role) => {
    const page = await open(role)
    await expect.poll(() => page.locator('main').textContent()).toContain('Den rollen har inte tillgång till den här sidan.')
    expect(await page.locator('form').count()).toBe(0)
    expect(await page.locator('.staff-bar').getByRole('link', { name: 'API-nycklar' }).count()).toBe(0)
    expect((await page.request.get(`${server.url}/api/api-tokens`)).status()).toBe(403)
    await close(page)
  })
})

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  for (const viewport of [desktop, phone]) {
    it(`finds no violation on the list and the empty form in English (${viewport.width} px)`, async () => {
      const page = await open('admin', viewport, 'en')
      await page.locator('.token-table').waitFor()
      expect(await runAxe(page)).toEqual([])
      if (viewport === phone) expect(await overflowing(page)).toEqual([])
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
