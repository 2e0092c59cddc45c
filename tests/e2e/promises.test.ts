/**
 * The public promises page (medborgarlöften) in Debian's Chromium, against the seeded 2016–2017
 * promise: a resident on a phone reads the promises word for word, who answers for each, every
 * indicator's years with the same verdicts as the API, and opens a promise's whole activity list;
 * a reader at a desk in Swedish and English; the yearly follow-up report (`?ar=`) with that year's
 * verdicts and activities, printed without navigation or buttons and saved as a PDF; a period
 * corrected after publishing, shown as a correction with its reason and the words before and
 * after; choosing between periods; no published period at all. WCAG 2.1 AA with axe-core, no
 * horizontal scroll at 320 px, no Content-Security-Policy violation. Screenshots go to
 * test-results/screenshots/promises-*.png.
 */
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PromiseActivity, PromisePage, YearStatus } from '../../server/shared/api/promise-schemas.ts'
import { pagePaths } from '../../server/shared/page-paths.ts'
import { ApiSession, logInAs } from '../support/api-session.ts'
import { launchBrowser, overflowing, runAxe, screenshotDir } from '../support/browser-checks.ts'
import { TEST_REFERENCE_DATE } from '../support/test-backends.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

const desktop = { width: 1280, height: 900 }
const phone = { width: 390, height: 844 }
const narrowest = { width: 320, height: 700 }

const statusWords: Record<'sv' | 'en', Record<YearStatus, string>> = {
  sv: { met: 'Uppfyllt', not_met: 'Inte uppfyllt', in_progress: 'Pågår' },
  en: { met: 'Met', not_met: 'Not met', in_progress: 'In progress' },
}

// The seed document's fifth promise, as the municipality wrote it.
const watchPromise = 'Polisen lovar att uppdatera befintliga grannsamverkansområden och hålla uppstartsmöten för grannsamverkan minst två gånger respektive år.'

let server: TestServer
let browser: Browser
let publicApi: ApiSession
let periodId: number
let promisePage: PromisePage
const cspProblems: string[] = []
const pageErrors: string[] = []

beforeAll(async () => {
  server = await startTestServer()
  browser = await launchBrowser()
  publicApi = new ApiSession(server.url)
  const periods = await publicApi.get<{ periods: { id: number; title: string }[] }>('/api/promise-periods')
  const seeded = periods.body.periods.find((period) => period.title === 'Medborgarlöfte 2016-2017')
  expect(seeded, 'the seed publishes the 2016–2017 promise').toBeDefined()
  periodId = seeded?.id ?? 0
  promisePage = (await publicApi.get<PromisePage>(`/api/promise-periods/${periodId}`)).body
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  expect(cspProblems).toEqual([])
  expect(pageErrors).toEqual([])
})

interface OpenOptions {
  path?: string
  language?: 'sv' | 'en'
  viewport?: { width: number; height: number }
  /** What shows that the page has its data. */
  ready?: string
}

async function open(options: OpenOptions = {}): Promise<Page> {
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
  const response = await page.goto(`${server.url}${options.path ?? pagePaths.promises}`)
  expect(response?.status()).toBe(200)
  await page.locator(options.ready ?? '.pp-card').first().waitFor({ timeout: 30_000 })
  return page
}

async function close(page: Page) {
  const seen = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
  cspProblems.push(...seen.map((violation) => `${page.url()}: ${violation}`))
  await page.close()
}

async function screenshot(page: Page, name: string, fullPage = true) {
  await page.screenshot({ path: path.join(screenshotDir, `promises-${name}.png`), fullPage })
}

async function expectNoAxeViolations(page: Page) {
  const violations = await runAxe(page)
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([])
}

const heading = (page: Page) => page.locator('h1').textContent()

/** An indicator's year rows as the page shows them: year, count and the verdict's words. */
async function shownYears(page: Page, indicatorId: number) {
  const rows = page.locator(`.pp-indicator[data-indicator="${indicatorId}"] tbody tr[data-year]`)
  return rows.evaluateAll((elements) =>
    elements.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '')),
  )
}

