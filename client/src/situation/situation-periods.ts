/**
 * The periods of the lägesbild – a week (Monday–Sunday, ISO weeks as Swedish calendars number
 * them), a quarter or a year – as pure functions on ISO dates (YYYY-MM-DD). A period is named by
 * the day it starts. Only whole periods are shown: the one still running would be compared, half
 * done, with four whole ones.
 */
import type { SituationPeriod } from '../../../server/shared/api/planning-schemas.ts'
import type { FormatContext } from '../features/translate.ts'
import type { Language } from '../i18n/languages.ts'

// Repeated from server/shared/api/planning-schemas.ts, which brings zod (kept out of the browser: it
// tries `new Function`, which the Content-Security-Policy forbids); the record type keeps them alike.
const everyPeriod: Record<SituationPeriod, true> = { week: true, quarter: true, year: true }
export const situationPeriods = Object.keys(everyPeriod) as SituationPeriod[]

/** The first day the server accepts (server/shared/api/fields.ts). */
export const EARLIEST_DAY = '2000-01-01'

/** The first day of the period that holds `date`. */
export function periodStart(period: SituationPeriod, date: string): string {
  const day = parseDay(date)
  if (period === 'week') return addDays(date, -((day.getUTCDay() + 6) % 7))
  const year = day.getUTCFullYear()
  if (period === 'year') return isoDay(Date.UTC(year, 0, 1))
  return isoDay(Date.UTC(year, Math.floor(day.getUTCMonth() / 3) * 3, 1))
}

/** The last day of the period that holds `date`. */
export function periodEnd(period: SituationPeriod, date: string): string {
  return addDays(shiftPeriod(period, date, 1), -1)
}

/** The first day of the period `step` periods after (or, negative, before) the one that holds `date`. */
export function shiftPeriod(period: SituationPeriod, date: string, step: number): string {
  const start = periodStart(period, date)
  if (period === 'week') return addDays(start, 7 * step)
  const day = parseDay(start)
  const months = period === 'quarter' ? 3 * step : 12 * step
  return isoDay(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + months, 1))
}

/** The first day of the last whole period before `today`: last week, last quarter, last year. */
export function lastWholePeriod(period: SituationPeriod, today: string): string {
  return shiftPeriod(period, today, -1)
}

/**
 * The period to show for `date`: the one that holds it, or the last whole one when that is still
 * running or lies ahead, or the first one the server accepts.
 */
export function shownPeriod(period: SituationPeriod, date: string | null, today: string): string {
  const latest = lastWholePeriod(period, today)
  if (date === null) return latest
  const start = periodStart(period, date)
  if (start > latest) return latest
  const earliest = periodStart(period, EARLIEST_DAY)
  return start < earliest ? earliest : start
}

/** Whether there is a whole period before / after the one starting `start`. */
export function canStep(period: SituationPeriod, start: string, step: -1 | 1, today: string): boolean {
  const next = shiftPeriod(period, start, step)
  return step < 0 ? next >= periodStart(period, EARLIEST_DAY) : next <= lastWholePeriod(period, today)
}

/** The ISO week: weeks start on Monday and week 1 holds the year's first Thursday. */
export function isoWeek(date: string): { year: number; week: number } {
  const day = parseDay(date)
  const thursday = parseDay(addDays(date, 3 - ((day.getUTCDay() + 6) % 7)))
  const year = thursday.getUTCFullYear()
  const ordinal = (thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS
  return { year, week: Math.floor(ordinal / 7) + 1 }
}

/** The period in words: "Vecka 47, 16–22 nov. 2026", "Kvartal 3, juli–september 2026", "År 2025". */
export function periodLabel(period: SituationPeriod, start: string, context: FormatContext): string {
  const from = parseDay(periodStart(period, start))
  const to = parseDay(periodEnd(period, start))
  const locale = localeOf(context.language)
  if (period === 'week') {
    const range = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).formatRange(from, to)
    return context.t('situation.label.week', { week: isoWeek(start).week, range })
  }
  if (period === 'quarter') {
    const range = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).formatRange(from, to)
    return context.t('situation.label.quarter', { quarter: Math.floor(from.getUTCMonth() / 3) + 1, range })
  }
  return context.t('situation.label.year', { year: from.getUTCFullYear() })
}

/** A bin of the series in words: a week ("v. 47") in the week and quarter views, a month in the year's. */
export function binLabel(period: SituationPeriod, start: string, context: FormatContext): string {
  if (period !== 'year') return context.t('situation.bins.week', { week: isoWeek(start).week })
  return new Intl.DateTimeFormat(localeOf(context.language), { month: 'long', timeZone: 'UTC' }).format(parseDay(start))
}

/** A short name for files: 2026-v47, 2026-k3 (q3 in English), 2025. */
export function periodFileName(period: SituationPeriod, start: string, language: Language): string {
  if (period === 'week') {
    const { year, week } = isoWeek(start)
    return `${year}-v${String(week).padStart(2, '0')}`
  }
  const day = parseDay(start)
  if (period === 'year') return String(day.getUTCFullYear())
  return `${day.getUTCFullYear()}-${language === 'sv' ? 'k' : 'q'}${Math.floor(day.getUTCMonth() / 3) + 1}`
}

export const localeOf = (language: Language) => (language === 'sv' ? 'sv-SE' : 'en-GB')

const DAY_MS = 86_400_000

function parseDay(date: string): Date {
  return new Date(`${date}T00:00:00Z`)
}

function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10)
}

export function addDays(date: string, days: number): string {
  return isoDay(parseDay(date).getTime() + days * DAY_MS)
}

/** Whether `value` is a real calendar day written YYYY-MM-DD. */
export function isIsoDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(parseDay(value).getTime()) && isoDay(parseDay(value).getTime()) === value
}
