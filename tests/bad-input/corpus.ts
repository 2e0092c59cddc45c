/**
 * The bad-input corpus (issue 3): every way to spoil a valid request to a write route, one thing
 * at a time. The field cases are read off the route's body schema (as JSON Schema), so a new route
 * or field gets its cases without anyone editing this file. tests/api/bad-input.test.ts sends them.
 */
import { z } from 'zod'
import { readConfig } from '../../server/config.ts'
import type { ApiRoute } from '../../server/routes/api-route.ts'
import type { ExampleRequest } from '../support/route-examples.ts'
import { validAreaGeometry } from '../support/route-examples.ts'

export type Expectation =
  /** A clear 4xx. `field`: the problem list names it (or a part of it, e.g. `geometry.coordinates.0`). */
  | { kind: 'refused'; status: number[]; code?: string; field?: string; notSaying?: RegExp }
  /** Not bad after all (e.g. an empty body where every field is optional): 2xx, like the valid example. */
  | { kind: 'accepted' }
  /** Text that looks dangerous but is valid: stored and returned exactly as given. A secret is only ever hashed. */
  | { kind: 'text'; field: string; value: string; secret: boolean }

export interface BadInputCase {
  name: string
  path: string
  body?: unknown
  /** Sent as is instead of `body`, for what JSON.stringify cannot produce. */
  rawBody?: string
  headers?: Record<string, string>
  expect: Expectation
}

/** Over the body limit by a wide margin: BODY_LIMIT_KB, or IMPORT_LIMIT_KB for a file import (test defaults). */
const hugeFor = (route: ApiRoute) => {
  const { limits } = readConfig({})
  return (route.takesFile ? limits.importKilobytes : limits.bodyKilobytes) * 1024 + 1_000_000
}

/** Valid text for a free-text field; in a field with a format it is simply wrong. */
const dangerousText = ["'; DROP TABLE app_user; --", '<script>alert(1)</script>', '<img src=x onerror=alert(1)>']

const pathIds: Array<[string, number[]]> = [
  ['999999', [404]],
  ['abc', [400, 404]],
  ['-1', [400, 404]],
  ['1.5', [400, 404]],
  ["1' OR '1'='1", [400, 404]],
  ['99999999999', [400, 404]],
]

type Refused = Extract<Expectation, { kind: 'refused' }>
const refused = (field?: string, extra: Partial<Refused> = {}): Refused => ({ kind: 'refused', status: [400], field, ...extra })
const tooLarge: Refused = { kind: 'refused', status: [413], code: 'body_too_large' }
const notJson: Refused = { kind: 'refused', status: [415], code: 'json_required' }

export const VALID_EXAMPLE = 'the valid example'

/** The valid example first (the test learns from it what a successful write changes), then each spoiled copy. */
export function badInputCases(route: ApiRoute, example: ExampleRequest): BadInputCase[] {
  const { path, body } = example
  const json = JSON.stringify(body)
  const huge = hugeFor(route)
  const emptyIsValid = route.bodySchema?.safeParse({}).success ?? true
  const asText = (type: string) => ({ rawBody: json, headers: { 'Content-Type': type } })
  // JSON.parse makes `__proto__` an own key; it must be refused, not merged into the prototype.
  const withProto = `{"__proto__":{"role":"admin"}${json === '{}' ? '}' : `,${json.slice(1)}`}`
  return [
    { name: VALID_EXAMPLE, path, body, expect: { kind: 'accepted' } },
    { name: 'malformed JSON', path, rawBody: json.slice(0, -1), expect: refused(undefined, { code: 'malformed_json' }) },
    { name: 'an empty body', path, rawBody: '', expect: emptyIsValid ? { kind: 'accepted' } : refused() },
    { name: 'a JSON array', path, rawBody: `[${json}]`, expect: refused('', { notSaying: /required/i }) },
    { name: 'JSON null', path, rawBody: 'null', expect: refused() },
    { name: 'a JSON string', path, rawBody: JSON.stringify(json), expect: refused() },
    { name: 'JSON nested 10 000 deep', path, rawBody: '['.repeat(10_000) + ']'.repeat(10_000), expect: refused('') },
    // The limit is on the bytes sent, not on what they mean.
    { name: 'a body of spaces around valid JSON, over the limit', path, rawBody: ' '.repeat(huge) + json, expect: tooLarge },
    { name: 'Content-Type text/plain', path, ...asText('text/plain'), expect: notJson },
    { name: 'Content-Type form-encoded', path, ...asText('application/x-www-form-urlencoded'), expect: notJson },
    { name: 'an extra field', path, body: { ...body, unexpected_field: 'x' }, expect: refused('unexpected_field') },
    { name: 'a __proto__ field', path, rawBody: withProto, expect: refused('__proto__') },
    ...idCases(route.path, example),
    ...(route.bodySchema ? fieldCases(route.bodySchema, example, huge) : []),
  ]
}