/** The same rows from the API, newest first as the page puts them. */
const apiYears = (indicator: PromisePage['promises'][number]['indicators'][number], language: 'sv' | 'en') =>
  [...indicator.years].sort((a, b) => b.year - a.year).map((year) => [String(year.year), String(year.value), statusWords[language][year.status]])

const allActivities = async (promiseId: number) =>
  (await publicApi.get<{ activities: PromiseActivity[] }>(`/api/promises/${promiseId}/activities`)).body.activities

describe('a resident on a phone', () => {
  it('reads every promise word for word, who answers for it, and each year’s verdict as the API gives it', async () => {
    const page = await open({ viewport: phone })
    expect(await heading(page)).toBe('Medborgarlöfte 2016-2017')
    expect(await page.getByText(watchPromise, { exact: true }).isVisible()).toBe(true)
    const promises = [...promisePage.promises].sort((a, b) => a.position - b.position)
    expect(await page.locator('.pp-card__text').allTextContents()).toEqual(promises.map((promise) => promise.text))
    // The goal and the document's lead-in to the promises, a paragraph each.
    expect((await page.locator('.pp-goal').allTextContents()).slice(0, 2).join('\n\n')).toBe(promisePage.period.goal)

    // The document's words for who is responsible, and a tag for the party.
    const watchCard = page.locator('.pp-card', { hasText: watchPromise })
    expect(await watchCard.locator('.pp-responsible').textContent()).toContain('Ansvarig: Polisen i samverkan med kommunen')
    expect(await watchCard.locator('.pp-tag').textContent()).toContain('Kommunen och polisen')

    // Every indicator's every year: the same count and verdict as the API, in words.
    for (const promise of promises) {
      for (const indicator of promise.indicators) {
        expect(await shownYears(page, indicator.id), indicator.label).toEqual(apiYears(indicator, 'sv'))
      }
    }
    // Years after the nominal end are followed up because the promise still holds, and it says so.
    const later = promisePage.years.filter((year) => year > 2017)
    expect(later.length).toBeGreaterThan(0)
    expect(await page.locator('.pp-years__group').first().textContent()).toBe(`${later[0]}–${later[later.length - 1]}: följs upp eftersom löftet fortfarande gäller`)
    expect(await page.locator('.pp-validity').textContent()).toContain('Medborgarlöftet gäller tills nya medborgarlöften för 2018 undertecknats.')

    // A target in words, and an indicator without one explained.
    const walks = promises.flatMap((promise) => promise.indicators).find((indicator) => indicator.kind === 'walks_done')
    const activities = promises.flatMap((promise) => promise.indicators).find((indicator) => indicator.target_per_year === null)
    expect(await page.locator(`.pp-indicator[data-indicator="${walks?.id}"] .pp-indicator__target`).textContent()).toBe('Mål: minst 2 per år')
    expect(await page.locator(`.pp-indicator[data-indicator="${activities?.id}"] .pp-indicator__target`).textContent()).toBe('Mål: minst en aktivitet per år')
    // Each indicator leads to the records behind it.
    expect(await page.locator(`.pp-indicator[data-indicator="${walks?.id}"] a`).getAttribute('href')).toBe(pagePaths.walkInfo)
    const meetings = promises.flatMap((promise) => promise.indicators).find((indicator) => indicator.kind === 'startup_meetings')
    expect(await page.locator(`.pp-indicator[data-indicator="${meetings?.id}"] a`).textContent()).toBe('Se grannsamverkansområdena på kartan')
    expect(await page.locator(`.pp-indicator[data-indicator="${meetings?.id}"] a`).getAttribute('href')).toBe(pagePaths.map)

    // The survey of this period, while it is open.
    const surveys = (await publicApi.get<{ surveys: { id: number; period_id: number }[] }>('/api/surveys/open')).body.surveys
    const openSurvey = surveys.find((survey) => survey.period_id === periodId)
    const surveyLink = page.locator('.pp-survey').getByRole('link', { name: 'Svara på enkäten' })
    if (openSurvey) expect(await surveyLink.getAttribute('href')).toBe(`${pagePaths.survey}?id=${openSurvey.id}`)
    else expect(await surveyLink.count()).toBe(0)

    await screenshot(page, 'phone-sv-top', false)
    await screenshot(page, 'phone-sv')
    expect(await overflowing(page)).toEqual([])
    await expectNoAxeViolations(page)
    await page.setViewportSize(narrowest)
    expect(await overflowing(page)).toEqual([])
    await screenshot(page, 'phone-320-sv')
    await close(page)
  })

  it('opens a promise’s whole activity list, newest first', async () => {
    const promise = [...promisePage.promises].sort((a, b) => b.activity_count - a.activity_count)[0]
    expect(promise && promise.activity_count > promise.latest_activities.length, 'a promise with more than the five latest').toBe(true)
    if (!promise) return
    const page = await open({ viewport: phone })
    const card = page.locator(`.pp-card[data-promise="${promise.id}"]`)
    expect(await card.locator('.pp-activity').count()).toBe(promise.latest_activities.length)
    expect(await card.locator('.pp-activities__heading').textContent()).toBe('Senaste aktiviteter')
    const button = card.getByRole('button', { name: `Visa alla ${promise.activity_count} aktiviteter` })
    expect(await button.getAttribute('aria-expanded')).toBe('false')
    await button.click()
    await expect.poll(() => card.locator('.pp-activity').count()).toBe(promise.activity_count)
    const expected = await allActivities(promise.id)
    expect(await card.locator('.pp-activity__title').allTextContents()).toEqual(expected.map((activity) => activity.title))
    expect(await card.locator('.pp-activities__heading').textContent()).toBe('Alla aktiviteter')
    expect(await card.locator('.pp-activities [role="status"]').textContent()).toBe(`Alla ${promise.activity_count} aktiviteter för löfte ${promise.position} visas.`)
    const less = card.getByRole('button', { name: 'Visa bara de senaste' })
    expect(await less.getAttribute('aria-expanded')).toBe('true')
    await card.locator('.pp-activities').screenshot({ path: path.join(screenshotDir, 'promises-phone-sv-activities.png') })
    await expectNoAxeViolations(page)
    await less.click()
    expect(await card.locator('.pp-activity').count()).toBe(promise.latest_activities.length)
    await close(page)
  })
})

