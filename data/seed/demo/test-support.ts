/**
 * Shared by the demo tests: the reference dates they run against and small date and place
 * helpers. The tätorter are read straight from the open data, independent of how the generator
 * reads them.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { polygon } from '@turf/turf'
import { centrumZone } from './centrum.ts'
import { dayNumber } from './dates.ts'
import type { LonLat } from './types.ts'

export const DAY_MS = 86_400_000

/** Recent, early 2021 and early 2019: both years with a single walk (2020, 2018) and the shortest history are covered. */
export const REFERENCE_DATES = [['2026-11-23T12:00:00Z'], ['2021-01-10T09:00:00Z'], ['2019-03-15T12:00:00Z']] as const

/** What every per-date test needs to know about its reference date. */
export function reference(referenceIso: string) {
  const date = new Date(referenceIso)
  return {
    /** As a day number, the argument of the build functions. */
    refDay: dayNumber(date),
    /** In milliseconds, to compare with `time()`. */
    ref: date.getTime(),
    /** The years after 2018 and before the reference year, where the promises have a full history. */
    laterYears: Array.from({ length: date.getUTCFullYear() - 2018 }, (_, i) => 2018 + i),
  }
}

/** The centrum focus zone as a turf polygon. */
export const centrum = polygon(centrumZone().geometry.coordinates)

const tatorter = new Map(
  (
    JSON.parse(
      readFileSync(path.resolve(import.meta.dirname, '../../open/kristinehamn/kristinehamn_tatorter_lm.geojson'), 'utf8'),
    ) as { features: { properties: { namn: string }; geometry: { coordinates: LonLat[][] } }[] }
  ).features.map((f) => [f.properties.namn, polygon(f.geometry.coordinates)]),
)

export function tatort(name: string) {
  const shape = tatorter.get(name)
  if (!shape) throw new Error(`no tätort ${name}`)
  return shape
}

/** Milliseconds of an ISO date (midnight UTC) or timestamp. */
export const time = (iso: string) => new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso).getTime()
export const yearOf = (iso: string) => Number(iso.slice(0, 4))
