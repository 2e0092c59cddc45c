/**
 * The follow-up survey and its results, in Debian's Chromium: a resident on a phone answers the
 * open survey (a value on one scale, "Jag går inte ut" on another, no on yes/no and a tap on the
 * map), is thanked, is told on a reload that this browser has answered, and the results count one
 * more answer sheet; a value the server refuses and a mark outside the municipality show the
 * server's message at their question; the promises page shows the survey's and SCB's and Brå's
 * charts with their scales and the tables behind them, and the marked places as a density map.
 * WCAG 2.1 AA with axe-core in Swedish and English, nothing wider than a 320 px screen, and no
 * Content-Security-Policy violation. Screenshots go to test-results/screenshots/survey-*.png.
 */
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pagePaths } from '../../server/shared/page-paths.ts'
import type { ExternalFigure, SurveyForm, SurveyQuestion, SurveyResults, SurveySummary } from '../../server/shared/api/survey-schemas.ts'
import type { ApiSession } from '../support/api-session.ts'
import { logInAs } from '../support/api-session.ts'
import { launchBrowser, overflowing, runAxe, screenshotDir, smallTargets } from '../support/browser-checks.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

const phone = { width: 390, height: 844 }
const narrow = { width: 320, height: 740 }
const desktop = { width: 1280, height: 900 }
type Viewport = typeof phone
type Language = 'sv' | 'en'

// Norra torget, in the middle of Kristinehamn; and a spot in Värmland well outside the municipality.
const torget: [number, number] = [14.1075, 59.3098]
const outside: [number, number] = [13.3, 59.62]

let server: TestServer
let browser: Browser
let survey: SurveySummary
let questions: SurveyQuestion[]
// Where the resident finds the survey and the results: the plain pages for the demo set's survey.
let surveyPath: string = pagePaths.survey
let resultsPath: string = pagePaths.promises
const cspProblems: string[] = []
const pageErrors: string[] = []

beforeAll(async () => {
  server = await startTestServer({ env: { LOGIN_RATE_LIMIT: '10000', SURVEY_RATE_LIMIT: '1000', PUBLIC_WRITE_RATE_LIMIT: '1000' } })
  browser = await launchBrowser()
  const staff = await logInAs(server.url, server.db, 'kommun')
  survey = await openSurvey(staff)
  questions = ((await staff.get(`/api/surveys/${survey.id}`)).body as SurveyForm).questions
  const figures = (await staff.get('/api/external-figures')).body.figures as ExternalFigure[]
  if (!figures.some((figure) => figure.source === 'scb')) await addFigure(staff, { source: 'scb', year: 2016, label: 'Trygghetsindex', value: 58, national_value: null, citation: 'SCB:s medborgarundersökning 2016' })
  if (!figures.some((figure) => figure.source === 'ntu')) await addFigure(staff, { source: 'ntu', year: 2021, label: 'Otrygg ute sent på kvällen', value: 30, national_value: 29, citation: 'Brå, NTU 2021' })
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  expect(cspProblems).toEqual([])
  expect(pageErrors).toEqual([])
})

/**
 * The survey open today: the demo set's, or one made here through the staff API when the seed has
 * none, with the kinds of question the test answers.
 */