describe('a reader at a desk', () => {
  it('reads the page in Swedish and in English', async () => {
    const page = await open()
    await screenshot(page, 'desk-sv')
    await screenshot(page, 'desk-sv-top', false)
    expect(await overflowing(page)).toEqual([])
    await expectNoAxeViolations(page)
    await close(page)

    const english = await open({ language: 'en' })
    // The promise document is Swedish and marked so; the page around it is English.
    expect(await english.getByText(watchPromise, { exact: true }).getAttribute('lang')).toBe('sv')
    expect(await english.locator('.pp-page__lead').textContent()).toContain('What Kristinehamn municipality and the police have promised')
    const indicator = promisePage.promises.flatMap((promise) => promise.indicators).find((item) => item.kind === 'startup_meetings')
    if (!indicator) throw new Error('the seed has a start-up meeting indicator')
    expect(await shownYears(english, indicator.id)).toEqual(apiYears(indicator, 'en'))
    expect(await english.locator(`.pp-indicator[data-indicator="${indicator.id}"] .pp-indicator__target`).textContent()).toBe('Target: at least 2 a year')
    await screenshot(english, 'desk-en')
    await expectNoAxeViolations(english)
    await close(english)
  })
})

/** The title Chromium writes into a PDF's info dictionary: UTF-16 in hex, or a literal string. */
function pdfTitle(pdf: Buffer): string {
  const text = pdf.toString('latin1')
  const hex = /\/Title\s*<FEFF([0-9A-Fa-f]*)>/.exec(text)
  if (hex?.[1]) return Buffer.from(hex[1], 'hex').swap16().toString('utf16le')
  const literal = /\/Title\s*\(((?:\\.|[^\\)])*)\)/.exec(text)
  return literal?.[1] ?? ''
}

