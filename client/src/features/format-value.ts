import { intlLocales } from '../i18n/languages.ts'
import type { FieldFormat } from './feature-fields.ts'
import type { FormatContext } from './translate.ts'

const TIME_ZONE = 'Europe/Stockholm'

/**
 * A property value as words for a person, or null when there is nothing to show (the row is
 * then left out). Unknown enum values are shown as they are rather than hidden.
 */
export function formatValue(value: unknown, format: FieldFormat, context: FormatContext): string | null {
  if (value === null || value === undefined || value === '') return null
  const locale = intlLocales[context.language]
  switch (format.type) {
    case 'text':
      return formatText(value, context)
    case 'enum': {
      const key = `values.${format.values}.${String(value)}`
      const word = context.t(key)
      return word === key ? String(value) : word
    }
    case 'date':
      return formatDate(value, locale)
    case 'datetime':
      return formatDateTime(value, locale)
    case 'month':
      return formatMonth(value, locale)
    case 'year':
      return String(value)
    case 'integer':
      return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : String(value)
    case 'metres':
      return typeof value === 'number' ? formatMetres(value, context) : String(value)
    case 'sek':
      return typeof value === 'number'
        ? new Intl.NumberFormat(locale, { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 }).format(value)
        : String(value)
    case 'rating':
      return context.t('values.rating', { value })
  }
}

function formatText(value: unknown, context: FormatContext): string {
  if (typeof value === 'boolean') return context.t(value ? 'values.yes' : 'values.no')
  if (Array.isArray(value)) return value.map(String).join(', ')
  return String(value)
}

/** A calendar date ('YYYY-MM-DD') has no time zone: format it as it is, in UTC. */
export function formatDate(value: unknown, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(value))
  if (!match) return String(value)
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date)
}

/** An instant, shown in Swedish time wherever the reader is. */
export function formatDateTime(value: unknown, locale: string): string {
  const date = new Date(String(value))
  if (Number.isNaN(date.getTime())) return String(value)
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
  }).format(date)
}

/** An instant in a table: date and time in Swedish time, without the weekday. */
export function formatShortDateTime(value: unknown, locale: string): string {
  const date = new Date(String(value))
  if (Number.isNaN(date.getTime())) return String(value)
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE }).format(date)
}

export function formatMonth(value: unknown, locale: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(String(value))
  if (!match) return String(value)
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1))
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date)
}

function formatMetres(metres: number, context: FormatContext): string {
  const locale = intlLocales[context.language]
  if (metres < 1000) return context.t('values.metres', { value: new Intl.NumberFormat(locale).format(Math.round(metres)) })
  const km = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(metres / 1000)
  return context.t('values.kilometres', { value: km })
}
