/**
 * Field schemas shared by every payload. A refinement's message is English; its Swedish text rides
 * along in `params.sv` (see server/validation/field-problems.ts).
 */
import { z } from 'zod'
import { todayInSweden } from '../../today.ts'

/** PostgreSQL text cannot hold U+0000 (the insert fails), and half a surrogate pair would be stored as U+FFFD. */
const isStorable = (text: string) => !text.includes('\u0000') && !/\p{Cs}/u.test(text)
const notStorable = {
  message: 'The text contains a character that cannot be saved (a null character or half of an emoji).',
  params: { sv: 'Texten innehåller ett tecken som inte kan sparas (ett nolltecken eller en halv emoji).' },
}

/** Free text a person typed: trimmed, bounded, stored exactly as given (HTML is shown escaped). */
export const shortText = (max = 200) => z.string().trim().max(max).refine(isStorable, notStorable)
export const longText = (max = 5000) => z.string().max(max).refine(isStorable, notStorable)

export const emailField = z.email().max(254)

/** Long passphrases are welcome; the upper bound only keeps hashing cheap to refuse. */
export const PASSWORD_MIN_LENGTH = 12
export const passwordField = z.string().min(PASSWORD_MIN_LENGTH).max(1024)

const EARLIEST_DATE = '2000-01-01'
const YEARS_AHEAD = 5

/** A calendar date (YYYY-MM-DD) between 2000 and five years from now: anything else is a typing error. */
export const plausibleDate = z.iso.date().refine(
  (value) => value >= EARLIEST_DATE && value <= latestPlausibleDate(),
  {
    message: `Give a date between ${EARLIEST_DATE} and ${YEARS_AHEAD} years from now.`,
    params: { sv: `Ange ett datum mellan ${EARLIEST_DATE} och ${YEARS_AHEAD} år framåt.` },
  },
)

/** A date something happened (a verification, a check of the signs): not in the future. */
export const pastDate = plausibleDate.refine((value) => value <= todayInSweden(), {
  message: 'The date cannot be in the future.',
  params: { sv: 'Datumet kan inte ligga i framtiden.' },
})

function latestPlausibleDate(): string {
  const latest = new Date()
  latest.setUTCFullYear(latest.getUTCFullYear() + YEARS_AHEAD)
  return latest.toISOString().slice(0, 10)
}

/** A record id in a path: a positive integer that fits a database integer column. */
export const idParam = z
  .string()
  .refine((value) => /^[1-9][0-9]{0,9}$/.test(value) && Number(value) <= 2_147_483_647, {
    message: 'Give a positive whole number (an id).',
    params: { sv: 'Ange ett positivt heltal (ett id).' },
  })
  .transform(Number)

export const idParams = z.object({ id: idParam })

const positionLength = {
  message: 'A position has 2 or 3 numbers.',
  params: { sv: 'En position har 2 eller 3 tal.' },
}

/** A WGS84 position: longitude, latitude (and an optional height, ignored). */
const wgs84Position = z
  .tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)], z.number())
  .refine((value) => value.length <= 3, positionLength)

/** A position in metres (SWEREF 99 TM or 13 30): easting, northing; whether it is in place is checked in PostGIS. */
const projectedPosition = z.tuple([z.number(), z.number()], z.number()).refine((value) => value.length <= 3, positionLength)

function samePosition(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
  return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1]
}

/** A GeoJSON Polygon or MultiPolygon made of the given positions, with closed rings. */
function polygonGeometry(position: typeof wgs84Position) {
  const linearRing = z
    .array(position)
    .min(4)
    .max(20_000)
    .refine((ring) => samePosition(ring[0], ring.at(-1)), {
      message: 'A ring must end where it starts.',
      params: { sv: 'En ring måste sluta där den börjar.' },
    })
  const polygonRings = z.array(linearRing).min(1).max(100)
  return z.discriminatedUnion('type', [
    z.object({ type: z.literal('Polygon'), coordinates: polygonRings }).strict(),
    z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(polygonRings).min(1).max(100) }).strict(),
  ])
}

/** An RFC 7946 Polygon or MultiPolygon in WGS84. Whether it is valid and inside the municipality is checked in PostGIS. */
export const areaGeometry = polygonGeometry(wgs84Position)

/** The same in a projected CRS (an imported file in EPSG:3006 or 3008). */
export const projectedAreaGeometry = polygonGeometry(projectedPosition)
export type AreaGeometry = z.infer<typeof areaGeometry>
