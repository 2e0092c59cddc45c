/**
 * Importing grannsamverkan areas from a GeoJSON file in EPSG:4326, 3006 or 3008. Every feature is
 * checked – its outline in PostGIS (valid, inside the municipality, repaired when that is
 * unambiguous), its name and status – and reported one by one. A dry run only reports; a real
 * import saves all features in one transaction, or none when any has a problem.
 */
import type { Actor } from '../audit/audit-log.ts'
import type { Database, Queryable } from '../db/database.ts'
import { AppError, invalidInput } from '../errors.ts'
import type { ImportSrid } from '../geometry/check-area-geometry.ts'
import { checkAreaGeometry } from '../geometry/check-area-geometry.ts'
import type { AreaGeometry } from '../shared/api/fields.ts'
import { areaGeometry, projectedAreaGeometry } from '../shared/api/fields.ts'
import type { ImportAreasBody, ImportFeatureReport, ImportProblem, ImportReport } from '../shared/api/import-schemas.ts'
import { watchAreaStatuses } from '../shared/api/watch-area-schemas.ts'
import type { Role } from '../shared/roles.ts'
import { fieldProblems } from '../validation/field-problems.ts'
import { checkInput } from '../validation/parse-input.ts'
import { insertWatchArea } from './watch-area-records.ts'

type Status = (typeof watchAreaStatuses)[number]

interface CheckedFeature {
  report: ImportFeatureReport
  geometry: AreaGeometry | null
  households: number | null
}

export async function importAreas(db: Database, input: ImportAreasBody, actor: Actor, role: Role, requestId?: string): Promise<ImportReport> {
  const srid = Number(input.crs.slice(5)) as ImportSrid
  const declared = declaredSrid(input.collection)
  if (declared !== null && declared !== srid) {
    throw new AppError(
      400,
      'crs_mismatch',
      `Filen säger att den är i EPSG:${declared}, men EPSG:${srid} valdes. Välj filens koordinatsystem.`,
      `The file says it is in EPSG:${declared}, but EPSG:${srid} was chosen. Choose the file's coordinate system.`,
    )
  }
  const checked: CheckedFeature[] = []
  for (const [index, feature] of input.collection.features.entries()) {
    checked.push(await checkFeature(db, index, feature, srid, input.name_property ?? 'name'))
  }
  const reports = checked.map((feature) => feature.report)
  if (input.dry_run) return { saved: false, features: reports, created_ids: [] }
  const problems = reports.flatMap((report) =>
    report.problems.map((problem) => ({
      field: `collection.features.${report.index}`,
      message: `${report.name ?? `Feature ${report.index + 1}`}: ${problem.message}`,
      message_sv: `${report.name ?? `Objekt ${report.index + 1}`}: ${problem.message_sv}`,
    })),
  )
  // All or nothing: one feature with a problem and nothing is saved.
  if (problems.length > 0) throw invalidInput(problems)

  // Saved through the same path as an area drawn on the map, audit entry included.
  const createdIds = await db.transaction(async (tx) => {
    const ids: number[] = []
    for (const { report, households, geometry } of checked) {
      // The file's own coordinates, checked again in the same way, so nothing is lost to rounding.
      const record = await insertWatchArea(
        tx,
        { name: report.name ?? '', status: report.status, households, geometry: geometry as AreaGeometry },
        actor,
        role,
        requestId,
        srid,
      )
      ids.push(record.id)
    }
    return ids
  })
  return { saved: true, features: reports, created_ids: createdIds }
}

