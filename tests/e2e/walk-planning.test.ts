/**
 * The municipality's walk planning screen as a planner at a desk uses it, in Debian's Chromium:
 * the walks (coming first) with their links, the promise per year in words, the places no walk has
 * passed and a route proposal from the meeting point through them; a new walk with its meeting
 * point and route drawn by mouse clicks on the map, its length shown while drawing, the server's
 * message at the pre-meeting field when the meetings are in the wrong order, then saved and
 * listed; the police reading the screen without a save button; WCAG 2.1 AA checks with axe-core
 * in Swedish and English, and no Content-Security-Policy violation. Screenshots go to
 * test-results/screenshots/walk-planning-*.png.
 */
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pagePaths } from '../../server/shared/page-paths.ts'
import type { Role } from '../../server/shared/roles.ts'
import { createStaffAccount } from '../support/api-session.ts'
import { launchBrowser, runAxe, screenshotDir } from '../support/browser-checks.ts'
import { TEST_REFERENCE_DATE } from '../support/test-backends.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

const desktop = { width: 1366, height: 768 }

interface Account {
  email: string
  password: string
}

let server: TestServer
let browser: Browser
const cspProblems: string[] = []
const pageErrors: string[] = []

beforeAll(async () => {
  server = await startTestServer({ env: { LOGIN_RATE_LIMIT: '10000' } })
  browser = await launchBrowser()
  // Seven reports a few metres apart at Kvarndammen, west of the centre, this month: a place no walk has passed.
  await server.db.query(
    `INSERT INTO report (municipality_code, category, time_of_day, week_part, description, status, geom)
     SELECT '1781', 'vegetation', 'evening', 'all_week', 'Igenvuxet', 'published',
            ST_Translate(ST_Transform(ST_SetSRID(ST_MakePoint(14.0900, 59.3150), 4326), 3006), n * 5, n * 3)
       FROM generate_series(1, 7) AS n`,
  )
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  expect(cspProblems).toEqual([])
  expect(pageErrors).toEqual([])
})

const account = (role: Role): Promise<Account> => createStaffAccount(server.db, role)

async function open(options: { as: Account; language?: 'sv' | 'en'; path?: string }): Promise<Page> {
  const page = await browser.newPage({ viewport: desktop, deviceScaleFactor: 1, reducedMotion: 'reduce' })
  await page.clock.setFixedTime(TEST_REFERENCE_DATE)
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
  const login = await page.request.post(`${server.url}/api/auth/login`, { data: { email: options.as.email, password: options.as.password } })
  expect(login.status()).toBe(200)
  const response = await page.goto(`${server.url}${options.path ?? pagePaths.walkPlanning}`)
  expect(response?.status()).toBe(200)
  await page.locator('.plan-walks').waitFor({ timeout: 30_000 })
  return page
}

async function close(page: Page) {
  const seen = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
  cspProblems.push(...seen.map((violation) => `${page.url()}: ${violation}`))
  await page.close()
}

async function waitForMap(page: Page) {
  await page.waitForFunction(() => window.__trygghetskartan?.dataLoaded === true, null, { timeout: 30_000 })
  await page.evaluate(() => window.__trygghetskartan?.whenIdle())
}

async function screenshot(page: Page, name: string, fullPage = false) {
  await page.screenshot({ path: path.join(screenshotDir, `walk-planning-${name}.png`), fullPage })
}

async function expectNoAxeViolations(page: Page) {
  const violations = await runAxe(page)
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([])
}

