/**
 * The staff screens as people use them, in Debian's Chromium: logging in and out with the
 * keyboard, the messages for a wrong password and too many attempts, an admin managing accounts,
 * the audit log with its filter and paging, the "no access" pages, WCAG 2.1 AA checks with axe-core
 * on desktop and phone, and no Content-Security-Policy violation anywhere, the map included.
 * Screenshots go to test-results/screenshots/staff-*.png.
 */
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { recordAudit } from '../../server/audit/audit-log.ts'
import { pagePaths } from '../../server/shared/page-paths.ts'
import type { Role } from '../../server/shared/roles.ts'
import { createStaffAccount, TEST_PASSWORD } from '../support/api-session.ts'
import { TEST_REFERENCE_DATE } from '../support/test-backends.ts'
import { launchBrowser, overflowing, runAxe, screenshotDir, smallTargets } from '../support/browser-checks.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'


const desktop = { width: 1366, height: 860 }
const phone = { width: 390, height: 844 }
const smallPhone = { width: 360, height: 740 }

type Viewport = typeof desktop

interface Account {
  id: number
  email: string
  password: string
}

let server: TestServer
let browser: Browser
/** Every CSP violation and CSP console error on any page of this file, with the page it happened on. */
const cspProblems: string[] = []
const pageErrors: string[] = []