async function checkFeature(
  db: Queryable,
  index: number,
  feature: ImportAreasBody['collection']['features'][number],
  srid: ImportSrid,
  nameProperty: string,
): Promise<CheckedFeature> {
  const properties = feature.properties ?? {}
  const problems: ImportProblem[] = []
  const rawName = properties[nameProperty]
  const name = typeof rawName === 'string' && rawName.trim() !== '' ? rawName.trim().slice(0, 200) : null
  if (!name) problems.push({ message: `No name in the property "${nameProperty}".`, message_sv: `Inget namn i egenskapen "${nameProperty}".` })
  const rawStatus = properties.status ?? 'planned'
  const status: Status = watchAreaStatuses.includes(rawStatus as Status) ? (rawStatus as Status) : 'planned'
  if (status !== rawStatus) {
    problems.push({
      message: `The status "${String(rawStatus)}" is not one of ${watchAreaStatuses.join(', ')}.`,
      message_sv: `Statusen "${String(rawStatus)}" är inte en av ${watchAreaStatuses.join(', ')}.`,
    })
  }
  const rawHouseholds = properties.households ?? null
  const households = Number.isInteger(rawHouseholds) && (rawHouseholds as number) > 0 ? (rawHouseholds as number) : null
  if (rawHouseholds !== null && households === null) {
    problems.push({
      message: `The number of households "${String(rawHouseholds)}" is not a positive whole number.`,
      message_sv: `Antalet hushåll "${String(rawHouseholds)}" är inte ett positivt heltal.`,
    })
  }

  const shape = checkInput(srid === 4326 ? areaGeometry : projectedAreaGeometry, withoutCrsMember(feature.geometry))
  let geometry: AreaGeometry | null = null
  let area: { area_m2: number; repaired: boolean; preview: unknown } | null = null
  if (!shape.success) {
    const first = fieldProblems(shape.error.issues)[0]
    problems.push({
      message: `The geometry is not a polygon that can be read${first ? `: ${first.message}` : '.'}`,
      message_sv: `Geometrin är ingen polygon som går att läsa${first ? `: ${first.message_sv}` : '.'}`,
    })
  } else {
    geometry = shape.data
    area = await checkOutline(db, geometry, srid, problems)
  }
  return {
    report: {
      index,
      name,
      status,
      ok: problems.length === 0,
      problems,
      area_m2: area?.area_m2 ?? null,
      repaired: area?.repaired ?? false,
      geometry: area?.preview ?? null,
    },
    geometry,
    households,
  }
}

/** The outline checked like a drawn one, and turned into WGS84 for the preview (and for saving). */
async function checkOutline(db: Queryable, geometry: AreaGeometry, srid: ImportSrid, problems: ImportProblem[]) {
  try {
    const checked = await checkAreaGeometry(db, geometry, null, { srid })
    const [row] = await db.query<{ area_m2: number; preview: unknown }>(
      `SELECT round(ST_Area(g))::integer AS area_m2, ST_AsGeoJSON(ST_Transform(g, 4326), 7)::json AS preview
         FROM ST_GeomFromEWKT($1) AS g`,
      [checked.ewkt],
    )
    return { area_m2: row?.area_m2 ?? 0, repaired: checked.repaired, preview: row?.preview ?? null }
  } catch (error) {
    const fields = error instanceof AppError ? error.extra.fields : undefined
    if (fields) problems.push(...fields.map(({ message, message_sv }) => ({ message, message_sv })))
    else if (isGeometryError(error)) problems.push(unreadableGeometry)
    else throw error
    return null
  }
}

/** PostGIS refusing the coordinates themselves (a transform that fails, a shape GEOS cannot read). */
const isGeometryError = (error: unknown) => /^(XX|22)/.test(String((error as { code?: unknown }).code ?? ''))

const unreadableGeometry: ImportProblem = {
  message: 'PostGIS could not read the geometry in the chosen coordinate system.',
  message_sv: 'PostGIS kunde inte läsa geometrin i det valda koordinatsystemet.',
}

/** Some tools (PostGIS among them) put a `crs` member on each geometry; the chosen CRS already says it. */
function withoutCrsMember(geometry: unknown): unknown {
  if (typeof geometry !== 'object' || geometry === null || !('crs' in geometry)) return geometry
  const rest = { ...(geometry as Record<string, unknown>) }
  delete rest.crs
  return rest
}

/** The EPSG code a file names in its (pre-RFC 7946) `crs` member, if it has one. */
function declaredSrid(collection: ImportAreasBody['collection']): number | null {
  const name = (collection as { crs?: { properties?: { name?: unknown } } }).crs?.properties?.name
  if (typeof name !== 'string') return null
  if (/CRS84$/i.test(name)) return 4326
  const code = /EPSG:{1,2}(\d+)$/i.exec(name)?.[1]
  return code ? Number(code) : null
}
