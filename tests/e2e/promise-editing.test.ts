/**
 * The staff screen that edits medborgarlöften, in Debian's Chromium, as the municipality's safety
 * coordinator at a desk and as the police: a new period with a promise, an indicator whose
 * non-number target is refused at its field (what was typed kept), an activity, a survey with a
 * scale question and a map question; the period published; a change to the published promise
 * refused without a reason at the reason field, then saved with one and listed as a public
 * correction; an external figure; the police adding an activity; the audit log holding the
 * entries; WCAG 2.1 AA checks with axe-core in Swedish and English; a phone's width; no
 * Content-Security-Policy violation. Screenshots go to test-results/screenshots/promise-editing-*.png.
 */
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PromisePage } from '../../server/shared/api/promise-schemas.ts'
import { pagePaths } from '../../server/shared/page-paths.ts'
import type { Role } from '../../server/shared/roles.ts'
import { createStaffAccount, logInAs } from '../support/api-session.ts'
import { launchBrowser, overflowing, runAxe, screenshotDir } from '../support/browser-checks.ts'
import { TEST_REFERENCE_DATE } from '../support/test-backends.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

const desktop = { width: 1280, height: 900 }
const phone = { width: 390, height: 844 }
const PERIOD_TITLE = 'Medborgarlöfte 2027–2028'
const PROMISE_TEXT = 'Kommunen och polisen lovar att genomföra trygghetsvandringar i centrum minst två gånger per år.'
const CORRECTED_TEXT = 'Kommunen och polisen lovar att genomföra trygghetsvandringar i centrum och på Presterud minst två gånger per år.'
const REASON = 'Presterud saknades i den publicerade texten jämfört med det undertecknade dokumentet.'
const ACTIVITY = 'Polisen närvarande i centrum fredag kväll'

interface Account {
  email: string
  password: string
}

let server: TestServer
let browser: Browser
const cspProblems: string[] = []
const pageErrors: string[] = []
/** The period the coordinator creates; the later tests open it. */
let periodId = 0

beforeAll(async () => {
  server = await startTestServer({ env: { LOGIN_RATE_LIMIT: '10000' } })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  expect(cspProblems).toEqual([])
  expect(pageErrors).toEqual([])
})

const account = (role: Role): Promise<Account> => createStaffAccount(server.db, role)

async function open(options: { as: Account; language?: 'sv' | 'en'; path?: string; viewport?: { width: number; height: number } }): Promise<Page> {
  const page = await browser.newPage({ viewport: options.viewport ?? desktop, deviceScaleFactor: 1, reducedMotion: 'reduce' })
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
  const response = await page.goto(`${server.url}${options.path ?? pagePaths.promiseEditing}`)
  expect(response?.status()).toBe(200)
  await page.locator('h1').waitFor({ timeout: 30_000 })
  return page
}

async function close(page: Page) {
  const seen = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
  cspProblems.push(...seen.map((violation) => `${page.url()}: ${violation}`))
  await page.close()
}

async function screenshot(page: Page, name: string, fullPage = false) {
  await page.screenshot({ path: path.join(screenshotDir, `promise-editing-${name}.png`), fullPage })
}

async function expectNoAxeViolations(page: Page) {
  const violations = await runAxe(page)
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([])
}

const status = (page: Page) => page.locator('.pe-page__status')
const periodPath = (part?: string) => `${pagePaths.promiseEditing}?period=${periodId}${part ? `&vy=${part}` : ''}`

/** The period as the API answers it to a logged-in page. */
async function periodPage(page: Page): Promise<PromisePage> {
  const answer = await page.request.get(`${server.url}/api/promise-periods/${periodId}`)
  expect(answer.status()).toBe(200)
  return (await answer.json()) as PromisePage
}

