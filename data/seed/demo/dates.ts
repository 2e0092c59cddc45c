/**
 * Calendar arithmetic on day numbers (whole days since 1970-01-01, UTC), so dates never depend on
 * the machine's time zone, plus the Swedish local time the walks and reports are stamped with.
 */
import type { Rng } from './random.ts'

const DAY_MS = 86_400_000

/** The day number of an instant; NaN for an invalid date. */
export function dayNumber(date: Date): number {
  return Math.floor(date.getTime() / DAY_MS)
}

/** The day number of a calendar date; `month` counts from 1. */
export function dayOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS
}

export function dayFromIso(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / DAY_MS
}

/** YYYY-MM-DD */
export function isoDate(day: number): string {
  return toDate(day).toISOString().slice(0, 10)
}

export function yearOf(day: number): number {
  return toDate(day).getUTCFullYear()
}

/** 1 = January … 12 = December. */
export function monthOf(day: number): number {
  return toDate(day).getUTCMonth() + 1
}

export function dayOfMonth(day: number): number {
  return toDate(day).getUTCDate()
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7
}

/** Meetings and walks fall on Tuesday–Thursday evenings. */
export function isTuesdayToThursday(day: number): boolean {
  return [2, 3, 4].includes(weekday(day))
}

/** A random Tuesday–Thursday from `from` to about `to` (the draw stops a week early to leave room). */
export function randomWorkday(rng: Rng, from: number, to: number): number {
  let day = rng.int(from, to - 6)
  while (!isTuesdayToThursday(day)) day++
  return day
}

/**
 * Local Swedish time as an ISO timestamp with its offset: CEST (+02) from the last Sunday in March
 * to the last Sunday in October, else CET (+01). Good for daytime hours, which is all we produce.
 */
export function localTimestamp(day: number, hour: number, minute: number): string {
  const year = yearOf(day)
  const summer = day >= lastSunday(year, 3) && day < lastSunday(year, 10)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${isoDate(day)}T${pad(hour)}:${pad(minute)}:00+0${summer ? 2 : 1}:00`
}

function lastSunday(year: number, month: number): number {
  let d = dayOf(year, month + 1, 1) - 1
  while (weekday(d) !== 0) d--
  return d
}

function toDate(day: number): Date {
  return new Date(day * DAY_MS)
}
