/**
 * An attribute's value turned into what a field of the app takes: text, a whole number, a date, a
 * point in time, or one of a field's choices (by its code or its Swedish or English word). A value
 * that cannot be turned is a problem named in both languages; a missing one is `undefined`.
 */
import type { AttributeValue } from './source-file.ts'

export type Converted<T> = { value: T | undefined } | { problem: { sv: string; en: string } }

const missing = (value: AttributeValue | undefined) => value === null || value === undefined || (typeof value === 'string' && value.trim() === '')

export function asText(value: AttributeValue | undefined): Converted<string> {
  return { value: missing(value) ? undefined : String(value).trim() }
}

export function asWholeNumber(value: AttributeValue | undefined): Converted<number> {
  if (missing(value)) return { value: undefined }
  const number = typeof value === 'number' ? value : Number(String(value).trim().replace(/\s/g, '').replace(',', '.'))
  if (Number.isInteger(number)) return { value: number }
  return { problem: { sv: `"${String(value)}" är inget heltal.`, en: `"${String(value)}" is not a whole number.` } }
}

/** A calendar date from `YYYY-MM-DD`, `YYYY/MM/DD` or the date part of a date and time. */
export function asDate(value: AttributeValue | undefined): Converted<string> {
  if (missing(value)) return { value: undefined }
  const match = /^(\d{4})[-/](\d{2})[-/](\d{2})(?:[T ].*)?$/.exec(String(value).trim())
  if (match) return { value: `${match[1]}-${match[2]}-${match[3]}` }
  return { problem: { sv: `"${String(value)}" är inget datum (ÅÅÅÅ-MM-DD).`, en: `"${String(value)}" is not a date (YYYY-MM-DD).` } }
}

/**
 * A point in time from a date and a time of day; without an offset it is Swedish time, as a
 * planner in Kristinehamn writes it. Returned as an ISO 8601 instant with its offset.
 */
export function asInstant(value: AttributeValue | undefined): Converted<string> {
  if (missing(value)) return { value: undefined }
  const text = String(value).trim()
  const match = /^(\d{4})[-/](\d{2})[-/](\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(text)
  if (!match) {
    return {
      problem: {
        sv: `"${text}" är ingen tidpunkt: skriv datum och klockslag, till exempel 2027-04-20 18:00.`,
        en: `"${text}" is not a time: give a date and a time of day, e.g. 2027-04-20 18:00.`,
      },
    }
  }
  const [, year, month, day, hour, minute, second = '00', zone] = match
  const local = `${year}-${month}-${day}T${hour?.padStart(2, '0')}:${minute}:${second}`
  if (zone) return { value: `${local}${zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}` }
  return { value: `${local}${stockholmOffset(local)}` }
}

/** The offset of Swedish time (CET or CEST) at a local date and time. */
function stockholmOffset(local: string): string {
  // The offset at that instant read as UTC differs from the local one only in the hour after a change.
  const guess = new Date(`${local}Z`)
  const name = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Stockholm', timeZoneName: 'longOffset' })
    .formatToParts(guess)
    .find((part) => part.type === 'timeZoneName')?.value
  const offset = /GMT([+-]\d{2}:\d{2})/.exec(name ?? '')?.[1]
  return offset ?? '+01:00'
}

/** One of `choices`, by its code or a word for it (compared without case, accents or spaces). */
export function asChoice<T extends string>(value: AttributeValue | undefined, choices: readonly T[], words: Record<string, T> = {}): Converted<T> {
  if (missing(value)) return { value: undefined }
  const key = squeeze(String(value))
  const found = choices.find((choice) => squeeze(choice) === key) ?? Object.entries(words).find(([word]) => squeeze(word) === key)?.[1]
  if (found) return { value: found }
  return {
    problem: {
      sv: `"${String(value)}" är inte ett av värdena ${choices.join(', ')}.`,
      en: `"${String(value)}" is not one of ${choices.join(', ')}.`,
    },
  }
}

/** Lower case, without accents, spaces, dashes or underscores: `Östra_Ängen` and `ostraangen` compare equal. */
export const squeeze = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