describe('the yearly follow-up report', () => {
  it('shows a year’s verdicts and activities, chosen on the page, and prints without navigation or buttons', async () => {
    const page = await open()
    await page.getByLabel('År att följa upp', { exact: true }).selectOption('2017')
    await page.getByRole('button', { name: 'Visa årsuppföljning' }).click()
    await expect.poll(() => heading(page)).toBe('Uppföljning av medborgarlöftet 2016–2017, år 2017')
    expect(new URL(page.url()).search).toBe(`?period=${periodId}&ar=2017`)
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1')
    expect(await page.title()).toContain('Uppföljning av medborgarlöftet 2016–2017, år 2017')
    expect(await page.locator('.pp-report__printed').textContent()).toMatch(/^Utskriven \d{1,2} \p{L}+ \d{4}$/u)

    // Every indicator's 2017 verdict as the API gives it, and each promise's activities of 2017.
    await page.locator('.pp-page--report [role="status"]:has-text("Hämtar")').waitFor({ state: 'detached' })
    for (const promise of promisePage.promises) {
      const card = page.locator(`.pp-card[data-promise="${promise.id}"]`)
      for (const indicator of promise.indicators) {
        const year = indicator.years.find((entry) => entry.year === 2017)
        const cells = (await card.locator(`tr[data-indicator="${indicator.id}"]`).locator('th, td').allTextContents()).map((cell) => cell.trim())
        expect(cells.slice(2), indicator.label).toEqual([String(year?.value), statusWords.sv[year?.status ?? 'met']])
      }
      const expected = (await allActivities(promise.id)).filter((activity) => activity.happened_on.startsWith('2017-'))
      expect(await card.locator('.pp-activity__title').allTextContents(), promise.text).toEqual(expected.map((activity) => activity.title))
      if (expected.length === 0) expect(await card.locator('.pp-muted').last().textContent()).toBe('Inga aktiviteter registrerade 2017.')
    }
    await screenshot(page, 'report-2017-desk-sv')
    await expectNoAxeViolations(page)

    // On paper: no navigation, no buttons or forms, black text; tables are not split across pages.
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('nav').first().isVisible()).toBe(false)
    expect(await page.locator('.site-header__bar').isVisible()).toBe(false)
    const visibleControls = await page.locator('button, select, nav').evaluateAll((elements) => elements.filter((element) => (element as HTMLElement).offsetParent !== null).length)
    expect(visibleControls).toBe(0)
    expect(await page.locator('h1').isVisible()).toBe(true)
    expect(await page.locator('.pp-report-table').first().isVisible()).toBe(true)
    expect(await page.locator('.pp-report-table tr').first().evaluate((element) => getComputedStyle(element).breakInside)).toBe('avoid')
    expect(await page.locator('.pp-status').first().evaluate((element) => getComputedStyle(element).color)).toBe('rgb(0, 0, 0)')
    // An A4 page at 96 dpi less the margins is about 700 px wide: the printed page fits it.
    await page.setViewportSize({ width: 700, height: 1000 })
    expect(await overflowing(page)).toEqual([])
    await screenshot(page, 'report-2017-print-sv')

    const pdf = await page.pdf({ format: 'A4', printBackground: true })
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(pdfTitle(pdf)).toContain('Uppföljning av medborgarlöftet 2016–2017, år 2017')
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []
    expect(pages.length).toBeGreaterThanOrEqual(2)
    expect(pdf.length).toBeGreaterThan(30_000)
    await close(page)
  })

  it('fits a phone, and says so when the year is not followed up', async () => {
    const page = await open({ viewport: narrowest, path: `${pagePaths.promises}?ar=2017` })
    expect(await heading(page)).toBe('Uppföljning av medborgarlöftet 2016–2017, år 2017')
    expect(await overflowing(page)).toEqual([])
    await screenshot(page, 'report-2017-phone-320-sv')
    await expectNoAxeViolations(page)
    await close(page)

    const wrong = await open({ path: `${pagePaths.promises}?ar=2012` })
    expect(await wrong.locator('[role="alert"]').textContent()).toBe(`År 2012 följs inte upp i det här medborgarlöftet. Välj ett av åren 2016–${promisePage.years[promisePage.years.length - 1]}.`)
    expect(await heading(wrong)).toBe('Medborgarlöfte 2016-2017')
    await close(wrong)
  })
})