async function openSurvey(staff: ApiSession): Promise<SurveySummary> {
  const [usable] = (await staff.get('/api/surveys/open')).body.surveys as SurveySummary[]
  if (usable) {
    const form = (await staff.get(`/api/surveys/${usable.id}`)).body as SurveyForm
    const kinds = form.questions.map((question) => question.kind)
    if (form.questions.some((question) => question.allows_not_out) && kinds.filter((kind) => kind === 'scale').length >= 2 && kinds.includes('yes_no') && kinds.includes('map_mark')) {
      return usable
    }
  }
  const period = await staff.post('/api/promise-periods', { title: 'Medborgarlöfte 2024–2025', starts_on: '2024-01-01', ends_on: '2025-12-31' })
  expect(period.status).toBe(201)
  // A period is published with at least one promise.
  expect((await staff.post(`/api/promise-periods/${period.body.id}/promises`, { position: 1, text: 'Vi arbetar för ett tryggare centrum.', responsible: 'both' })).status).toBe(201)
  expect((await staff.post(`/api/promise-periods/${period.body.id}/publish`, {})).status).toBe(200)
  const created = await staff.post(`/api/promise-periods/${period.body.id}/surveys`, { title: 'Trygghetsenkät', introduction: 'Hur trygg känner du dig?', opens_on: '2024-01-01', closes_on: null })
  expect(created.status).toBe(201)
  const add = async (body: Record<string, unknown>) => expect((await staff.post(`/api/surveys/${created.body.id}/questions`, { text_en: '', scale_max: null, allows_not_out: false, ...body })).status).toBe(201)
  await add({ position: 1, kind: 'scale', text_sv: 'Hur trygg känner du dig i centrum sent en kväll?', scale_max: 5, allows_not_out: true })
  await add({ position: 2, kind: 'scale', text_sv: 'Hur trygg känner du dig där du bor?', scale_max: 10 })
  await add({ position: 3, kind: 'yes_no', text_sv: 'Har du avstått från att gå ut på kvällen?' })
  await add({ position: 4, kind: 'free_text', text_sv: 'Vad skulle göra Kristinehamn tryggare?' })
  await add({ position: 5, kind: 'map_mark', text_sv: 'Markera en plats där du känner dig otrygg.' })
  surveyPath = `${pagePaths.survey}?id=${created.body.id}`
  resultsPath = `${pagePaths.promises}?period=${period.body.id}`
  return created.body as SurveySummary
}

async function addFigure(staff: ApiSession, body: Record<string, unknown>) {
  expect((await staff.post('/api/external-figures', body)).status).toBe(201)
}

/** A new browser (its own cookies: a new resident) on the page, in the given language. */
async function open(pathname: string, options: { viewport?: Viewport; language?: Language; touch?: boolean } = {}): Promise<Page> {
  const viewport = options.viewport ?? phone
  const context: BrowserContext = await browser.newContext({
    viewport,
    deviceScaleFactor: viewport === desktop ? 1 : 2,
    isMobile: options.touch ?? viewport !== desktop,
    hasTouch: options.touch ?? viewport !== desktop,
    reducedMotion: 'reduce',
  })
  const page = await context.newPage()
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
  const response = await page.goto(`${server.url}${pathname}`)
  expect(response?.status()).toBe(200)
  return page
}

async function close(page: Page) {
  const seen = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
  cspProblems.push(...seen.map((violation) => `${page.url()}: ${violation}`))
  await page.context().close()
}

async function screenshot(page: Page, name: string, fullPage = true) {
  await page.screenshot({ path: path.join(screenshotDir, `survey-${name}.png`), fullPage })
}

async function expectNoAxeViolations(page: Page) {
  const violations = await runAxe(page)
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([])
}

async function waitForMap(page: Page) {
  await page.waitForFunction(() => window.__trygghetskartan?.dataLoaded === true, null, { timeout: 30_000 })
  await page.evaluate(() => window.__trygghetskartan?.whenIdle())
}

const results = async () => (await fetch(`${server.url}/api/surveys/${survey.id}/results`).then((answer) => answer.json())) as SurveyResults
const sheets = (answers: SurveyResults) => answers.years.reduce((sum, year) => sum + year.responses, 0)

const byKind = (kind: SurveyQuestion['kind'], test: (question: SurveyQuestion) => boolean = () => true) => {
  const found = [...questions].sort((a, b) => a.position - b.position).find((question) => question.kind === kind && test(question))
  if (!found) throw new Error(`the survey has no ${kind} question`)
  return found
}
const notOutQuestion = () => byKind('scale', (question) => question.allows_not_out)
const plainScale = () => byKind('scale', (question) => question.id !== notOutQuestion().id)
const questionBox = (page: Page, question: SurveyQuestion) => page.locator('.survey-form__item').filter({ has: page.locator(`#survey-q-${question.id}`) })