describe('the safety coordinator at a desk', () => {
  it('sees the seeded survey’s answered questions locked, with the reason, and its free-text answers', async () => {
    const page = await open({ as: await account('kommun') })
    const list = (await (await page.request.get(`${server.url}/api/promise-periods`)).json()) as { periods: { id: number; title: string }[] }
    const seeded = list.periods.find((period) => period.title === 'Medborgarlöfte 2016-2017')
    expect(seeded).toBeDefined()
    await page.goto(`${server.url}${pagePaths.promiseEditing}?period=${seeded!.id}&vy=enkater`)
    const survey = page.locator('.pe-survey').first()
    const locked = survey.locator('.pe-item--locked')
    await locked.first().waitFor()
    expect(await locked.count()).toBeGreaterThan(0)
    expect(await locked.first().textContent()).toContain('Låst: frågan har svar och kan inte ändras eller tas bort')
    expect(await locked.locator('button').count()).toBe(0)
    expect(await survey.locator('.pe-survey__count').textContent()).toMatch(/^[1-9][\d\s]* svar$/)
    await survey.locator('summary', { hasText: 'Fritextsvar' }).click()
    await survey.locator('.pe-free .pe-item').first().waitFor()
    expect(await survey.locator('.pe-free h5').first().textContent()).toContain('Vad skulle göra Kristinehamn tryggare?')
    await screenshot(page, 'seeded-survey', true)
    await expectNoAxeViolations(page)
    await close(page)
  })

  it('creates a period with a promise, an indicator, an activity and a survey, and publishes it', async () => {
    const page = await open({ as: await account('kommun') })
    expect(await page.locator('h1').textContent()).toBe('Redigera medborgarlöften')
    // The seeded 2016–2017 promise is published; the chooser says so.
    await page.locator('.pe-status').waitFor()
    expect(await page.getByLabel('Period', { exact: true }).locator('option').allTextContents()).toContain('Medborgarlöfte 2016-2017 (publicerad)')
    expect(await page.locator('.pe-tag').first().textContent()).toMatch(/^Publicerad /)
    await screenshot(page, 'desk-sv')
    await expectNoAxeViolations(page)

    // A new period.
    await page.getByRole('link', { name: 'Ny period' }).click()
    const periodForm = page.locator('#pe-period-new')
    await periodForm.waitFor()
    await periodForm.getByRole('button', { name: 'Skapa perioden' }).click()
    await expect.poll(() => periodForm.locator('.error-summary').textContent()).toContain('Skriv en titel.')
    expect(await page.locator('#pe-period-new-starts_on-error').textContent()).toContain('Ange ett datum.')
    await periodForm.getByLabel('Titel').fill(PERIOD_TITLE)
    await periodForm.getByLabel('Gäller från').fill('2027-01-01')
    await periodForm.getByLabel('Gäller till').fill('2028-12-31')
    await periodForm.getByLabel('Inledning').fill('Kristinehamns kommun och lokalpolisområde Kristinehamn har tecknat medborgarlöften för 2027–2028.')
    await periodForm.getByLabel('Problembildens rubrik').fill('Otrygghet i centrum')
    await periodForm.getByLabel('Problembild', { exact: true }).fill('Många upplever otrygghet i centrala Kristinehamn på kvällar.')
    await periodForm.getByRole('button', { name: 'Skapa perioden' }).click()
    await expect.poll(() => status(page).textContent()).toContain(`Perioden ”${PERIOD_TITLE}” är skapad.`)
    await expect.poll(() => page.url()).toMatch(/\/personal\/medborgarloften\?period=\d+$/)
    periodId = Number(new URL(page.url()).searchParams.get('period'))
    expect(await page.locator('.pe-status h2').textContent()).toBe(PERIOD_TITLE)
    expect(await page.locator('.pe-tag').first().textContent()).toBe('Utkast')

    // A promise.
    await page.getByRole('button', { name: 'Lägg till ett löfte' }).click()
    const promiseForm = page.locator('#pe-promise-new')
    await promiseForm.waitFor()
    expect(await promiseForm.getByLabel('Ordning').inputValue()).toBe('1')
    await promiseForm.getByLabel('Löftet').fill(PROMISE_TEXT)
    await promiseForm.getByLabel('Ansvarig', { exact: true }).selectOption({ label: 'Kommunen och polisen' })
    await promiseForm.getByLabel('Ansvarig med dokumentets ord').fill('Kommunen i samverkan med polisen')
    await promiseForm.getByRole('button', { name: 'Spara löftet' }).click()
    await expect.poll(() => status(page).textContent()).toContain('Löfte 1 är tillagt.')
    const card = page.locator('.pe-promise').first()
    expect(await card.locator('.pe-promise__text').textContent()).toBe(PROMISE_TEXT)
    expect(await card.textContent()).toContain('Ansvarig: Kommunen och polisen')
    const promiseId = (await periodPage(page)).promises[0]!.id

    // An indicator whose target is not a number: refused at the field, with what was typed kept.
    await card.getByRole('button', { name: 'Lägg till en indikator till löfte 1' }).click()
    const indicatorForm = page.locator(`#pe-indicator-new-${promiseId}`)
    await indicatorForm.waitFor()
    await indicatorForm.getByLabel('Hur den räknas').selectOption({ label: 'Trygghetsvandringar genomförda' })
    expect(await indicatorForm.textContent()).toContain('Räknas automatiskt: trygghetsvandringar med status genomförd')
    await indicatorForm.getByLabel('Namn').fill('Trygghetsvandringar per år')
    await indicatorForm.getByLabel('Mål per år').fill('två')
    await indicatorForm.getByRole('button', { name: 'Spara indikatorn' }).click()
    const targetError = page.locator(`#pe-indicator-new-${promiseId}-target_per_year-error`)
    await expect.poll(() => targetError.textContent()).toContain('Målet måste vara ett tal (eller tomt).')
    expect(await indicatorForm.getByLabel('Mål per år').getAttribute('aria-invalid')).toBe('true')
    expect(await indicatorForm.getByLabel('Namn').inputValue()).toBe('Trygghetsvandringar per år')
    expect(await indicatorForm.getByLabel('Mål per år').inputValue()).toBe('två')
    await screenshot(page, 'indicator-refused')
    await expectNoAxeViolations(page)
    await indicatorForm.getByLabel('Mål per år').fill('2')
    await indicatorForm.getByRole('button', { name: 'Spara indikatorn' }).click()
    await expect.poll(() => status(page).textContent()).toContain('Indikatorn ”Trygghetsvandringar per år” är tillagd.')
    expect(await card.locator('.pe-sub .pe-item').first().textContent()).toContain('Trygghetsvandringar genomförda · Mål: 2 per år')

    // An activity in the log.
    await card.locator('summary', { hasText: 'Aktivitetslogg (0)' }).click()
    const activityForm = page.locator(`#pe-activity-${promiseId}`)
    await activityForm.getByLabel('Datum').fill('2026-11-20')
    await activityForm.getByLabel('Vad gjordes').fill('Trygghetsvandring i centrum med fastighetsägarna')
    await activityForm.getByRole('button', { name: 'Lägg till aktiviteten' }).click()
    await expect.poll(() => status(page).textContent()).toContain('Aktiviteten ”Trygghetsvandring i centrum med fastighetsägarna” är tillagd.')
    await expect.poll(() => card.locator('.pe-log .pe-item').first().textContent()).toContain('20 november 2026 Trygghetsvandring i centrum med fastighetsägarna')
    expect(await card.locator('.pe-log summary').textContent()).toBe('Aktivitetslogg (1)')
    expect(await activityForm.getByLabel('Vad gjordes').inputValue()).toBe('')
    await screenshot(page, 'promise', true)

    // A survey with a scale question and a map question.
    await page.getByRole('link', { name: 'Enkäter' }).click()
    await expect.poll(() => page.url()).toContain('vy=enkater')
    await page.getByRole('button', { name: 'Ny enkät' }).click()
    const surveyForm = page.locator('#pe-survey-new')
    await surveyForm.getByLabel('Titel').fill('Trygghetsenkät 2027')
    await surveyForm.getByLabel('Inledning').fill('Hur trygg känner du dig i Kristinehamn?')
    await surveyForm.getByLabel('Öppnar').fill('2027-01-01')
    await surveyForm.getByRole('button', { name: 'Spara enkäten' }).click()
    await expect.poll(() => status(page).textContent()).toContain('Enkäten ”Trygghetsenkät 2027” är skapad.')
    const survey = page.locator('.pe-survey').first()
    expect(await survey.locator('h3').textContent()).toBe('Trygghetsenkät 2027')
    expect(await survey.textContent()).toContain('0 svar')
    const surveyId = Number((await survey.getByRole('link', { name: 'Enkäten som invånare ser den' }).getAttribute('href'))?.split('id=')[1])
    expect(surveyId).toBeGreaterThan(0)
    expect(await survey.getByRole('link', { name: 'Resultaten på sidan Medborgarlöften' }).getAttribute('href')).toBe(`/medborgarloften?period=${periodId}`)

    await survey.getByRole('button', { name: /^Lägg till en fråga/ }).click()
    const scaleForm = page.locator(`#pe-question-new-${surveyId}`)
    expect(await scaleForm.getByLabel('Typ av fråga').inputValue()).toBe('scale')
    await scaleForm.getByLabel('Frågan på svenska').fill('Hur trygg känner du dig i centrum på kvällen?')
    await scaleForm.getByLabel('Frågan på engelska').fill('How safe do you feel in the town centre in the evening?')
    await scaleForm.getByLabel('Skalans högsta värde').selectOption('5')
    await scaleForm.getByLabel('Ge valet ”Jag går inte ut”').check()
    await scaleForm.getByRole('button', { name: 'Spara frågan' }).click()
    await expect.poll(() => status(page).textContent()).toContain('Fråga 1 är tillagd.')

    await survey.getByRole('button', { name: /^Lägg till en fråga/ }).click()
    const mapForm = page.locator(`#pe-question-new-${surveyId}`)
    await mapForm.getByLabel('Typ av fråga').selectOption({ label: 'Markera på kartan' })
    expect(await mapForm.getByLabel('Skalans högsta värde').count()).toBe(0)
    await mapForm.getByLabel('Frågan på svenska').fill('Markera på kartan var du känner dig otrygg.')
    await mapForm.getByRole('button', { name: 'Spara frågan' }).click()
    await expect.poll(() => status(page).textContent()).toContain('Fråga 2 är tillagd.')
    const questions = survey.locator('.pe-sub .pe-item')
    expect(await questions.count()).toBe(2)
    expect(await questions.nth(0).textContent()).toContain('Skala 1–5, med valet ”Jag går inte ut”')
    expect(await questions.nth(1).textContent()).toContain('Markera på kartan')
    await screenshot(page, 'survey', true)
    await expectNoAxeViolations(page)

    // Publishing, in two presses, with what it means said first.
    expect(await page.locator('.pe-publish').textContent()).toContain('varje ändring visas publikt som en rättelse')
    await page.getByRole('button', { name: /^Publicera/ }).click()
    await page.getByRole('button', { name: /^Ja, publicera/ }).click()
    await expect.poll(() => status(page).textContent()).toContain(`Perioden ”${PERIOD_TITLE}” är publicerad.`)
    expect(await page.locator('.pe-tag').first().textContent()).toMatch(/^Publicerad \d{1,2} \p{L}+ \d{4}$/u)
    expect(await page.getByRole('button', { name: /^Publicera/ }).count()).toBe(0)
    expect((await periodPage(page)).period.published_at).not.toBeNull()
    await close(page)
  })

  it('corrects the published promise only with a reason, and the correction is listed publicly', async () => {
    const page = await open({ as: await account('kommun'), path: periodPath() })
    const card = page.locator('.pe-promise').first()
    await card.waitFor()
    expect(await card.getByRole('button', { name: /^Ta bort/ }).count()).toBe(0)
    expect(await card.textContent()).toContain('Ett publicerat löfte kan inte tas bort, bara rättas.')

    await card.getByRole('button', { name: 'Ändra löfte 1' }).click()
    const promiseId = (await periodPage(page)).promises[0]!.id
    const form = page.locator(`#pe-promise-${promiseId}`)
    await form.waitFor()
    expect(await form.getByLabel('Skäl till rättelsen (visas publikt)').count()).toBe(1)
    await form.getByLabel('Löftet').fill(CORRECTED_TEXT)
    await form.getByRole('button', { name: 'Spara löftet' }).click()
    const reasonError = page.locator(`#pe-promise-${promiseId}-correction_reason-error`)
    await expect.poll(() => reasonError.textContent()).toContain('Perioden är publicerad: skriv varför den rättas.')
    expect(await form.getByLabel('Löftet').inputValue()).toBe(CORRECTED_TEXT)
    expect((await periodPage(page)).promises[0]!.text).toBe(PROMISE_TEXT)
    await screenshot(page, 'reason-missing')
    await expectNoAxeViolations(page)

    await form.getByLabel('Skäl till rättelsen (visas publikt)').fill(REASON)
    await form.getByRole('button', { name: 'Spara löftet' }).click()
    await expect.poll(() => status(page).textContent()).toContain('Ändringarna i löfte 1 är sparade.')
    await expect.poll(() => card.locator('.pe-promise__text').textContent()).toBe(CORRECTED_TEXT)
    const after = await periodPage(page)
    expect(after.promises[0]!.text).toBe(CORRECTED_TEXT)
    expect(after.corrections).toEqual([expect.objectContaining({ object_type: 'promise', object_id: promiseId, reason: REASON })])

    // The corrections are shown beside the period's text, as the public reads them.
    await page.getByRole('link', { name: 'Perioden', exact: true }).click()
    await expect.poll(() => page.locator('.pe-corrections').textContent()).toContain(REASON)
    await close(page)
  })

  it('adds an external figure, with the scale of each source beside the form', async () => {
    const page = await open({ as: await account('kommun'), path: periodPath('siffror') })
    const form = page.locator('#pe-figure-new')
    await form.waitFor()
    expect(await page.locator('.pe-scales').textContent()).toContain('Ett index från 0 till 100')
    expect(await page.locator('.pe-scales').textContent()).toContain('En andel i procent')
    await form.getByLabel('Källa').selectOption('scb')
    await form.getByLabel('År').fill('2025')
    await form.getByLabel('Vad siffran mäter').fill('Trygghet i centrum på kvällen (test)')
    await form.getByLabel('Värde för Kristinehamn').fill('många')
    await form.getByLabel('Källhänvisning').fill('SCB, Medborgarundersökningen 2025')
    await form.getByRole('button', { name: 'Spara siffran' }).click()
    await expect.poll(() => page.locator('#pe-figure-new-value-error').textContent()).toContain('Värdet måste vara ett tal.')
    await form.getByLabel('Värde för Kristinehamn').fill('58,5')
    await form.getByLabel('Värde för hela Sverige').fill('61')
    await form.getByRole('button', { name: 'Spara siffran' }).click()
    await expect.poll(() => status(page).textContent()).toContain('Siffran ”Trygghet i centrum på kvällen (test)” för 2025 är tillagd.')
    const row = page.locator('.pe-figures tr', { hasText: 'Trygghet i centrum på kvällen (test)' })
    await row.waitFor()
    expect(await row.textContent()).toMatch(/SCB medborgarundersökning.*2025.*58,5.*61/)
    await screenshot(page, 'figures', true)
    await expectNoAxeViolations(page)
    await close(page)
  })
})

