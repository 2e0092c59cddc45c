/**
 * The grannsamverkan register as a file: CSV (for a spreadsheet: semicolons and a byte-order mark,
 * as Swedish Excel expects, and the area's centre point) or GeoJSON (the outlines, WGS84). Contact
 * persons are included only when asked for; the route lets only the police and admins ask, and the
 * export is recorded in the audit log.
 */
import type { Actor } from '../audit/audit-log.ts'
import { recordAudit } from '../audit/audit-log.ts'
import type { Database } from '../db/database.ts'
import type { ApiFile } from '../routes/api-route.ts'
import type { RegisterExportQuery } from '../shared/api/export-schemas.ts'
import type { ContactPerson, RegisterEntry } from '../shared/api/watch-area-schemas.ts'
import { csvText } from '../shared/csv.ts'
import { readRegister } from './register.ts'

interface AreaShape {
  id: number
  signs_count: number
  signs_checked_on: string | null
  last_verified_on: string | null
  area_m2: number
  centre: [number, number]
  geometry: unknown
}

const columns = [
  'id', 'name', 'status', 'households', 'startup_meeting_on', 'last_verified_on', 'last_update_on', 'signs_count',
  'signs_condition', 'signs_checked_on', 'contact_count', 'area_m2', 'needs_update', 'longitude', 'latitude',
] as const

export async function exportRegister(
  db: Database,
  query: RegisterExportQuery,
  /** `scope`: kommun staff export their own municipality's areas only. */
  settings: { thresholdMonths: number; today: string; scope?: string | null },
  actor: Actor,
  requestId?: string,
): Promise<ApiFile> {
  const register = await readRegister(db, settings.thresholdMonths, settings.today, settings.scope ?? null)
  const shapes = await db.query<AreaShape>(
    `SELECT id, signs_count, signs_checked_on::text, last_verified_on::text, round(ST_Area(geom))::integer AS area_m2,
            json_build_array(round(ST_X(c)::numeric, 6), round(ST_Y(c)::numeric, 6)) AS centre,
            ST_AsGeoJSON(ST_ForcePolygonCCW(ST_Transform(geom, 4326)), 6)::json AS geometry
       FROM watch_area, LATERAL ST_Transform(ST_PointOnSurface(geom), 4326) AS c`,
  )
  const contacts = query.personal ? await contactsByArea(db) : undefined
  if (query.personal) {
    await db.transaction((tx) =>
      recordAudit(tx, {
        actor,
        action: 'export',
        objectType: 'watch_area',
        objectId: 'register',
        objectLabel: 'Grannsamverkansregistret med kontaktombud',
        before: null,
        after: { format: query.format, areas: register.length },
        requestId,
      }),
    )
  }
  // Two reads: an area created in between has no shape yet and waits for the next export.
  const shapeById = new Map(shapes.map((shape) => [shape.id, shape]))
  const rows = register.flatMap((entry) => {
    const shape = shapeById.get(entry.id)
    return shape ? [{ entry, shape, contacts: contacts?.get(entry.id) ?? [] }] : []
  })
  const name = `grannsamverkan-${settings.today}${query.personal ? '-med-kontaktombud' : ''}`
  return query.format === 'csv'
    ? { contentType: 'text/csv; charset=utf-8', filename: `${name}.csv`, content: toCsv(rows, query.personal) }
    : { contentType: 'application/geo+json', filename: `${name}.geojson`, content: toGeoJson(rows, query.personal) }
}

type Row = { entry: RegisterEntry; shape: AreaShape; contacts: ContactPerson[] }

function fields({ entry, shape }: Row) {
  return {
    id: entry.id,
    name: entry.name,
    status: entry.status,
    households: entry.households,
    startup_meeting_on: entry.startup_meeting_on,
    last_verified_on: shape.last_verified_on,
    last_update_on: entry.last_update_on,
    signs_count: shape.signs_count,
    signs_condition: entry.signs_condition,
    signs_checked_on: shape.signs_checked_on,
    contact_count: entry.contact_count,
    area_m2: shape.area_m2,
    needs_update: entry.reasons.join(' '),
    longitude: shape.centre[0],
    latitude: shape.centre[1],
  }
}

const describeContact = (contact: ContactPerson) =>
  [contact.name, contact.phone, contact.email, contact.is_main ? 'huvudkontakt' : null].filter(Boolean).join(', ')

function toCsv(rows: Row[], personal: boolean): string {
  const header = personal ? [...columns, 'contacts'] : [...columns]
  return csvText(
    header,
    rows.map((row) => {
      const values: unknown[] = Object.values(fields(row))
      if (personal) values.push(row.contacts.map(describeContact).join(' | '))
      return values
    }),
  )
}

function toGeoJson(rows: Row[], personal: boolean): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: rows.map((row) => ({
      type: 'Feature',
      id: row.entry.id,
      geometry: row.shape.geometry,
      properties: { ...fields(row), needs_update: row.entry.reasons, ...(personal && { contacts: row.contacts }) },
    })),
  })
}

async function contactsByArea(db: Database): Promise<Map<number, ContactPerson[]>> {
  const rows = await db.query<ContactPerson & { area_id: number }>(
    'SELECT area_id, id, name, phone, email, is_main FROM contact_person ORDER BY area_id, is_main DESC, name',
  )
  const byArea = new Map<number, ContactPerson[]>()
  for (const { area_id, ...contact } of rows) byArea.set(area_id, [...(byArea.get(area_id) ?? []), contact])
  return byArea
}
