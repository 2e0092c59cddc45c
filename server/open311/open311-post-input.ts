/**
 * A POSTed Open311 service request, read into the web form's report (`createReportBody`) and
 * checked by that same schema. What Open311 has and our report has not is handled here:
 * - a place is required as lat/long: an address alone cannot be put on the map;
 * - contact details (names, e-mail, phone, device and account ids) are accepted, as clients send
 *   them by habit, but never stored: the web form asks for none, and a report is a public record;
 *   so are address_string and address_id (the place is lat/long); the answer names what was dropped;
 * - `media_url` is not fetched (that would let anyone make the server fetch any address, and skip
 *   the photo checks the web form's upload gets); the answer says that it was left out.
 * Every problem is listed, each naming the Open311 field, so a client can fix them in one go.
 */
import { invalidInput } from '../errors.ts'
import type { FieldProblem } from '../errors.ts'
import { createReportBody } from '../shared/api/report-schemas.ts'
import type { CreateReportBody } from '../shared/api/report-schemas.ts'
import { checkInput } from '../validation/parse-input.ts'
import { fieldProblems } from '../validation/field-problems.ts'
import { checkJurisdiction } from './open311-request-query.ts'
import { isServiceCode, reportAttributeCodes, reportAttributes } from './open311-services.ts'
import type { ReportAttributeCode } from './open311-services.ts'

export interface Open311Submission {
  report: CreateReportBody
  /** The contact fields that came with it, which were dropped. */
  contactFields: FieldName[]
  /** The address fields that came with it (address_string, address_id), which were dropped. */
  addressFields: FieldName[]
  /** A media URL came with it; it was not fetched. */
  mediaGiven: boolean
}

/** The fields of GeoReport v2's POST besides `attribute[…]`, with the longest value we take. */
const fieldLimits = {
  jurisdiction_id: 100,
  api_key: 200,
  service_code: 100,
  lat: 40,
  long: 40,
  address_string: 500,
  address_id: 200,
  // Its type and length are the report schema's to check.
  description: Infinity,
  email: 254,
  device_id: 200,
  account_id: 200,
  first_name: 200,
  last_name: 200,
  phone: 100,
  media_url: 2000,
} as const
type FieldName = keyof typeof fieldLimits
const contactFields: FieldName[] = ['email', 'first_name', 'last_name', 'phone', 'device_id', 'account_id']
/** An address cannot be put on the map (the place is lat/long), so it is dropped like contact details. */
const addressFields: FieldName[] = ['address_string', 'address_id']

const ATTRIBUTE_KEY = /^attribute\[([^\][]{1,100})\]$/
const DECIMAL = /^-?[0-9]{1,3}(\.[0-9]{1,20})?$/

const problem = (field: string, sv: string, en: string): FieldProblem => ({ field, message_sv: sv, message: en })

/** The body as the form or JSON parser left it; throws a 400 listing every problem. */
export function readOpen311Submission(body: unknown): Open311Submission {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalidInput([problem('', 'Skicka fälten som formulärdata eller som ett JSON-objekt.', 'Send the fields as form data or as a JSON object.')])
  }
  const problems: FieldProblem[] = []
  const fields: Partial<Record<FieldName, string | number>> = {}
  const attributes: Record<string, string> = {}

  const takeAttribute = (code: string, value: unknown) => {
    const field = `attribute[${code}]`
    if (typeof value !== 'string') problems.push(problem(field, `${field} ska anges en gång, som text.`, `Give ${field} once, as text.`))
    else attributes[code] = value
  }
  for (const [key, value] of Object.entries(body)) {
    const attributeCode = ATTRIBUTE_KEY.exec(key)?.[1]
    if (attributeCode !== undefined) takeAttribute(attributeCode, value)
    else if (key === 'attribute' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      // JSON clients may nest the attributes: {"attribute": {"time_of_day": "night"}}.
      for (const [code, nested] of Object.entries(value)) takeAttribute(code, nested)
    } else if (!Object.hasOwn(fieldLimits, key)) {
      const shown = echo(key)
      problems.push(problem(shown, `Fältet ${shown} finns inte i Open311 GeoReport v2.`, `The field ${shown} is not part of Open311 GeoReport v2.`))
    } else if (key === 'description') {
      fields.description = value as string
    } else if (!isScalar(value)) {
      problems.push(problem(key, `${key} ska anges en gång, som text.`, `Give ${key} once, as text.`))
    } else if (typeof value === 'string' && value.length > fieldLimits[key as FieldName]) {
      const max = fieldLimits[key as FieldName]
      problems.push(problem(key, `${key} får vara högst ${max} tecken.`, `${key} may be at most ${max} characters.`))
    } else {
      fields[key as FieldName] = value as string | number
    }
  }

  checkJurisdiction(fields.jurisdiction_id, problems)
  const serviceCode = fields.service_code
  if (serviceCode === undefined || serviceCode === '') {
    problems.push(problem('service_code', 'Tjänstekoden saknas (service_code). Se services.json.', 'The service code is missing (service_code). See services.json.'))
  } else if (!isServiceCode(String(serviceCode))) {
    const shown = echo(String(serviceCode))
    problems.push(problem('service_code', `Okänd tjänstekod (service_code): ${shown}. Se services.json.`, `Unknown service code (service_code): ${shown}. See services.json.`))
  }
  // A lat or long already found wrong (not given once, as text) is not reported again as missing.
  const placeKnownWrong = problems.some((known) => known.field === 'lat' || known.field === 'long')
  const place = placeKnownWrong ? undefined : readPlace(fields, problems)
  const chosen = readAttributes(attributes, problems)

  const report = {
    category: serviceCode,
    ...chosen,
    description: fields.description,
    geometry: place && { type: 'Point', coordinates: [place.long, place.lat] },
  }
  // The web form's schema has the last word, on the text above all; a field already found wrong is not named twice.
  const checked = checkInput(createReportBody, report)
  if (!checked.success) {
    const named = new Set(problems.map((known) => known.field))
    if (placeKnownWrong) named.add('lat/long')
    for (const found of fieldProblems(checked.error.issues)) {
      const field = open311FieldOf(found.field)
      if (named.has(field)) continue
      named.add(field)
      problems.push(problem(field, `${field}: ${found.message_sv}`, `${field}: ${found.message}`))
    }
  }
  if (problems.length > 0 || !checked.success) throw invalidInput(problems)
  return {
    report: checked.data,
    contactFields: contactFields.filter((field) => given(fields[field])),
    addressFields: addressFields.filter((field) => given(fields[field])),
    mediaGiven: given(fields.media_url),
  }
}