describe('the police', () => {
  it('add an activity to a promise', async () => {
    const page = await open({ as: await account('polis'), path: periodPath() })
    const card = page.locator('.pe-promise').first()
    await card.waitFor()
    const promiseId = (await periodPage(page)).promises[0]!.id
    await card.locator('summary').click()
    const form = page.locator(`#pe-activity-${promiseId}`)
    await form.getByLabel('Datum').fill('2026-11-20')
    await form.getByLabel('Vad gjordes').fill(ACTIVITY)
    await form.getByLabel('Beskrivning').fill('Två poliser till fots kl. 20–24.')
    await form.getByRole('button', { name: 'Lägg till aktiviteten' }).click()
    await expect.poll(() => status(page).textContent()).toContain(`Aktiviteten ”${ACTIVITY}” är tillagd.`)
    await expect.poll(() => card.locator('.pe-log .pe-item').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining(ACTIVITY)]))
    expect(await card.locator('.pe-log summary').textContent()).toBe('Aktivitetslogg (2)')
    // The audit log is the admin's: the police are told so, not sent to a refusal.
    expect(await page.locator('.pe-audit').textContent()).toContain('Ändringsloggen läses av en administratör.')
    await screenshot(page, 'police', true)
    await close(page)
  })
})

describe('the police, for another municipality of the police area', () => {
  it('add a figure for Storfors, named for Storfors and listed under Storfors, which Kristinehamn’s staff do not see', async () => {
    const page = await open({ as: await account('polis'), path: periodPath('siffror') })
    const form = page.locator('#pe-figure-new')
    await form.waitFor()
    // Kristinehamn, the installation's own, is the first choice.
    expect(await form.getByLabel('Kommun').inputValue()).toBe('1781')
    await form.getByLabel('Värde för Kristinehamn').waitFor()
    await form.getByLabel('Kommun').selectOption({ label: 'Storfors' })
    await form.getByLabel('År').fill('2025')
    await form.getByLabel('Vad siffran mäter').fill('Trygghet i Storfors centrum (test)')
    await form.getByLabel('Värde för Storfors').fill('64')
    await form.getByLabel('Källhänvisning').fill('SCB, Medborgarundersökningen 2025, Storfors')
    await form.getByRole('button', { name: 'Spara siffran' }).click()
    await expect.poll(() => status(page).textContent()).toContain('Siffran ”Trygghet i Storfors centrum (test)” för 2025 är tillagd.')
    const storfors = page.locator('table.pe-figures', { has: page.locator('caption', { hasText: 'Externa siffror för Storfors' }) })
    await expect.poll(() => storfors.locator('tbody th').allTextContents()).toEqual(['Trygghet i Storfors centrum (test)'])
    expect(await storfors.locator('thead').textContent()).toContain('Värde för Storfors')
    const kristinehamn = page.locator('table.pe-figures', { has: page.locator('caption', { hasText: 'Externa siffror för Kristinehamn' }) })
    expect(await kristinehamn.locator('tbody th').allTextContents()).not.toContain('Trygghet i Storfors centrum (test)')
    const [saved] = await server.db.query<{ municipality_code: string }>(`SELECT municipality_code FROM external_figure WHERE label = 'Trygghet i Storfors centrum (test)'`)
    expect(saved?.municipality_code).toBe('1760')
    await screenshot(page, 'figures-storfors', true)
    await expectNoAxeViolations(page)
    await close(page)

    const own = await open({ as: await account('kommun'), path: periodPath('siffror') })
    await own.locator('#pe-figure-new').waitFor()
    expect(await own.locator('#pe-figure-new').getByLabel('Kommun').count()).toBe(0)
    await own.locator('table.pe-figures').first().waitFor()
    expect(await own.locator('table.pe-figures caption').allTextContents()).toEqual(['Externa siffror för Kristinehamn'])
    await close(own)
  })
})