/** Each `:param` of the route's path in turn replaced by an unknown or malformed id. */
function idCases(routePath: string, { path, body }: ExampleRequest): BadInputCase[] {
  const declared = routePath.split('/')
  const concrete = path.split('/')
  // The example's path is the full /api path; the declared one is relative to /api.
  const offset = concrete.length - declared.length
  return declared.flatMap((segment, index) => {
    if (!segment.startsWith(':')) return []
    const param = segment.slice(1)
    return pathIds.map(([id, status]) => ({
      name: `${param} ${JSON.stringify(id)} in the path`,
      path: concrete.with(index + offset, encodeURIComponent(id)).join('/'),
      body,
      expect: refused(param, { status }),
    }))
  })
}

interface JsonSchema {
  type?: string
  format?: string
  pattern?: string
  enum?: unknown[]
  const?: unknown
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
  properties?: Record<string, JsonSchema>
  required?: string[]
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  $ref?: string
  $defs?: Record<string, JsonSchema>
}

/** A value of the wrong type that a person could plausibly send instead. */
const nearMiss: Record<string, unknown> = {
  string: 12345,
  integer: '42',
  number: '42',
  boolean: 'true',
  object: 'POLYGON((0 0, 1 0, 1 1, 0 0))',
  array: 'a,b',
}

function fieldCases(schema: z.ZodType, { path, body }: ExampleRequest, huge: number): BadInputCase[] {
  const root = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema
  // Schemas are inlined unless reused by reference; follow `#/$defs/…` when they are.
  const resolve = (node: JsonSchema): JsonSchema => (node.$ref ? resolve(root.$defs?.[node.$ref.split('/').pop() ?? ''] ?? {}) : node)
  const cases: BadInputCase[] = []
  for (const [field, property] of Object.entries(root.properties ?? {})) {
    const add = (name: string, value: unknown, expect: Expectation = refused(field)) =>
      cases.push({ name: `${field}: ${name}`, path, body: { ...body, [field]: value }, expect })
    // A nullable field is `anyOf: [{…}, { type: 'null' }]`; the spoiling is about the other part.
    const own = resolve(property)
    const variants = (own.anyOf ?? own.oneOf ?? [own]).map(resolve).filter((variant) => variant.type !== 'null')
    const main = variants[0] ?? {}

    add('wrong type', nearMiss[main.type ?? 'string'], refused(field, { notSaying: /required/i }))
    if (root.required?.includes(field)) {
      const rest = Object.fromEntries(Object.entries(body).filter(([name]) => name !== field))
      cases.push({ name: `${field}: missing`, path, body: rest, expect: refused(field) })
    }
    if (isGeometry(variants)) cases.push(...geometryCases(field, path, body))
    if (main.type === 'integer' || main.type === 'number') {
      if (main.minimum !== undefined) add('below the minimum', main.minimum - 1)
      if (main.maximum !== undefined) add('above the maximum', main.maximum + 1)
      if (main.type === 'integer') add('a fraction', 1.5)
    }
    if (main.type !== 'string') continue

    if (main.maxLength !== undefined) add('1 character too long', textOfLength(main.maxLength + 1, main.format))
    if (main.minLength) add('1 character too short', 'x'.repeat(main.minLength - 1))
    add('a string over the body limit', 'x'.repeat(huge), tooLarge)
    if (main.enum) add('not one of the choices', 'not-a-choice')
    if (main.format === 'email') add('not an e-mail address', 'not-an-email')
    if (main.format === 'date') {
      for (const date of ['2026-02-30', 'not a date', '1899-12-31', '2999-01-01']) add(JSON.stringify(date), date)
    }
    const freeText = !main.format && !main.enum && !main.pattern && main.const === undefined
    // Hashed secrets never reach a column, so only text that is stored can be checked for how it is stored.
    const secret = /password|secret|token/i.test(field)
    for (const value of dangerousText) {
      const fits = value.length <= (main.maxLength ?? Infinity) && value.length >= (main.minLength ?? 0)
      if (!freeText) add(JSON.stringify(value), value)
      else if (fits) add(JSON.stringify(value), value, { kind: 'text', field, value, secret })
    }
    if (freeText && !secret) {
      // PostgreSQL text cannot hold U+0000; half a surrogate pair would silently become U+FFFD.
      add('a null character', 'before\u0000after')
      add('half a surrogate pair', 'before\ud800after')
    }
  }
  return cases
}