async function openSurveyPage(options: { viewport?: Viewport; language?: Language } = {}) {
  const page = await open(surveyPath, options)
  await page.locator('.survey-form').waitFor({ timeout: 30_000 })
  return page
}

/** Taps the middle of the survey's map after moving it to `at`. */
async function tapMap(page: Page, at: [number, number], zoom: number) {
  await waitForMap(page)
  await page.evaluate(({ at, zoom }) => window.__trygghetskartan?.map.jumpTo({ center: at, zoom }), { at, zoom })
  await page.evaluate(() => window.__trygghetskartan?.whenIdle())
  await page.locator('.survey-map').scrollIntoViewIfNeeded()
  const canvas = await page.locator('.survey-map .maplibregl-canvas').boundingBox()
  if (!canvas) throw new Error('no map canvas')
  await page.touchscreen.tap(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2)
}

describe('a resident on a phone', () => {
  it('answers the open survey, is thanked, and cannot answer again from the same browser', async () => {
    const before = sheets(await results())
    const page = await openSurveyPage()
    expect(await page.locator('h1').textContent()).toBe(survey.title)
    // What happens to the answers, before the first question.
    const privacy = page.locator('.survey-privacy')
    expect(await privacy.textContent()).toContain('IP-adress sparas inte')
    expect(await privacy.textContent()).toContain('offentlighetsprincipen')
    expect(await privacy.textContent()).toContain('100 × 100 meter')
    expect(await page.evaluate(() => {
      const privacy = document.querySelector('.survey-privacy')
      const form = document.querySelector('.survey-form')
      return Boolean(privacy && form && privacy.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING)
    })).toBe(true)
    // The scale's ends are named, and "Jag går inte ut" is a choice of its own.
    const notOut = questionBox(page, notOutQuestion())
    expect(await notOut.locator('legend').textContent()).toContain(notOutQuestion().text_sv)
    expect(await notOut.locator('.survey-scale__ends').textContent()).toMatch(/^1 .*\d+ /)
    await notOut.getByRole('radio', { name: 'Jag går inte ut' }).tap()
    const scale = questionBox(page, plainScale())
    await scale.getByRole('radio', { name: '3', exact: true }).tap()
    expect(await scale.getByRole('radio', { name: '3', exact: true }).isChecked()).toBe(true)
    await questionBox(page, byKind('yes_no')).getByRole('radio', { name: 'Nej' }).tap()
    expect(await questionBox(page, byKind('free_text')).textContent()).toContain('Skriv inte om personer')

    // The map: a tap at Norra torget marks it, said in words, and can be taken back.
    await tapMap(page, torget, 15)
    const status = page.locator('.survey-mark__status')
    await expect.poll(() => status.textContent()).toBe('Markerad plats: en punkt på kartan')
    expect(await page.locator('.survey-map .maplibregl-marker').count()).toBe(1)
    await page.getByRole('button', { name: 'Ta bort markeringen' }).tap()
    await expect.poll(() => status.textContent()).toBe('Markeringen är borttagen.')
    expect(await page.locator('.survey-map .maplibregl-marker').count()).toBe(0)
    await tapMap(page, torget, 15)
    await expect.poll(() => status.textContent()).toBe('Markerad plats: en punkt på kartan')

    expect(await overflowing(page)).toEqual([])
    expect(await smallTargets(page, 'main .survey-tile, main button, main textarea, main input[type="text"]:not(#survey-website)')).toEqual([])
    await expectNoAxeViolations(page)
    await screenshot(page, 'phone-sv-filled')

    // Sent: thanks, focus on it, and a way to the results.
    await page.getByRole('button', { name: 'Skicka svaren' }).tap()
    await expect.poll(() => page.locator('h1').textContent()).toBe('Tack för dina svar!')
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1')
    expect(await page.getByRole('link', { name: 'Se resultaten under Medborgarlöften' }).getAttribute('href')).toBe(pagePaths.promises)
    await expectNoAxeViolations(page)
    await screenshot(page, 'phone-sv-thanks')
    expect(sheets(await results())).toBe(before + 1)

    // A reload: this browser has answered, so no form.
    await page.reload()
    await expect.poll(() => page.locator('.survey-thanks__text').textContent()).toBe('Du har redan svarat på enkäten från den här webbläsaren. Tack!')
    expect(await page.locator('.survey-form').count()).toBe(0)
    // The server says the same to a second sheet from this browser, and counts nothing.
    const again = await page.evaluate(
      async ({ id, questionId }) => {
        const answer = await fetch(`/api/surveys/${id}/responses`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ answers: [{ question_id: questionId, yes: true }] }) })
        return { status: answer.status, body: (await answer.json()) as { error: { code: string } } }
      },
      { id: survey.id, questionId: byKind('yes_no').id },
    )
    expect(again.status).toBe(409)
    expect(again.body.error.code).toBe('already_answered')
    expect(sheets(await results())).toBe(before + 1)
    await close(page)
  })

  it('sees the server’s message at the question it is about, and nothing is counted', async () => {
    const before = sheets(await results())
    const page = await openSurveyPage()
    const scaleQuestion = notOutQuestion()

    // The API's own words for a value off the scale.
    const refused = await page.evaluate(
      async ({ id, questionId }) => {
        const answer = await fetch(`/api/surveys/${id}/responses`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ answers: [{ question_id: questionId, scale_value: 99 }] }) })
        return { status: answer.status, body: (await answer.json()) as { error: { code: string; fields: { field: string; message_sv: string }[] } } }
      },
      { id: survey.id, questionId: scaleQuestion.id },
    )
    expect(refused.status).toBe(400)
    expect(refused.body.error.code).toBe('invalid_input')
    const message = refused.body.error.fields.find((problem) => problem.field === 'answers.0.scale_value')?.message_sv ?? ''
    expect(message).not.toBe('')

    // The form: a value the server refuses (the page cannot choose one, so it is changed on its way).
    await page.route('**/api/surveys/*/responses', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as { answers: { question_id: number; scale_value?: number }[] }
      for (const answer of body.answers) if (answer.question_id === scaleQuestion.id) answer.scale_value = 99
      await route.continue({ postData: JSON.stringify(body) })
    })
    const box = questionBox(page, scaleQuestion)
    await box.getByRole('radio', { name: '2', exact: true }).tap()
    await questionBox(page, byKind('yes_no')).getByRole('radio', { name: 'Ja' }).tap()
    await page.getByRole('button', { name: 'Skicka svaren' }).tap()
    await expect.poll(() => box.locator('.field__error').textContent()).toContain(message)
    expect(await page.locator('.error-summary').textContent()).toContain(message)
    expect(await box.getByRole('radio', { name: '2', exact: true }).getAttribute('aria-invalid')).toBe('true')
    // Nothing chosen was lost.
    expect(await box.getByRole('radio', { name: '2', exact: true }).isChecked()).toBe(true)
    await page.unroute('**/api/surveys/*/responses')

    // A mark far outside the municipality, put there on the map: warned on the page, refused at its question.
    await box.getByRole('radio', { name: '4', exact: true }).tap()
    await tapMap(page, outside, 11)
    const mark = questionBox(page, byKind('map_mark'))
    await expect.poll(() => mark.locator('.survey-mark__outside').count()).toBe(1)
    await page.getByRole('button', { name: 'Skicka svaren' }).tap()
    await expect.poll(() => mark.locator('.field__error').count()).toBe(1)
    const markMessage = (await mark.locator('.field__error').textContent()) ?? ''
    expect(markMessage.replace('Fel:', '').trim()).not.toBe('')
    expect(await mark.locator(`#survey-q-${byKind('map_mark').id}`).getAttribute('aria-invalid')).toBe('true')
    expect(await box.locator('.field__error').count()).toBe(0)
    // The summary links to the question.
    await page.locator('.error-summary a').first().tap()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`survey-q-${byKind('map_mark').id}`)
    await expectNoAxeViolations(page)
    await screenshot(page, 'phone-sv-refused')

    // Taken back, the rest is sent.
    await mark.getByRole('button', { name: 'Ta bort markeringen' }).tap()
    await page.getByRole('button', { name: 'Skicka svaren' }).tap()
    await expect.poll(() => page.locator('h1').textContent()).toBe('Tack för dina svar!')
    expect(sheets(await results())).toBe(before + 1)
    await close(page)
  })

  it('reads the survey in English and fits a 320 px screen', async () => {
    const english = await openSurveyPage({ language: 'en' })
    expect(await english.locator('.survey-privacy h2').textContent()).toBe('What happens to your answers')
    const question = notOutQuestion()
    expect(await questionBox(english, question).locator('legend').textContent()).toContain(question.text_en || question.text_sv)
    expect(await questionBox(english, question).getByRole('radio', { name: 'I don’t go out' }).count()).toBe(1)
    // Without the map: the place by name, with the keyboard only.
    const search = english.locator(`#survey-q-${byKind('map_mark').id}`)
    await search.fill('Norra torget')
    await english.locator('[role="option"]').first().waitFor()
    await search.press('ArrowDown')
    const active = await search.getAttribute('aria-activedescendant')
    const name = (await english.locator(`[id="${active}"] .place-search__name`).textContent()) ?? ''
    await search.press('Enter')
    await expect.poll(() => english.locator('.survey-mark__status').textContent()).toBe(`Marked place: ${name}`)
    await expectNoAxeViolations(english)
    await screenshot(english, 'phone-en')
    await close(english)

    const small = await openSurveyPage({ viewport: narrow })
    await waitForMap(small)
    expect(await overflowing(small)).toEqual([])
    await screenshot(small, 'narrow-sv')
    await close(small)
  })
})