describe('the audit log', () => {
  it('holds the changes to the promise, the activities and the figure', async () => {
    const admin = await logInAs(server.url, server.db, 'admin')
    const promises = await admin.get('/api/audit?object_type=promise')
    expect(promises.status).toBe(200)
    const actions = (promises.body.entries as { action: string; object_label: string }[]).filter((entry) => entry.object_label.startsWith('1. Kommunen och polisen lovar att genomföra trygghetsvandringar i centrum'))
    expect(actions.map((entry) => entry.action).sort()).toEqual(['create', 'update'])
    const activities = await admin.get('/api/audit?object_type=promise_activity')
    expect((activities.body.entries as { object_label: string }[]).some((entry) => entry.object_label.includes(ACTIVITY))).toBe(true)
    for (const type of ['promise_period', 'promise_indicator', 'survey', 'survey_question', 'external_figure']) {
      const answer = await admin.get(`/api/audit?object_type=${type}`)
      expect(answer.body.entries.length, type).toBeGreaterThan(0)
    }
  })

  it('is linked for an admin, filtered to the period', async () => {
    const page = await open({ as: await account('admin'), path: periodPath() })
    const link = page.getByRole('link', { name: 'Den här perioden' })
    await link.waitFor()
    expect(await link.getAttribute('href')).toBe(`/admin/logg?typ=promise_period&id=${periodId}`)
    await link.click()
    await expect.poll(() => page.locator('.audit-list').textContent()).toContain(PERIOD_TITLE)
    await close(page)
  })
})