describe('a corrected period, and choosing between periods', () => {
  it('shows every correction with its reason and the words before and after, and marks what it changed', async () => {
    const staff = await logInAs(server.url, server.db, 'kommun')
    // An earlier period, so the 2016–2017 promise stays the newest and in force for the tests above.
    const period = await staff.post('/api/promise-periods', {
      title: 'Medborgarlöfte 2014-2015',
      starts_on: '2014-01-01',
      ends_on: '2015-12-31',
      introduction: 'Ett tidigare löfte, för provet.',
      goal: 'Kommunen och polisen ska arbeta för ett tryggare centrum.',
    })
    expect(period.status).toBe(201)
    const id = period.body.id as number
    const first = await staff.post(`/api/promise-periods/${id}/promises`, { position: 1, text: 'Polisen lovar att synas i centrum.', responsible: 'polisen', responsible_text: 'Polisen' })
    const second = await staff.post(`/api/promise-periods/${id}/promises`, { position: 2, text: 'Kommunen lovar att rusta upp parkerna.', responsible: 'kommunen', responsible_text: '' })
    expect([first.status, second.status]).toEqual([201, 201])
    const log = await staff.post(`/api/promises/${second.body.id}/indicators`, { position: 1, kind: 'activities', label: 'Upprustningar', target_per_year: null })
    const walks = await staff.post(`/api/promises/${second.body.id}/indicators`, { position: 2, kind: 'walks_done', label: 'Trygghetsvandringar', target_per_year: 2 })
    expect([log.status, walks.status]).toEqual([201, 201])
    expect((await staff.post(`/api/promises/${second.body.id}/activities`, { happened_on: '2015-05-04', title: 'Ny belysning i Stadsparken' })).status).toBe(201)
    expect((await staff.post(`/api/promise-periods/${id}/publish`, {})).status).toBe(200)

    // Once published a change needs a reason, and is shown as a correction.
    const silent = await staff.put(`/api/promises/${first.body.id}`, { position: 1, text: 'Polisen lovar att synas i centrum varje helg.', responsible: 'polisen', responsible_text: 'Polisen' })
    expect(silent.status).toBe(400)
    const corrected = await staff.put(`/api/promises/${first.body.id}`, {
      position: 1,
      text: 'Polisen lovar att synas i centrum varje helg.',
      responsible: 'polisen',
      responsible_text: 'Polisen',
      correction_reason: 'Löftet skrevs av fel från det undertecknade dokumentet.',
    })
    expect(corrected.status).toBe(200)
    const target = await staff.put(`/api/promise-indicators/${walks.body.id}`, { position: 2, kind: 'walks_done', label: 'Trygghetsvandringar', target_per_year: 3, correction_reason: 'Målet i dokumentet är tre vandringar.' })
    expect(target.status).toBe(200)

    const page = await open({ path: `${pagePaths.promises}?period=${id}` })
    expect(await heading(page)).toBe('Medborgarlöfte 2014-2015')
    expect(await page.locator('.pp-validity').textContent()).toContain('Det gällde till och med 31 december 2015, då ett nytt medborgarlöfte tog över.')
    const section = page.locator('.pp-corrections')
    expect(await section.locator('h2').textContent()).toBe('Rättelser')
    const textCorrection = section.locator('.pp-correction', { hasText: 'Löfte 1' })
    expect(await textCorrection.textContent()).toContain('Skäl: Löftet skrevs av fel från det undertecknade dokumentet.')
    expect(await textCorrection.locator('.pp-change').textContent()).toBe(
      'Löftets textFöre: Polisen lovar att synas i centrum.→ Efter: Polisen lovar att synas i centrum varje helg.',
    )
    const targetCorrection = section.locator('.pp-correction', { hasText: 'Måttet ”Trygghetsvandringar” i löfte 2' })
    expect(await targetCorrection.locator('.pp-change').textContent()).toBe('Mål per årFöre: 2→ Efter: 3')

    // The corrected promise and indicator carry a mark that leads to their correction.
    const mark = page.locator(`.pp-card[data-promise="${first.body.id}"] .pp-card__top .pp-corrected`)
    expect(await mark.textContent()).toBe('Rättad')
    await mark.click()
    expect(new URL(page.url()).hash).toMatch(/^#rattelse-\d+$/)
    expect(await page.locator(`.pp-indicator[data-indicator="${walks.body.id}"] .pp-corrected`).textContent()).toBe('Rättad')
    expect(await page.locator(`.pp-card[data-promise="${second.body.id}"] .pp-card__top .pp-corrected`).count()).toBe(0)
    // The page shows the corrected words, a promise with no indicator, and an indicator without a target.
    expect(await page.locator(`.pp-card[data-promise="${first.body.id}"] .pp-card__text`).textContent()).toBe('Polisen lovar att synas i centrum varje helg.')
    expect(await page.locator(`.pp-card[data-promise="${first.body.id}"]`).textContent()).toContain('Löftet har inget mått som räknas år för år.')
    expect(await page.locator(`.pp-indicator[data-indicator="${log.body.id}"] .pp-indicator__target`).textContent()).toBe('Mål: minst en aktivitet per år')
    expect(await page.locator(`.pp-card[data-promise="${second.body.id}"] .pp-activity__title`).allTextContents()).toEqual(['Ny belysning i Stadsparken'])
    await screenshot(page, 'corrected-desk-sv')
    await expectNoAxeViolations(page)

    // Two published periods: the newest is the default, and the other can be chosen.
    const chooser = page.getByLabel('Välj medborgarlöfte')
    expect(await chooser.locator('option').allTextContents()).toEqual(['Medborgarlöfte 2016-2017 (gäller nu)', 'Medborgarlöfte 2014-2015'])
    await chooser.selectOption(String(periodId))
    // The period chooser's own button; the municipality chooser beside it has one too.
    await page.locator('form', { has: chooser }).getByRole('button', { name: 'Visa', exact: true }).click()
    await expect.poll(() => heading(page)).toBe('Medborgarlöfte 2016-2017')
    expect(new URL(page.url()).search).toBe(`?period=${periodId}`)
    await close(page)

    const newest = await open()
    expect(await heading(newest)).toBe('Medborgarlöfte 2016-2017')
    await close(newest)
  })

  it('says so when no promise is published, and when a period does not exist', async () => {
    const page = await browser.newPage({ viewport: phone })
    await page.route('**/api/promise-periods', (route) => route.fulfill({ json: { periods: [] } }))
    await page.goto(`${server.url}${pagePaths.promises}`)
    await expect.poll(() => page.locator('.pp-empty').textContent()).toBe('Inga medborgarlöften är publicerade ännu.')
    expect(await page.locator('.pp-card').count()).toBe(0)
    await expectNoAxeViolations(page)
    await close(page)

    const missing = await open({ path: `${pagePaths.promises}?period=99999`, ready: '[role="alert"]' })
    expect(await missing.locator('[role="alert"]').textContent()).toContain('Det finns inget publicerat medborgarlöfte med nummer 99999.')
    expect(await missing.getByRole('link', { name: 'Visa det senaste medborgarlöftet' }).getAttribute('href')).toBe(pagePaths.promises)
    await close(missing)
  })
})