describe('a survey that is not there', () => {
  it('says so and points to the results', async () => {
    const page = await open(`${pagePaths.survey}?id=999999`)
    await expect.poll(() => page.locator('[role="alert"]').textContent()).toBe('Enkäten finns inte. Kontrollera länken.')
    expect(await page.getByRole('link', { name: 'Se resultaten under Medborgarlöften' }).getAttribute('href')).toBe(pagePaths.promises)
    await expectNoAxeViolations(page)
    await close(page)
  })
})

describe('the results on the promises page', () => {
  async function openResults(options: { viewport?: Viewport; language?: Language } = {}) {
    const page = await open(resultsPath, { viewport: options.viewport ?? desktop, language: options.language })
    await page.locator('.fu-question').first().waitFor({ timeout: 30_000 })
    await page.locator('.fu-figure').first().waitFor({ timeout: 30_000 })
    return page
  }

  it('charts the survey per year and SCB’s and Brå’s figures, each with its scale, a table behind each chart and the density map', async () => {
    const page = await openResults()
    const answers = await results()
    const section = page.locator('.fu-survey').filter({ hasText: survey.title })
    expect(await section.locator('.fu-survey__total').textContent()).toContain(String(sheets(answers)))

    // A scale question: its mean on its own stated scale, the share not going out, and the table.
    const question = section.locator('.fu-question').filter({ hasText: notOutQuestion().text_sv })
    expect(await question.locator('.fu-scale').first().textContent()).toContain(`Medelvärde på skalan 1–${notOutQuestion().scale_max}`)
    expect(await question.locator('svg.fu-chart').count()).toBe(2)
    expect(await question.locator('svg.fu-chart title').first().textContent()).toContain(`1–${notOutQuestion().scale_max}`)
    await question.getByText('Visa som tabell').click()
    const table = question.locator('table')
    expect(await table.locator('caption').textContent()).toContain(notOutQuestion().text_sv)
    expect(await table.locator('thead').textContent()).toContain('Jag går inte ut')
    expect(await table.locator('tbody tr').count()).toBe(answers.years.length)
    // Free text is only counted.
    expect(await section.locator('.fu-question--free_text .fu-count').textContent()).toMatch(/^\d+ fritextsvar, läses av personalen\.$/)

    // The external figures beside it: each on its own scale, with its source, never on the survey's axis.
    expect(await page.locator('.fu__scales').textContent()).toContain('SCB:s index (0–100)')
    const scb = page.locator('.fu-figure').filter({ hasText: 'SCB:s medborgarundersökning' }).first()
    expect(await scb.locator('.fu-scale').textContent()).toContain('Index 0–100: under 40 är underkänt, 55 nöjd och 75 eller mer mycket nöjd')
    expect(await scb.locator('.fu-figure__citation').first().textContent()).toMatch(/^Källa: /)
    const ntu = page.locator('.fu-figure').filter({ hasText: 'NTU' }).first()
    expect(await ntu.locator('.fu-scale').textContent()).toContain('Andel (%)')
    expect(await ntu.locator('.fu-key').textContent()).toContain('Hela Sverige')
    await ntu.getByText('Visa som tabell').click()
    expect(await ntu.locator('thead').textContent()).toContain('Hela Sverige')

    // The marked places in 100 m squares, in words too.
    const marks = section.locator('.fu-marks')
    await expect.poll(() => marks.locator('.fu-marks__summary').textContent(), { timeout: 20_000 }).toMatch(/\d+ markering(ar)? i \d+ rut(a|or)\./)
    await marks.scrollIntoViewIfNeeded()
    await waitForMap(page)
    const drawn = await page.evaluate(() => window.__trygghetskartan?.map.querySourceFeatures('survey-mark-cells').length ?? 0)
    expect(drawn).toBeGreaterThan(0)
    expect(await marks.locator('.fu-marks__legend').textContent()).toContain('markeringar i rutan')
    await marks.getByLabel('År', { exact: true }).selectOption({ label: 'Alla år' })
    await expect.poll(() => marks.locator('.fu-marks__summary').textContent()).toMatch(/\d+ markering(ar)? i \d+ rut(a|or)\./)

    await expectNoAxeViolations(page)
    await page.locator('.fu').screenshot({ path: path.join(screenshotDir, 'survey-results-desktop-sv.png') })
    await close(page)
  })

  it('reads in English, and fits a phone and a 320 px screen', async () => {
    const english = await openResults({ language: 'en' })
    expect(await english.locator('.fu-question .fu-scale').first().textContent()).toContain('Mean on the scale 1–')
    expect(await english.locator('.fu-figure').filter({ hasText: 'SCB' }).first().locator('.fu-scale').textContent()).toContain('Index 0–100')
    await expectNoAxeViolations(english)
    await close(english)

    const onPhone = await openResults({ viewport: phone })
    expect(await overflowing(onPhone)).toEqual([])
    await expectNoAxeViolations(onPhone)
    await onPhone.locator('.fu').screenshot({ path: path.join(screenshotDir, 'survey-results-phone-sv.png') })
    await close(onPhone)

    // With every table open too: they fit the width, not only the charts.
    const small = await openResults({ viewport: narrow })
    await small.locator('.fu details').evaluateAll((elements) => elements.forEach((element) => ((element as HTMLDetailsElement).open = true)))
    expect(await overflowing(small)).toEqual([])
    await small.locator('.fu-question').first().screenshot({ path: path.join(screenshotDir, 'survey-results-narrow-table.png') })
    await close(small)
  })
})