beforeAll(async () => {
  // Every test logs in from 127.0.0.1; the login limit is tested with a stubbed answer instead.
  server = await startTestServer({ env: { LOGIN_RATE_LIMIT: '10000' } })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

const account = (role: Role): Promise<Account> => createStaffAccount(server.db, role)

interface OpenOptions {
  viewport?: Viewport
  /** Logged in as this account before the page loads (through the API, sharing the page's cookies). */
  as?: Account
  language?: 'sv' | 'en'
}

/** A new page that records CSP violations (in the page) and CSP errors (in its console). */
async function newPage(options: OpenOptions = {}): Promise<Page> {
  const viewport = options.viewport ?? desktop
  const page = await browser.newPage({ viewport, deviceScaleFactor: viewport === desktop ? 1 : 2 })
  await page.clock.setFixedTime(TEST_REFERENCE_DATE)
  await page.addInitScript((language) => {
    const seen: string[] = []
    ;(window as unknown as { __cspViolations: string[] }).__cspViolations = seen
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`)
    })
    if (language) window.localStorage.setItem('trygghetskartan.language', language)
  }, options.language ?? null)
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text())) cspProblems.push(`${page.url()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`))
  if (options.as) await logInByApi(page, options.as)
  return page
}

async function open(pathname: string, options: OpenOptions = {}): Promise<Page> {
  const page = await newPage(options)
  const response = await page.goto(`${server.url}${pathname}`)
  // The server knows every page of the app (server/shared/page-paths.ts) and answers it with 200.
  expect(response?.status()).toBe(200)
  await page.locator('h1').first().waitFor()
  return page
}

async function logInByApi(page: Page, who: Account) {
  const answer = await page.request.post(`${server.url}/api/auth/login`, { data: { email: who.email, password: who.password } })
  expect(answer.status()).toBe(200)
}

async function waitForMap(page: Page) {
  await page.waitForFunction(() => window.__trygghetskartan?.dataLoaded === true, null, { timeout: 30_000 })
  await page.evaluate(() => window.__trygghetskartan?.whenIdle())
}

/** Logs in from another device: no cookies shared with any page. */
function logInElsewhere(email: string, password: string) {
  return fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
}

/** Collects the violations the page saw, then closes it. */
async function close(page: Page) {
  const seen = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
  cspProblems.push(...seen.map((violation) => `${page.url()}: ${violation}`))
  await page.close()
}

const heading = (page: Page) => page.locator('h1').first().textContent()
const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '')
const activeText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')
const pathOf = (page: Page) => {
  const url = new URL(page.url())
  return `${url.pathname}${url.search}`
}

/** Presses Tab (or Shift+Tab) until the focused element's text or id matches, as a keyboard user would. */
async function tabTo(page: Page, target: string | RegExp, direction: 'forward' | 'back' = 'forward', maxPresses = 40) {
  const matches = (text: string) => (typeof target === 'string' ? text === target : target.test(text))
  for (let press = 0; press < maxPresses; press += 1) {
    await page.keyboard.press(direction === 'forward' ? 'Tab' : 'Shift+Tab')
    const [text, id] = await Promise.all([activeText(page), activeId(page)])
    if (matches(text) || matches(id)) return
  }
  throw new Error(`Tab never reached ${String(target)}`)
}

/** The whole page, or only what is in view for long pages (the log, the accounts on a phone). */
async function screenshot(page: Page, name: string, fullPage = true) {
  await page.screenshot({ path: path.join(screenshotDir, `staff-${name}.png`), fullPage })
}

describe('logging in and out', () => {
  it('works with the keyboard alone and leads back to the page the person came from', async () => {
    const kommun = await account('kommun')
    const page = await open(pagePaths.about)
    await tabTo(page, 'Logga in')
    await page.keyboard.press('Enter')
    await expect.poll(() => heading(page)).toBe('Logga in')
    expect(pathOf(page)).toBe('/logga-in?till=%2Fom')
    expect(await activeId(page)).toBe('page-heading')
    await page.keyboard.press('Tab')
    expect(await activeId(page)).toBe('login-email')
    await page.keyboard.type(kommun.email)
    await page.keyboard.press('Tab')
    expect(await activeId(page)).toBe('login-password')
    await page.keyboard.type(kommun.password)
    await page.keyboard.press('Enter')

    await expect.poll(() => heading(page)).toBe('Om Trygghetskartan')
    expect(pathOf(page)).toBe('/om')
    const bar = page.locator('.staff-bar')
    expect(await bar.textContent()).toContain(kommun.email)
    expect(await bar.textContent()).toContain('Kommun')
    expect(await bar.getByRole('link', { name: 'Mitt konto' }).count()).toBe(1)
    // Admin pages are for admins only: no links to them for the municipality.
    expect(await bar.getByRole('link', { name: 'Konton' }).count()).toBe(0)
    expect(await page.locator('.site-nav').getByRole('link', { name: 'Logga in' }).count()).toBe(0)

    // Focus is on the page's heading; the header is just before it.
    expect(await activeId(page)).toBe('page-heading')
    await tabTo(page, 'Logga ut', 'back')
    await page.keyboard.press('Enter')
    await expect.poll(() => pathOf(page)).toBe('/logga-in?utloggad=ja')
    expect(await page.locator('main').textContent()).toContain('Du är utloggad.')
    expect(await page.locator('.staff-bar').count()).toBe(0)
    expect(await page.locator('.site-nav').getByRole('link', { name: 'Logga in' }).count()).toBe(1)
    const session = await page.evaluate(() => fetch('/api/auth/session').then((response) => response.json()))
    expect(session).toEqual({ user: null, csrf_token: null })
    await close(page)
  })

  it('says what is wrong: missing fields, a wrong password, too many attempts', async () => {
    const polis = await account('polis')
    const page = await open(pagePaths.login)
    await page.getByRole('button', { name: 'Logga in' }).click()
    // Each field's error is tied to it, and the summary takes focus and links to the fields.
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true)
    const email = page.locator('#login-email')
    expect(await email.getAttribute('aria-invalid')).toBe('true')
    expect(await email.getAttribute('aria-describedby')).toBe('login-email-error')
    expect(await page.locator('#login-email-error').textContent()).toContain('Skriv din e-postadress.')
    await page.locator('.error-summary').getByRole('link', { name: 'Skriv ditt lösenord.' }).click()
    expect(await activeId(page)).toBe('login-password')

    await email.fill(polis.email)
    await page.locator('#login-password').fill('fel lösenord, helt fel')
    await page.keyboard.press('Enter')
    const summary = page.locator('.error-summary')
    await expect.poll(() => summary.textContent()).toContain('Fel e-postadress eller lösenord.')
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true)
    expect(await page.locator('#login-password').inputValue()).toBe('')
    await screenshot(page, 'login-wrong-password')

    // The server's limit answers 429 with Retry-After; the wait is told in minutes.
    await page.route('**/api/auth/login', (route) =>
      route.fulfill({
        status: 429,
        headers: { 'Retry-After': '540' },
        json: { error: { code: 'too_many_requests', message: 'Too many attempts.', message_sv: 'För många försök.' }, requestId: 'x' },
      }),
    )
    await page.locator('#login-password').fill(polis.password)
    await page.keyboard.press('Enter')
    await expect.poll(() => summary.textContent()).toContain('För många försök. Vänta 9 min och försök igen.')
    await page.unroute('**/api/auth/login')

    await page.getByRole('button', { name: 'English' }).click()
    await page.locator('#login-password').fill('wrong password, entirely')
    await page.keyboard.press('Enter')
    await expect.poll(() => summary.textContent()).toContain('Wrong e-mail address or password.')
    expect(await heading(page)).toBe('Log in')
    await screenshot(page, 'login-wrong-password-en')
    await close(page)
  })

  it('shows staff pages only after login, then returns to them; never to another site', async () => {
    const kommun = await account('kommun')
    const page = await open(pagePaths.account)
    expect(await heading(page)).toBe('Mitt konto')
    expect(await page.locator('main').textContent()).toContain('Sidan är bara för personal på kommunen och polisen.')
    await page.locator('main').getByRole('link', { name: 'Logga in' }).click()
    await expect.poll(() => pathOf(page)).toBe('/logga-in?till=%2Fkonto')
    await page.locator('#login-email').fill(kommun.email)
    await page.locator('#login-password').fill(kommun.password)
    await page.getByRole('button', { name: 'Logga in' }).click()
    await expect.poll(() => pathOf(page)).toBe('/konto')
    expect(await page.locator('.facts').textContent()).toContain(kommun.email)
    await close(page)

    const phished = await open(`${pagePaths.login}?till=${encodeURIComponent('//elsewhere.example/steal')}`)
    await phished.locator('#login-email').fill(kommun.email)
    await phished.locator('#login-password').fill(kommun.password)
    await phished.getByRole('button', { name: 'Logga in' }).click()
    await expect.poll(() => new URL(phished.url()).origin + new URL(phished.url()).pathname).toBe(`${server.url}/`)
    await close(phished)
  })
})

describe('my account', () => {
  it('changes my password and logs me out on all devices', async () => {
    const kommun = await account('kommun')
    const page = await open(pagePaths.account, { as: kommun })
    expect(await page.locator('.facts').textContent()).toContain('Kommun')

    await page.locator('#password-current_password').fill('inte mitt lösenord alls')
    await page.locator('#password-new_password').fill('ett nytt långt lösenord')
    await page.locator('#password-repeat_password').fill('ett annat långt lösenord')
    await page.getByRole('button', { name: 'Byt lösenord' }).click()
    await expect.poll(() => page.locator('#password-repeat_password-error').textContent()).toContain('Lösenorden är inte likadana')

    await page.locator('#password-repeat_password').fill('ett nytt långt lösenord')
    await page.getByRole('button', { name: 'Byt lösenord' }).click()
    // The server's answer, on the field it is about.
    await expect.poll(() => page.locator('#password-current_password-error').textContent()).toContain('Det nuvarande lösenordet stämmer inte.')
    expect(await page.locator('#password-current_password').getAttribute('aria-describedby')).toBe('password-current_password-error')

    await page.locator('#password-current_password').fill(kommun.password)
    await page.locator('#password-new_password').fill('ett nytt långt lösenord')
    await page.locator('#password-repeat_password').fill('ett nytt långt lösenord')
    await page.getByRole('button', { name: 'Byt lösenord' }).click()
    await expect.poll(() => page.locator('[role="status"]').first().textContent()).toContain('Lösenordet är bytt.')
    await screenshot(page, 'account')

    await page.getByRole('button', { name: 'Logga ut på alla enheter' }).click()
    await expect.poll(() => pathOf(page)).toBe('/logga-in?utloggad=alla')
    expect(await page.locator('main').textContent()).toContain('Du är utloggad på alla enheter.')
    expect((await logInElsewhere(kommun.email, 'ett nytt långt lösenord')).status).toBe(200)
    await close(page)
  })
})

describe('an admin manages accounts', () => {
  it('creates an account, changes its role, disables it, and finds it all in the log', async () => {
    const admin = await account('admin')
    const colleague = await account('kommun')
    const page = await open(pagePaths.adminUsers, { as: admin })
    expect(await heading(page)).toBe('Konton för personal')
    const table = page.locator('.user-table')
    await expect.poll(() => table.textContent()).toContain(admin.email)
    expect(await table.locator('thead th').allTextContents()).toEqual(['E-postadress', 'Namn', 'Roll', 'Status', 'Senast inloggad', 'Ändra'])

    // Too short a password is caught before sending; a taken address by the server, on its field.
    const form = page.locator('#new-user')
    await form.getByLabel('E-postadress').fill(colleague.email)
    await form.getByLabel('Namn (frivilligt)').fill('Nora <b>Nyberg</b>')
    await form.getByLabel('Roll').selectOption('polis')
    await form.getByLabel('Första lösenord').fill('kort')
    await form.getByRole('button', { name: 'Skapa konto' }).click()
    await expect.poll(() => page.locator('#new-user-password-error').textContent()).toContain('Lösenordet måste ha minst 12 tecken.')
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true)
    await form.getByLabel('Första lösenord').fill(TEST_PASSWORD)
    await form.getByRole('button', { name: 'Skapa konto' }).click()
    await expect.poll(() => page.locator('#new-user-email-error').textContent()).toContain(`Det finns redan ett konto för ${colleague.email}`)
    expect(await page.locator('#new-user-email').getAttribute('aria-invalid')).toBe('true')

    const email = `nora.nyberg.${process.pid}@kristinehamn.example`
    await form.getByLabel('E-postadress').fill(email)
    await form.getByRole('button', { name: 'Skapa konto' }).click()
    await expect.poll(() => page.locator('.staff-panel > [role="status"]').textContent()).toContain(`Kontot för ${email} är skapat.`)
    const row = table.locator('tr', { has: page.locator('th', { hasText: email }) })
    // What the admin typed is shown as text, never as markup.
    expect(await row.locator('td').first().textContent()).toBe('Nora <b>Nyberg</b>')
    expect(await table.locator('b').count()).toBe(0)
    expect(await row.locator('td').nth(1).textContent()).toBe('Polis')
    expect(await row.locator('td').nth(3).textContent()).toBe('Aldrig')

    // The editor opens under the row, as a disclosure.
    const edit = row.getByRole('button', { name: `Ändra ${email}` })
    await edit.click()
    expect(await edit.getAttribute('aria-expanded')).toBe('true')
    const editor = page.locator('.user-editor')
    await editor.getByLabel('Roll').selectOption('kommun')
    await editor.getByRole('button', { name: 'Spara namn och roll' }).click()
    await expect.poll(() => editor.locator('[role="status"]').textContent()).toContain(`Ändringen av ${email} är sparad.`)
    expect(await row.locator('td').nth(1).textContent()).toBe('Kommun')

    await editor.getByRole('button', { name: 'Stäng av kontot' }).click()
    await expect.poll(() => row.locator('td').nth(2).textContent()).toBe('Avstängt')
    expect(await editor.locator('[role="status"]').textContent()).toContain(`Kontot för ${email} är avstängt.`)
    expect(await editor.getByRole('button', { name: 'Aktivera kontot' }).count()).toBe(1)

    await editor.locator('input[type="password"]').fill('kort igen')
    await editor.getByRole('button', { name: 'Sätt nytt lösenord' }).click()
    await expect.poll(() => editor.locator('.field__error').textContent()).toContain('minst 12 tecken')
    await screenshot(page, 'admin-users')

    // The disabled account cannot log in.
    expect((await logInElsewhere(email, TEST_PASSWORD)).status).toBe(401)

    await editor.getByRole('button', { name: 'Stäng' }).click()
    expect(await edit.getAttribute('aria-expanded')).toBe('false')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('false')

    // My own account: no way to demote or disable myself.
    const myRow = table.locator('tr', { has: page.locator('th', { hasText: admin.email }) })
    await myRow.getByRole('button', { name: `Ändra ${admin.email}` }).click()
    expect(await editor.textContent()).toContain('Det här är ditt eget konto.')
    expect(await editor.getByRole('button', { name: 'Stäng av kontot' }).count()).toBe(0)
    expect(await editor.getByLabel('Roll').count()).toBe(0)
    await editor.getByRole('button', { name: 'Stäng' }).click()

    // The account's history, linked from its editor.
    await edit.click()
    await editor.getByRole('link', { name: /Visa historik i loggen/ }).click()
    await expect.poll(() => heading(page)).toBe('Logg över ändringar')
    const userId = new URL(page.url()).searchParams.get('id')
    expect(pathOf(page)).toBe(`/admin/logg?typ=user&id=${userId}`)
    const entries = page.locator('.audit-entry')
    await expect.poll(() => entries.count()).toBe(3)
    const [disabled, roleChange, created] = await entries.all()
    expect(await disabled?.locator('h3').textContent()).toBe(`Ändrat Konto ${userId} (${email})`)
    expect(await disabled?.locator('tbody tr').allTextContents()).toEqual(['AvstängtNejJa'])
    // A kommun account works in a municipality: the installation's own, since none was chosen.
    expect(await roleChange?.locator('tbody tr').allTextContents()).toEqual(['RollPolisKommun', 'Kommunkod(tomt)1781'])
    expect(await created?.locator('h3').textContent()).toContain('Skapat')
    expect(await created?.locator('thead th').allTextContents()).toEqual(['Uppgift', 'Värde'])
    expect(await created?.textContent()).toContain('Nora <b>Nyberg</b>')
    expect(await disabled?.textContent()).toContain(admin.email)
    expect(await page.locator('#audit-filter-type').inputValue()).toBe('user')
    expect(await page.locator('#audit-filter-id').inputValue()).toBe(userId)

    // Filtering by another object with the form; the filter is in the address, so it can be linked.
    await page.locator('#audit-filter-id').fill(String(admin.id))
    await page.getByRole('button', { name: 'Filtrera' }).click()
    await expect.poll(() => pathOf(page)).toBe(`/admin/logg?typ=user&id=${admin.id}`)
    // The admin's account was created, then logged in.
    await expect.poll(() => entries.count()).toBe(2)
    expect(await entries.first().locator('h3').textContent()).toContain('Inloggning')
    expect(await entries.nth(1).locator('h3').textContent()).toContain('Skapat')
    await page.reload()
    await expect.poll(() => entries.first().locator('h3').textContent()).toContain(`Konto ${admin.id}`)

    await page.getByRole('link', { name: 'Visa hela loggen' }).click()
    await expect.poll(() => pathOf(page)).toBe('/admin/logg')
    await expect.poll(() => entries.count()).toBeGreaterThanOrEqual(5)
    await page.goBack()
    await expect.poll(() => page.locator('#audit-filter-id').inputValue()).toBe(String(admin.id))
    await close(page)
  })

  it('pages through a long log with "show more" and shows typed text as text', async () => {
    const admin = await account('admin')
    // 30 changes to one area, the oldest first; the notes hold markup that must stay text.
    for (let index = 1; index <= 30; index += 1) {
      await recordAudit(server.db, {
        actor: { userId: null, label: 'polis.test@kristinehamn.example' },
        action: 'update',
        objectType: 'watch_area',
        objectId: 4242,
        objectLabel: 'Östra Lund',
        before: { name: 'Östra Lund', status: 'active', households: index, notes: 'Ny skylt behövs' },
        after: { name: 'Östra Lund', status: 'active', households: index + 1, notes: `<img src=x onerror="document.title='pwned'"> möte ${index}` },
        requestId: `request-${index}`,
      })
    }
    const page = await open(`${pagePaths.auditLog}?typ=watch_area&id=4242`, { as: admin })
    const entries = page.locator('.audit-entry')
    await expect.poll(() => entries.count()).toBe(25)
    const newest = entries.first()
    expect(await newest.locator('h3').textContent()).toBe('Ändrat Grannsamverkansområde 4242 (Östra Lund)')
    expect(await newest.locator('tbody th').allTextContents()).toEqual(['Antal hushåll', 'Anteckningar'])
    expect(await newest.locator('tbody tr').first().textContent()).toBe('Antal hushåll3031')
    expect(await newest.locator('.audit-changes__after').nth(1).textContent()).toBe(`<img src=x onerror="document.title='pwned'"> möte 30`)
    expect(await page.locator('main img').count()).toBe(0)
    expect(await page.locator('[role="status"]').first().textContent()).toContain('Visar 25 händelser.')
    await screenshot(page, 'audit-log', false)

    await page.getByRole('button', { name: 'Visa fler' }).click()
    await expect.poll(() => entries.count()).toBe(30)
    // Focus moves to the first new entry; there is nothing older.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Ändrat Grannsamverkansområde 4242')
    expect(await entries.nth(25).locator('tbody tr').first().textContent()).toBe('Antal hushåll56')
    expect(await page.getByRole('button', { name: 'Visa fler' }).count()).toBe(0)
    expect(await page.locator('main').textContent()).toContain('Det finns inga äldre händelser.')
    expect(await page.title()).not.toContain('pwned')

    await page.getByRole('button', { name: 'English' }).click()
    await expect.poll(() => newest.locator('h3').textContent()).toBe('Changed Neighbourhood watch area 4242 (Östra Lund)')
    expect(await newest.locator('tbody th').allTextContents()).toEqual(['Households', 'Notes'])
    await screenshot(page, 'audit-log-en', false)
    await close(page)
  })
})

describe('roles', () => {
  it('tells a police officer that the admin pages are not for their role', async () => {
    const polis = await account('polis')
    for (const pathname of [pagePaths.adminUsers, pagePaths.auditLog]) {
      const page = await open(pathname, { as: polis })
      await expect.poll(() => page.locator('main').textContent()).toContain(
        'Du är inloggad med rollen Polis. Den rollen har inte tillgång till den här sidan.',
      )
      expect(await page.locator('table').count()).toBe(0)
      expect(await page.locator('.staff-bar').getByRole('link', { name: 'Logg' }).count()).toBe(0)
      if (pathname === pagePaths.auditLog) await screenshot(page, 'no-access')
      await close(page)
    }
  })
})

describe('on a phone', () => {
  it('keeps the header usable at 360 px, logged out and logged in as an admin', async () => {
    const admin = await account('admin')
    const loggedOut = await open(pagePaths.about, { viewport: smallPhone })
    expect(await overflowing(loggedOut)).toEqual([])
    expect(await smallTargets(loggedOut, '.site-header a, .site-header button')).toEqual([])
    await loggedOut.screenshot({ path: path.join(screenshotDir, 'staff-header-phone-public.png') })
    await close(loggedOut)

    const page = await open(pagePaths.account, { viewport: smallPhone, as: admin })
    await page.locator('.staff-bar').waitFor()
    expect(await overflowing(page)).toEqual([])
    expect(await smallTargets(page, '.site-header a, .site-header button, main button, main input, main select')).toEqual([])
    const links = await page.locator('.staff-nav a').allTextContents()
    expect(links).toEqual(['Mitt konto', 'Grannsamverkan', 'Rapporter', 'Händelser', 'Vandringar', 'Platser', 'Åtgärder', 'Lägesbild', 'Löften', 'Importera', 'Konton', 'Logg', 'Drift', 'API-nycklar', 'Kommuner'])
    await screenshot(page, 'account-phone')
    await close(page)
  })

  it.each([pagePaths.login, pagePaths.account, pagePaths.adminUsers, pagePaths.auditLog])(
    'lets nothing run off a 390 px screen on %s',
    async (pathname) => {
      const admin = await account('admin')
      const page = await open(pathname, { viewport: phone, as: pathname === pagePaths.login ? undefined : admin })
      if (pathname === pagePaths.adminUsers) {
        await page.locator('.user-table').waitFor()
        await page.locator('.user-table__action button').first().click()
        await page.locator('.user-editor').waitFor()
      }
      if (pathname === pagePaths.auditLog) await page.locator('.audit-entry').first().waitFor()
      expect(await overflowing(page)).toEqual([])
      expect(await smallTargets(page, 'main button, main input, main select')).toEqual([])
      const scrollTo = pathname === pagePaths.adminUsers ? '.user-table__row--open' : '#audit-results-heading'
      if (pathname === pagePaths.adminUsers || pathname === pagePaths.auditLog) {
        await page.evaluate((selector) => document.querySelector(selector)?.scrollIntoView(), scrollTo)
        await screenshot(page, pathname === pagePaths.adminUsers ? 'admin-users-phone' : 'audit-log-phone', false)
      }
      await close(page)
    },
  )
})

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  const cases: { name: string; path: string; role: Role | null; prepare?: (page: Page) => Promise<void> }[] = [
    { name: 'login', path: pagePaths.login, role: null },
    {
      name: 'login with errors',
      path: pagePaths.login,
      role: null,
      prepare: async (page) => {
        await page.getByRole('button', { name: 'Logga in' }).click()
        await page.locator('.error-summary').waitFor()
      },
    },
    { name: 'a staff page when logged out', path: pagePaths.account, role: null },
    { name: 'account', path: pagePaths.account, role: 'kommun' },
    {
      name: 'accounts with an editor open and errors',
      path: pagePaths.adminUsers,
      role: 'admin',
      prepare: async (page) => {
        await page.locator('.user-table__action button').first().click()
        await page.locator('#new-user').getByRole('button', { name: 'Skapa konto' }).click()
        await page.locator('.error-summary').waitFor()
      },
    },
    { name: 'audit log', path: pagePaths.auditLog, role: 'admin', prepare: (page) => page.locator('.audit-entry').first().waitFor() },
    { name: 'no access', path: pagePaths.auditLog, role: 'polis' },
    // The header changed on every page: the map with "Logga in", and with an admin's staff bar.
    { name: 'the map', path: pagePaths.map, role: null, prepare: waitForMap },
    { name: 'the map for an admin', path: pagePaths.map, role: 'admin', prepare: waitForMap },
  ]

  for (const viewport of [desktop, phone]) {
    for (const testCase of cases) {
      it(`finds no violation on ${testCase.name} (${viewport.width} px)`, async () => {
        const who = testCase.role ? await account(testCase.role) : undefined
        const page = await open(testCase.path, { viewport, as: who })
        await page.locator('.site-header').waitFor()
        if (who) await page.locator('.staff-bar').waitFor()
        await testCase.prepare?.(page)
        expect(await runAxe(page)).toEqual([])
        await close(page)
      })
    }
  }
})

describe('Content-Security-Policy', () => {
  it('lets the map reach idle with no violation', async () => {
    const page = await open(pagePaths.map)
    await waitForMap(page)
    expect(await page.locator('.site-nav').getByRole('link', { name: 'Logga in' }).count()).toBe(1)
    await close(page)
  })

  it('saw no violation and no page error on any page of this file', () => {
    expect(cspProblems).toEqual([])
    expect(pageErrors).toEqual([])
  })
})