/** A string of exactly `length` characters that is otherwise valid for the format. */
function textOfLength(length: number, format: string | undefined): string {
  const domain = '@kristinehamn.example'
  return format === 'email' ? 'a'.repeat(Math.max(1, length - domain.length)) + domain : 'x'.repeat(length)
}

const isGeometry = (variants: JsonSchema[]) =>
  variants.some((v) => ['Polygon', 'MultiPolygon'].includes(String(v.properties?.type?.const)))

/**
 * Broken areas near a valid one, so each fails for its own reason only. The anchor is the
 * example's first corner, or the shared valid square when the example changes no geometry.
 */
function geometryCases(field: string, path: string, body: Record<string, unknown>): BadInputCase[] {
  const given = body[field] as typeof validAreaGeometry | undefined
  const valid = given?.type === 'Polygon' ? given : validAreaGeometry
  const [lon = 14.1, lat = 59.31] = valid.coordinates[0]?.[0] ?? []
  const d = 0.002
  const polygon = (...ring: number[][]) => ({ type: 'Polygon', coordinates: [ring] })
  const geometries: Array<[string, unknown, Expectation?]> = [
    ['a self-intersecting bow-tie', polygon([lon, lat], [lon + d, lat + d], [lon + d, lat], [lon, lat + d], [lon, lat])],
    ['an unclosed ring', polygon([lon, lat], [lon + d, lat], [lon + d, lat + d], [lon, lat + d])],
    ['too few points', polygon([lon, lat], [lon + d, lat], [lon, lat])],
    ['a ring of one repeated point', polygon([lon, lat], [lon, lat], [lon, lat], [lon, lat])],
    ['longitude 200', polygon([200, lat], [200 + d, lat], [200 + d, lat + d], [200, lat])],
    ['a valid square in Stockholm', polygon([18.06, 59.33], [18.07, 59.33], [18.07, 59.34], [18.06, 59.34], [18.06, 59.33])],
    ['a Point', { type: 'Point', coordinates: [lon, lat] }],
    // RFC 7946 allows a height after longitude and latitude; the schema says it is ignored.
    [
      'positions with a height (valid)',
      { ...valid, coordinates: valid.coordinates.map((ring) => ring.map((position) => [...position, 50])) },
      { kind: 'accepted' },
    ],
  ]
  return geometries.map(([name, geometry, expect]) => ({
    name: `${field}: ${name}`,
    path,
    body: { ...body, [field]: geometry },
    expect: expect ?? refused(field),
  }))
}