/** A client's text repeated in a message, cut short: the message is for a person to read. */
const echo = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text)

const given = (value: string | number | undefined) => value !== undefined && value !== ''

const isScalar = (value: unknown) => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))

function readPlace(fields: Partial<Record<FieldName, string | number>>, problems: FieldProblem[]): { lat: number; long: number } | undefined {
  const { lat, long } = fields
  if (lat === undefined || lat === '' || long === undefined || long === '') {
    const address = fields.address_string !== undefined || fields.address_id !== undefined
    problems.push(
      problem(
        'lat/long',
        `Platsen saknas (lat/long).${address ? ' En adress räcker inte:' : ''} Ange lat och long i WGS84.`,
        `Location missing (lat/long).${address ? ' An address is not enough:' : ''} Give lat and long in WGS84.`,
      ),
    )
    return undefined
  }
  const latitude = coordinate(lat, 90)
  const longitude = coordinate(long, 180)
  if (latitude === undefined || longitude === undefined) {
    problems.push(
      problem(
        'lat/long',
        'lat och long ska vara decimaltal i WGS84, till exempel lat=59.3098 och long=14.1075.',
        'lat and long must be decimal numbers in WGS84, e.g. lat=59.3098 and long=14.1075.',
      ),
    )
    return undefined
  }
  return { lat: latitude, long: longitude }
}

function coordinate(value: string | number, limit: number): number | undefined {
  const number = typeof value === 'number' ? value : DECIMAL.test(value.trim()) ? Number(value.trim()) : NaN
  return Number.isFinite(number) && Math.abs(number) <= limit ? number : undefined
}

function readAttributes(given: Record<string, string>, problems: FieldProblem[]): Partial<Record<ReportAttributeCode, string>> {
  const chosen: Partial<Record<ReportAttributeCode, string>> = {}
  for (const code of Object.keys(given)) {
    if (!(reportAttributeCodes as string[]).includes(code)) {
      const field = `attribute[${echo(code)}]`
      problems.push(problem(field, `Okänt attribut: ${field}. Se tjänstens definition.`, `Unknown attribute: ${field}. See the service definition.`))
    }
  }
  for (const code of reportAttributeCodes) {
    const field = `attribute[${code}]`
    const keys = Object.keys(reportAttributes[code].names).join(', ')
    const value = given[code]
    if (value === undefined || value === '') {
      problems.push(problem(field, `${field} saknas: välj ett av ${keys}.`, `${field} is missing: choose one of ${keys}.`))
    } else if (!Object.hasOwn(reportAttributes[code].names, value)) {
      problems.push(problem(field, `${field} kan inte vara ”${echo(value)}”: välj ett av ${keys}.`, `${field} cannot be "${echo(value)}": choose one of ${keys}.`))
    } else {
      chosen[code] = value
    }
  }
  return chosen
}

/** The Open311 field a problem of the report schema belongs to. */
function open311FieldOf(reportField: string): string {
  const [head = ''] = reportField.split('.')
  if (head === 'category') return 'service_code'
  if (head === 'geometry') return 'lat/long'
  if ((reportAttributeCodes as string[]).includes(head)) return `attribute[${head}]`
  return head
}
