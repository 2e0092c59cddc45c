/**
 * The staff side of reports (issue 6) in Debian's Chromium: a municipal officer opens the queue,
 * publishes a received report, removes personal data from its text (the original shows in the
 * audit log on request), rejects a report with a reason and merges a duplicate; the police read
 * the queue without the actions; the officer imports an address list in SWEREF 99 13 30 after a
 * dry run that caught the wrong coordinate system; a staff member files an EST incident found with
 * the place search and by a tap on the map. WCAG 2.1 AA checks with axe-core in Swedish and
 * English on desktop and tablet, and no Content-Security-Policy violation.
 * Screenshots go to test-results/screenshots/moderation-*.png.
 */
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pagePaths } from '../../server/shared/page-paths.ts'
import type { Role } from '../../server/shared/roles.ts'
import { ApiSession, createStaffAccount, logInAs } from '../support/api-session.ts'
import { launchBrowser, overflowing, runAxe, screenshotDir, smallTargets } from '../support/browser-checks.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

const desktop = { width: 1366, height: 768 }
const tablet = { width: 820, height: 1180 }
type Viewport = typeof desktop
type Language = 'sv' | 'en'

interface Account {
  email: string
  password: string
}

let server: TestServer
let browser: Browser
let officer: ApiSession
const cspProblems: string[] = []
const pageErrors: string[] = []

// Reports sent by "residents" for this test, near each other so they are duplicate candidates.
const reports = { publish: 0, reject: 0, duplicate: 0, target: 0 }
const personalText = 'Kalle Andersson på Storgatan 5 står här varje kväll. Lampan vid tunneln är trasig.'
const redactedText = 'Lampan vid tunneln är trasig och det är mörkt på kvällen.'

beforeAll(async () => {
  server = await startTestServer({ env: { LOGIN_RATE_LIMIT: '10000', REPORT_RATE_LIMIT: '1000' } })
  browser = await launchBrowser()
  const resident = new ApiSession(server.url)
  const send = async (description: string, coordinates: [number, number], category = 'lighting') => {
    const answer = await resident.post('/api/reports', {
      category,
      time_of_day: 'evening',
      week_part: 'all_week',
      description,
      geometry: { type: 'Point', coordinates },
    })
    expect(answer.status).toBe(201)
    return answer.body.id as number
  }
  // Sent oldest first: the queue lists the newest first.
  reports.target = await send('Mörk gångtunnel under järnvägen, ingen belysning alls.', [14.1052, 59.3101])
  reports.duplicate = await send('Gångtunneln vid järnvägen är helt mörk om kvällen.', [14.10525, 59.31012])
  reports.reject = await send('Någon borde göra något åt ungdomarna.', [14.115, 59.305], 'people_groups')
  reports.publish = await send(personalText, [14.108, 59.312])
  officer = await logInAs(server.url, server.db, 'kommun')
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  expect(cspProblems).toEqual([])
  expect(pageErrors).toEqual([])
})

const account = (role: Role): Promise<Account> => createStaffAccount(server.db, role)

async function open(options: { as: Account; path?: string; viewport?: Viewport; language?: Language }): Promise<Page> {
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
  const login = await page.request.post(`${server.url}/api/auth/login`, { data: { email: options.as.email, password: options.as.password } })
  expect(login.status()).toBe(200)
  const response = await page.goto(`${server.url}${options.path ?? pagePaths.moderation}`)
  expect(response?.status()).toBe(200)
  await page.locator('h1').waitFor()
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
  await page.screenshot({ path: path.join(screenshotDir, `moderation-${name}.png`), fullPage })
}

/** axe finds nothing, and no text runs off the screen. */
async function checkPage(page: Page) {
  const violations = await runAxe(page)
  if (violations.length > 0) console.log(JSON.stringify(violations, null, 1))
  expect(violations).toEqual([])
  expect(await overflowing(page)).toEqual([])
}

const status = (page: Page) => page.locator('.gs-page__side .status-region').first()
const details = (page: Page) => page.locator('.mod-details')
const queueButton = (page: Page, id: number) => page.locator(`#mod-report-${id}`)
const staffReport = async (id: number) => {
  const answer = await officer.get('/api/reports?status=all&limit=500')
  return (answer.body.reports as { id: number; status: string; description: string; me_too_count: number; duplicate_of: number | null }[]).find(
    (report) => report.id === id,
  )
}