async function mapCentre(page: Page) {
  const box = await page.locator('.maplibregl-canvas').boundingBox()
  if (!box) throw new Error('no map canvas')
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

async function clickMap(page: Page, x: number, y: number) {
  await page.mouse.move(x, y, { steps: 4 })
  await page.mouse.click(x, y)
  await page.waitForTimeout(150)
}

const status = (page: Page) => page.locator('.gs-page__side > .status-region').first()
const routeLength = (page: Page) => page.locator('.plan-route__length')

describe('the planner', () => {
  it('sees the walks, the promise per year and the places no walk has passed', async () => {
    const page = await open({ as: await account('kommun') })
    expect(await page.locator('h1').textContent()).toBe('Planera trygghetsvandringar')

    // The seed has one planned walk ahead and two a year done before; each with its links.
    const upcoming = page.locator('.plan-walks__list').first().locator('.plan-walk')
    expect(await upcoming.count()).toBeGreaterThan(0)
    const first = upcoming.first()
    expect(await first.textContent()).toContain('Planerad')
    expect(await first.textContent()).toMatch(/Mötesplats: .+/)
    expect(await first.locator('a', { hasText: 'Protokoll' }).getAttribute('href')).toMatch(/^\/kommun\/protokoll\?id=\d+$/)
    expect(await first.locator('a', { hasText: 'Telefonvyn' }).getAttribute('href')).toMatch(/^\/vandra\?id=\d+$/)

    // The promise in words, not only colour, and the measures by status.
    const stats = page.locator('.plan-stats__table').first()
    await stats.waitFor()
    expect(await stats.textContent()).toMatch(/Uppnått|Inte uppnått/)
    expect(await stats.locator('tbody tr').first().textContent()).toContain('Föreslagen:')
    expect(await stats.locator('tbody tr', { hasText: '2025' }).textContent()).toMatch(/2 av minst 2.*Uppnått/)

    // The places: numbered, counted, the nearest walk, the first five ticked; straight lines said plainly.
    const places = page.locator('.plan-hotspot')
    await places.first().waitFor()
    expect(await page.locator('.plan-evidence').textContent()).toContain('fågelvägen, inte längs gatorna')
    expect(await places.first().textContent()).toMatch(/^1\. .+\d+ rapporter.*vanligast: /)
    const ticked = await page.locator('.plan-hotspot input:checked').count()
    expect(ticked).toBe(Math.min(5, await places.count()))
    await waitForMap(page)
    await screenshot(page, 'desktop-sv')
    await expectNoAxeViolations(page)

    // Fewer months back: a new answer, ticked afresh.
    await page.locator('#plan-evidence-months').selectOption('3')
    await page.locator('.plan-evidence__count').waitFor()
    await close(page)
  })

  it('plans a walk: a proposed route, then one drawn by hand, the meetings in order, saved and listed', async () => {
    const page = await open({ as: await account('kommun') })
    await waitForMap(page)
    await page.getByRole('button', { name: 'Planera en ny vandring' }).click()
    const form = page.locator('#walk-plan')
    await form.waitFor()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('walk-plan-heading')

    // A proposal needs the meeting point first, and says so.
    await page.getByRole('button', { name: 'Föreslå rutt' }).click()
    await expect.poll(() => page.locator('.plan-evidence__problem').textContent()).toContain('Välj mötesplatsen först')

    // The meeting point: a click in the middle of the map (the map shows the places, in town).
    expect(await page.getByLabel('sätter mötesplatsen').isChecked()).toBe(true)
    const centre = await mapCentre(page)
    await clickMap(page, centre.x, centre.y)
    await expect.poll(() => form.locator('.plan-place__chosen').textContent()).toContain('Mötesplatsen är utsatt på kartan')

    await page.getByRole('button', { name: 'Föreslå rutt' }).click()
    await expect.poll(() => page.locator('.plan-evidence__result').textContent()).toMatch(/Föreslagen rutt: [\d,]+ k?m fågelvägen genom \d+ platse?r?\./)
    expect(await page.locator('.plan-evidence__result').textContent()).toMatch(/2-opt/)
    await expect.poll(() => status(page).textContent()).toContain('Den föreslagna rutten')
    await expect.poll(() => routeLength(page).textContent()).toMatch(/Längd: [\d,  ]+ k?m/)
    expect(await page.getByLabel('ritar rutten').isChecked()).toBe(true)
    await page.evaluate(() => window.__trygghetskartan?.whenIdle())
    await screenshot(page, 'proposal')

    // Cleared and drawn by hand instead: three clicks, the length shown while drawing, the last point clicked again to finish.
    await page.getByRole('button', { name: 'Rensa rutten' }).click()
    await expect.poll(() => routeLength(page).textContent()).toContain('ingen rutt ännu')
    await page.evaluate(() => window.__trygghetskartan?.whenIdle())
    const at = await mapCentre(page)
    await clickMap(page, at.x, at.y + 20)
    await clickMap(page, at.x + 80, at.y + 20)
    await expect.poll(() => routeLength(page).textContent()).toMatch(/Längd: \d+ m/)
    await page.mouse.move(at.x + 80, at.y - 60, { steps: 4 })
    await clickMap(page, at.x + 80, at.y - 60)
    expect(await page.getByRole('button', { name: 'Avsluta linjen' }).isVisible()).toBe(true)
    await screenshot(page, 'drawing')
    await clickMap(page, at.x + 80, at.y - 60)
    await expect.poll(() => page.getByRole('button', { name: 'Avsluta linjen' }).count()).toBe(0)
    const drawn = (await routeLength(page).textContent()) ?? ''
    expect(drawn).toMatch(/Längd: \d+ m/)

    await form.getByLabel('Namn på vandringen').fill('Kvällsvandring vid Kvarndammen')
    await form.getByLabel('Datum', { exact: true }).fill('2027-03-16')
    await form.getByLabel('Starttid').fill('18:30')
    await form.getByLabel('Mötesplatsens namn').fill('Kvarndammens parkering')
    await form.getByLabel('Inbjudna').fill('Tekniska förvaltningen, fastighetsägare, polisen')
    expect(await form.getByLabel('Högsta antal deltagare').inputValue()).toBe('20')
    await form.getByLabel('Så här deltar du').fill('Anmäl dig till kommunens trygghetssamordnare.')

    // The pre-meeting after the walk: the server's message at the field.
    await form.getByLabel('Förmöte').fill('2027-03-20')
    await form.getByLabel('Uppföljningsmöte').fill('2027-04-06')
    await form.getByRole('button', { name: 'Spara vandringen' }).click()
    await expect.poll(() => form.locator('.error-summary').textContent()).toContain('Förmötet ska vara samma dag som vandringen eller före (2027-03-16)')
    expect(await form.getByLabel('Förmöte').getAttribute('aria-invalid')).toBe('true')
    expect(await form.locator('#walk-plan-pre_meeting_on-error').textContent()).toContain('Förmötet ska vara')
    await screenshot(page, 'problem')

    await form.getByLabel('Förmöte').fill('2027-03-02')
    await form.getByRole('button', { name: 'Spara vandringen' }).click()
    await expect.poll(() => status(page).textContent()).toContain('Vandringen ”Kvällsvandring vid Kvarndammen” är sparad.')
    await expect.poll(() => page.url()).toMatch(/\/kommun\/vandringar\?id=\d+$/)
    const saved = page.locator('.plan-walk', { hasText: 'Kvällsvandring vid Kvarndammen' })
    await saved.waitFor()
    expect(await saved.textContent()).toContain('Mötesplats: Kvarndammens parkering')
    expect(await saved.getAttribute('aria-current')).toBe('true')
    expect(await page.locator('#walk-plan-heading').textContent()).toBe('Ändra ”Kvällsvandring vid Kvarndammen”')
    await expect.poll(() => routeLength(page).textContent()).toBe(drawn)
    const id = Number(new URL(page.url()).searchParams.get('id'))
    const [row] = await server.db.query<{ pre: string; points: number }>(
      `SELECT to_char(pre_meeting_on, 'YYYY-MM-DD') AS pre, ST_NPoints(route) AS points FROM safety_walk WHERE id = $1`,
      [id],
    )
    expect(row).toEqual({ pre: '2027-03-02', points: 3 })
    await page.evaluate(() => window.__trygghetskartan?.whenIdle())
    await screenshot(page, 'saved')
    await expectNoAxeViolations(page)
    await close(page)
  })

  it('reads well in English', async () => {
    const page = await open({ as: await account('kommun'), language: 'en' })
    expect(await page.locator('h1').textContent()).toBe('Plan safety walks')
    await page.locator('.plan-hotspot').first().waitFor()
    await page.getByRole('button', { name: 'Plan a new walk' }).click()
    await page.locator('#walk-plan').waitFor()
    await page.getByRole('button', { name: 'Save the walk' }).click()
    await expect.poll(() => page.locator('#walk-plan .error-summary').textContent()).toContain('Give the walk a name')
    expect(await page.locator('.plan-evidence').textContent()).toContain('straight lines, not along the streets')
    await waitForMap(page)
    await screenshot(page, 'desktop-en')
    await expectNoAxeViolations(page)
    await close(page)
  })
})

describe('the police', () => {
  it('read the walks and the places without a way to save', async () => {
    const page = await open({ as: await account('polis') })
    await page.locator('.plan-hotspot').first().waitFor()
    expect(await page.getByRole('button', { name: 'Planera en ny vandring' }).count()).toBe(0)
    expect(await page.getByRole('button', { name: 'Föreslå rutt' }).count()).toBe(0)
    expect(await page.locator('.plan-hotspot input').count()).toBe(0)

    await page.locator('.plan-walk').first().getByRole('link', { name: /^Visa/ }).click()
    const details = page.locator('.plan-details')
    await details.waitFor()
    expect(await details.textContent()).toContain('Du kan läsa vandringen men inte ändra den')
    expect(await page.locator('button', { hasText: /Spara/ }).count()).toBe(0)
    await waitForMap(page)
    await screenshot(page, 'police')
    await expectNoAxeViolations(page)
    await close(page)
  })
})