describe('the screen', () => {
  it('reads well in English and on a phone', async () => {
    const en = await open({ as: await account('kommun'), language: 'en', path: periodPath() })
    expect(await en.locator('h1').textContent()).toBe('Edit citizen promises')
    await en.locator('.pe-promise').first().waitFor()
    await en.locator('.pe-promise summary').first().click()
    await en.locator('.pe-log .pe-item').first().waitFor()
    await screenshot(en, 'desk-en', true)
    await expectNoAxeViolations(en)
    await en.getByRole('link', { name: 'Surveys' }).click()
    await en.locator('.pe-survey .pe-sub .pe-item').first().waitFor()
    await expectNoAxeViolations(en)
    await en.getByRole('link', { name: 'External figures' }).click()
    await en.locator('.pe-figures').first().waitFor()
    await expectNoAxeViolations(en)
    await close(en)

    const small = await open({ as: await account('kommun'), viewport: phone, path: periodPath() })
    await small.locator('.pe-promise').first().waitFor()
    await small.locator('.pe-promise summary').first().click()
    await small.locator('.pe-log .pe-item').first().waitFor()
    expect(await overflowing(small)).toEqual([])
    await screenshot(small, 'phone')
    await screenshot(small, 'phone-full', true)
    await expectNoAxeViolations(small)
    for (const part of ['perioden', 'enkater', 'siffror']) {
      await small.goto(`${server.url}${periodPath(part)}`)
      await small.locator('.pe-part h2').first().waitFor()
      await small.locator('.pe-survey, .pe-figures, #pe-period-' + String(periodId)).first().waitFor()
      expect(await overflowing(small), part).toEqual([])
      await screenshot(small, `phone-${part}`, true)
    }
    await expectNoAxeViolations(small)
    await close(small)
  })
})