async function openReport(page: Page, id: number) {
  await queueButton(page, id).click()
  await expect.poll(() => details(page).locator('.feature-details__layer').textContent()).toMatch(new RegExp(`(Rapport|Report) ${id}$`))
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('mod-details-heading')
}

describe('the municipal officer', () => {
  it('publishes a received report and removes personal data from its text', async () => {
    const kommun = await account('kommun')
    const page = await open({ as: kommun })
    expect(await page.locator('h1').textContent()).toBe('Rapporter från invånare')
    expect(await page.locator('.staff-nav').getByRole('link', { name: 'Rapporter' }).getAttribute('aria-current')).toBe('page')
    await page.locator('.mod-queue').waitFor()
    // The newest first, each status in words.
    expect(await page.locator('.mod-queue .gs-item__name').first().textContent()).toContain(`Rapport ${reports.publish}`)
    expect(await page.locator('.mod-queue .mod-item').first().locator('.mod-status').textContent()).toBe('Mottagen')
    await waitForMap(page)
    await checkPage(page)
    await screenshot(page, 'queue-desktop-sv')

    await openReport(page, reports.publish)
    const panel = details(page)
    expect(await panel.locator('.mod-text__quote').textContent()).toBe(personalText)
    expect(await panel.locator('.mod-facts').textContent()).toContain('på kvällen, hela veckan')
    await checkPage(page)
    await screenshot(page, 'details-desktop-sv')

    await panel.getByRole('button', { name: 'Publicera' }).click()
    await expect.poll(() => status(page).textContent()).toContain(`Rapport ${reports.publish} är publicerad.`)
    await expect.poll(() => panel.locator('.mod-status').textContent()).toBe('Publicerad')
    expect((await staffReport(reports.publish))?.status).toBe('published')

    // The text: unchanged is refused, then the name and address are removed.
    await panel.getByRole('button', { name: 'Redigera text' }).click()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('mod-text-heading')
    await panel.getByRole('button', { name: 'Spara texten' }).click()
    await panel.locator('.error-summary').waitFor()
    expect(await panel.locator('#mod-text-description').getAttribute('aria-invalid')).toBe('true')
    await checkPage(page)
    await screenshot(page, 'edit-text-desktop-sv')
    await panel.locator('#mod-text-description').fill(redactedText)
    await panel.getByRole('button', { name: 'Spara texten' }).click()
    await expect.poll(() => status(page).textContent()).toContain(`Texten i rapport ${reports.publish} är ändrad.`)
    await expect.poll(() => panel.locator('.mod-text__quote').textContent()).toBe(redactedText)
    expect(await panel.locator('.mod-text__edited').textContent()).toContain('Originalet finns bara i loggen')
    expect((await staffReport(reports.publish))?.description).toBe(redactedText)
    // Focus is back on the button that opened the form.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('mod-action-text')

    // The public answer.
    await panel.getByRole('button', { name: 'Skriv svar' }).click()
    await panel.locator('#mod-answer-answer').fill('Vi byter lampan i tunneln under december.')
    await panel.getByRole('button', { name: 'Spara svaret' }).click()
    await expect.poll(() => panel.locator('.mod-facts').textContent()).toContain('Vi byter lampan i tunneln under december.')

    // A status that needs a reason asks for one.
    await panel.getByRole('button', { name: 'Ändra status' }).click()
    expect(await panel.locator('#mod-status-status').inputValue()).toBe('under_review')
    await panel.locator('#mod-status-status').selectOption('measure_planned')
    await panel.getByRole('button', { name: 'Spara status' }).click()
    await expect.poll(() => panel.locator('.mod-status').textContent()).toBe('Åtgärd planerad')
    await close(page)
  })

  it('sees the resident’s original text in the audit log only on request (admin)', async () => {
    const admin = await account('admin')
    const page = await open({ as: admin, path: `${pagePaths.auditLog}?typ=report&id=${reports.publish}` })
    // Only the edit of the text offers it.
    const entry = page.locator('.audit-entry').filter({ has: page.locator('.mod-originals') })
    await entry.waitFor()
    expect(await page.locator('.audit-entry').count()).toBeGreaterThan(1)
    expect(await entry.locator('.audit-changes').textContent()).toContain('Originaltexten sparad')
    expect(await page.locator('.audit-list').textContent()).not.toContain('Kalle Andersson')
    expect(await page.locator('.audit-list').textContent()).toContain('Åtgärd planerad')
    await entry.getByRole('button', { name: 'Visa originaltext' }).click()
    await expect.poll(() => entry.locator('.mod-originals__list').textContent()).toContain(personalText)
    expect(await entry.getByRole('button', { name: 'Dölj originaltext' }).getAttribute('aria-expanded')).toBe('true')
    await checkPage(page)
    await screenshot(page, 'audit-original-sv')
    await close(page)
  })

  it('rejects a report with a reason and merges a duplicate into a nearby report', async () => {
    const kommun = await account('kommun')
    const page = await open({ as: kommun })
    await page.locator('.mod-queue').waitFor()
    const panel = details(page)

    await openReport(page, reports.reject)
    await panel.getByRole('button', { name: 'Avvisa med skäl' }).click()
    await panel.getByRole('button', { name: 'Avvisa rapporten' }).click()
    await panel.locator('.error-summary').waitFor()
    expect(await panel.locator('.error-summary').textContent()).toContain('Skriv ett skäl.')
    await panel.locator('#mod-reject-status_reason').fill('Rapporten handlar om personer, inte om platsen.')
    await panel.getByRole('button', { name: 'Avvisa rapporten' }).click()
    await expect.poll(() => status(page).textContent()).toContain(`Rapport ${reports.reject} är avvisad.`)
    await expect.poll(() => panel.locator('.mod-status').textContent()).toBe('Avvisad')
    // A rejected report is no longer open: it leaves the queue but stays in view until closed.
    await expect.poll(() => queueButton(page, reports.reject).count()).toBe(0)

    await openReport(page, reports.duplicate)
    expect(await page.locator(`#mod-report-${reports.duplicate}-info`).textContent()).toMatch(/\d+ möjliga? dubblett/)
    const before = (await staffReport(reports.target))?.me_too_count ?? 0
    await panel.getByRole('button', { name: 'Slå ihop med …' }).click()
    const candidate = panel.getByLabel(new RegExp(`^Rapport ${reports.target}, \\d+ m bort`))
    await candidate.check()
    await checkPage(page)
    await screenshot(page, 'merge-desktop-sv')
    await panel.getByRole('button', { name: 'Slå ihop', exact: true }).click()
    await expect.poll(() => status(page).textContent()).toContain(`Rapport ${reports.duplicate} är nu en dubblett av rapport ${reports.target}.`)
    await expect.poll(() => panel.locator('.mod-status').textContent()).toBe(`Dubblett av ${reports.target}`)
    const target = await staffReport(reports.target)
    expect(target?.me_too_count).toBe(before + 1)
    expect((await staffReport(reports.duplicate))?.duplicate_of).toBe(reports.target)

    // Escape closes the report and focus goes back to the heading (the report left the list).
    await panel.locator('#mod-details-heading').focus()
    await page.keyboard.press('Escape')
    await expect.poll(() => panel.count()).toBe(0)

    // The filter: rejected reports, in the page's address.
    await page.locator('#mod-filter-status').selectOption('rejected')
    await expect.poll(() => page.url()).toContain('status=rejected')
    await expect.poll(() => queueButton(page, reports.reject).count()).toBe(1)
    await close(page)
  })

  it('works in English and on a tablet', async () => {
    const kommun = await account('kommun')
    for (const [viewport, name] of [
      [desktop, 'desktop'],
      [tablet, 'tablet'],
    ] as const) {
      const page = await open({ as: kommun, viewport, language: 'en' })
      expect(await page.locator('h1').textContent()).toBe('Reports from residents')
      await page.locator('.mod-queue').waitFor()
      await waitForMap(page)
      await openReport(page, reports.target)
      expect(await details(page).locator('.mod-status').textContent()).toBe('Received')
      await checkPage(page)
      if (viewport === tablet) expect(await smallTargets(page, '.mod-details button, .gs-item__button, .staff-nav a')).toEqual([])
      await screenshot(page, `details-${name}-en`)
      await close(page)
    }
    const page = await open({ as: kommun, viewport: tablet, language: 'sv' })
    await page.locator('.mod-queue').waitFor()
    await waitForMap(page)
    await checkPage(page)
    await screenshot(page, 'queue-tablet-sv')
    await close(page)
  })
})

describe('the police', () => {
  it('read the queue and a report, without the actions', async () => {
    const polis = await account('polis')
    for (const language of ['sv', 'en'] as const) {
      const page = await open({ as: polis, language })
      await page.locator('.mod-queue').waitFor()
      expect(await page.locator('.gs-page__lead').textContent()).toContain(language === 'sv' ? 'Polisen kan läsa rapporterna men inte ändra dem' : 'The police can read the reports but not change them')
      await openReport(page, reports.target)
      const panel = details(page)
      expect(await panel.locator('.mod-readonly').isVisible()).toBe(true)
      expect(await panel.locator('.mod-actions').count()).toBe(0)
      expect(await panel.getByRole('button', { name: /Publicera|Publish/ }).count()).toBe(0)
      expect(await page.locator('.mod-import').count()).toBe(0)
      await waitForMap(page)
      await checkPage(page)
      await screenshot(page, `police-desktop-${language}`)
      await close(page)
    }
    const session = await logInAs(server.url, server.db, 'polis')
    expect((await session.patch(`/api/reports/${reports.target}`, { status: 'published' })).status).toBe(403)
  })
})

describe('importing place names', () => {
  it('finds the wrong coordinate system in a dry run, then saves an address list in SWEREF 99 13 30', async () => {
    // Two addresses in the town centre, in EPSG:3008 (computed by PostGIS, as a GIS would).
    const [first, second] = await server.db.query<{ x: number; y: number }>(
      `SELECT round(ST_X(g)::numeric, 1)::float8 AS x, round(ST_Y(g)::numeric, 1)::float8 AS y
         FROM (SELECT ST_Transform(ST_SetSRID(ST_MakePoint(lon, lat), 4326), 3008) AS g
                 FROM (VALUES (14.1071, 59.3098, 1), (14.1133, 59.3121, 2)) v(lon, lat, n) ORDER BY n) p`,
    )
    const csv = `name;x;y\nProvgatan 1;${first?.x};${first?.y}\nProvgatan 2;${second?.x};${second?.y}\n`
    const kommun = await account('kommun')
    const page = await open({ as: kommun })
    const section = page.locator('.mod-import')
    await section.locator('#mod-import-file').setInputFiles({ name: 'adresser.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })

    // SWEREF 99 TM by mistake: every point lies outside the municipality, nothing can be saved.
    await section.locator('#mod-import-srid').selectOption('3006')
    await section.getByRole('button', { name: 'Granska filen' }).click()
    await expect.poll(() => section.locator('.gs-import__report').textContent()).toContain('2 rader har problem')
    expect(await section.locator('.gs-import__report').textContent()).toContain('Punkten ligger utanför kommunen')
    expect(await section.getByRole('button', { name: 'Spara 0 platser' }).isDisabled()).toBe(true)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('mod-import-report-heading')
    await checkPage(page)
    await section.screenshot({ path: path.join(screenshotDir, 'moderation-import-problems-sv.png') })

    await section.locator('#mod-import-srid').selectOption('3008')
    await section.getByRole('button', { name: 'Granska filen' }).click()
    await expect.poll(() => section.locator('.gs-import__report').textContent()).toContain('2 rader kan sparas.')
    await section.getByRole('button', { name: 'Spara 2 platser' }).click()
    await expect.poll(() => status(page).textContent()).toContain('2 platser är sparade.')
    // Focus goes back to the section's heading, and the file input is empty again.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('mod-import-heading')
    expect(await section.locator('#mod-import-file').inputValue()).toBe('')
    const found = await new ApiSession(server.url).get('/api/places?q=Provgatan')
    expect(found.body.places.map((place: { name: string }) => place.name).sort()).toEqual(['Provgatan 1', 'Provgatan 2'])
    const [lon, lat] = found.body.places.find((place: { name: string }) => place.name === 'Provgatan 1').coordinates
    expect(lon).toBeCloseTo(14.1071, 4)
    expect(lat).toBeCloseTo(59.3098, 4)
    await close(page)
  })
})

describe('staff incidents', () => {
  it('are filed with the place search, listed and counted, and never public', async () => {
    const polis = await account('polis')
    const page = await open({ as: polis, path: pagePaths.incidents })
    expect(await page.locator('h1').textContent()).toBe('Händelser')
    expect(await page.locator('.mod-never-public').textContent()).toContain('Händelser visas aldrig för allmänheten')
    expect(await page.locator('.staff-nav').getByRole('link', { name: 'Händelser' }).getAttribute('aria-current')).toBe('page')
    await waitForMap(page)
    // The police report for the police to begin with; the time is now.
    expect(await page.locator('#incident-organisation').inputValue()).toBe('polis')
    expect(await page.locator('#incident-date').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    await checkPage(page)
    await screenshot(page, 'incidents-desktop-sv')

    // Nothing chosen: every missing field is named.
    await page.getByRole('button', { name: 'Spara händelsen' }).click()
    const summary = page.locator('#incident .error-summary')
    await summary.waitFor()
    expect(await summary.textContent()).toContain('Välj typ av händelse.')
    expect(await summary.textContent()).toContain('Välj platsen')

    // The demo set has incidents of its own: the counts grow from where they are.
    const damageRow = page.locator('.incident-counts tbody tr').filter({ has: page.locator('th:text-is("Skadegörelse")') })
    const total = page.locator('.incident-counts tfoot td')
    await damageRow.waitFor()
    const damageBefore = Number(await damageRow.locator('td').textContent())
    const totalBefore = Number(await total.textContent())
    await page.locator('#incident-type').selectOption('damage')
    await page.locator('#incident-place-search').fill('Södra tor')
    await page.getByRole('option', { name: /Södra torget/ }).first().click()
    await expect.poll(() => page.locator('.incident-form__chosen').textContent()).toBe('Vald plats: Södra torget')
    await page.locator('#incident-description').fill('Krossad glasruta i busskuren.')
    await checkPage(page)
    await screenshot(page, 'incident-form-sv')
    await page.getByRole('button', { name: 'Spara händelsen' }).click()
    await expect.poll(() => status(page).textContent()).toContain('Händelsen är sparad: Skadegörelse')
    await expect.poll(() => page.locator('.incident-list').textContent()).toContain('Krossad glasruta i busskuren.')
    await expect.poll(async () => Number(await damageRow.locator('td').textContent())).toBe(damageBefore + 1)
    // The form starts afresh.
    expect(await page.locator('#incident-type').inputValue()).toBe('')
    expect(await page.locator('.incident-form__chosen').textContent()).toBe('Ingen plats vald än.')

    // A tap on the map chooses a point.
    const canvas = page.locator('.maplibregl-canvas')
    const box = await canvas.boundingBox()
    if (!box) throw new Error('no map')
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
    await expect.poll(() => page.locator('.incident-form__chosen').textContent()).toMatch(/^Vald punkt på kartan: 59,\d{5} N, 14,\d{5} E$/)
    await page.locator('#incident-type').selectOption('littering')
    await page.getByRole('button', { name: 'Spara händelsen' }).click()
    await expect.poll(() => status(page).textContent()).toContain('Händelsen är sparad: Nedskräpning')
    await expect.poll(async () => Number(await total.textContent())).toBe(totalBefore + 2)
    await checkPage(page)
    await screenshot(page, 'incidents-list-sv', true)
    await close(page)

    // The public sees the counts and nothing else.
    const year = new Date().getUTCFullYear()
    const counts = await new ApiSession(server.url).get(`/api/incidents/counts?year=${year}`)
    expect(counts.status).toBe(200)
    expect(JSON.stringify(counts.body)).not.toContain('Krossad')
    expect((await new ApiSession(server.url).get('/api/incidents')).status).toBe(401)
  })

  it('read well in English and on a tablet', async () => {
    const kommun = await account('kommun')
    for (const [viewport, language, name] of [
      [desktop, 'en', 'desktop-en'],
      [tablet, 'sv', 'tablet-sv'],
      [tablet, 'en', 'tablet-en'],
    ] as const) {
      const page = await open({ as: kommun, path: pagePaths.incidents, viewport, language })
      expect(await page.locator('h1').textContent()).toBe(language === 'sv' ? 'Händelser' : 'Incidents')
      await waitForMap(page)
      await page.locator('.incident-counts').waitFor()
      await checkPage(page)
      if (viewport === tablet) expect(await smallTargets(page, '#incident button, #incident select, #incident input')).toEqual([])
      await screenshot(page, `incidents-${name}`)
      await close(page)
    }
  })
})
