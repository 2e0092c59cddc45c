/**
 * Staff import place names and addresses (the municipality's address list) from CSV or GeoJSON
 * points in EPSG:4326, 3006 or 3008. Every row is checked and reported; a dry run only reports,
 * and a real import saves all rows in one transaction or, when any row has a problem, none.
 * A name already known (same kind) gets the new position.
 */
import type { Actor } from '../audit/audit-log.ts'
import { recordAudit } from '../audit/audit-log.ts'
import type { Database, Queryable } from '../db/database.ts'
import { invalidInput } from '../errors.ts'
import type { ImportPlacesBody, PlaceImportProblem, PlaceImportReport } from '../shared/api/report-schemas.ts'
import { parsePlaceRows } from './place-rows.ts'
import type { PlaceRow } from './place-rows.ts'

export async function importPlaces(db: Database, input: ImportPlacesBody, actor: Actor, requestId: string): Promise<PlaceImportReport> {
  const { rows, problems } = parsePlaceRows(input.format, input.content)
  problems.push(...(await placeProblems(db, rows, input.srid)))
  problems.sort((a, b) => a.row - b.row)
  const problemRows = new Set(problems.map((problem) => problem.row))
  const accepted = rows.filter((row) => !problemRows.has(row.row)).length
  if (input.dry_run) return { saved: false, accepted, problems }
  if (problems.length > 0) {
    throw invalidInput(problems.slice(0, 50).map((problem) => ({ field: 'content', message: problem.message, message_sv: problem.message_sv })))
  }
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO place_name (municipality_code, name, kind, source, geom)
       SELECT m.code, p.name, p.kind, 'import', p.geom
         FROM (SELECT name, kind, ST_Transform(ST_SetSRID(ST_MakePoint(x, y), $4::integer), 3006) AS geom
                 FROM unnest($1::text[], $2::text[], $3::float8[], $5::float8[]) AS t(name, kind, x, y)) p
         JOIN municipality m ON ST_Intersects(m.boundary, p.geom)
       ON CONFLICT (municipality_code, lower(name), kind) DO UPDATE SET geom = excluded.geom, source = 'import'`,
      [rows.map((r) => r.name), rows.map((r) => r.kind), rows.map((r) => r.x), input.srid, rows.map((r) => r.y)],
    )
    await recordAudit(tx, {
      actor,
      action: 'create',
      objectType: 'place_name',
      objectId: 'import',
      objectLabel: `${rows.length} ortnamn och adresser`,
      before: null,
      after: { format: input.format, srid: input.srid, places: rows.length },
      requestId,
    })
  })
  return { saved: true, accepted, problems: [] }
}

/** Rows whose point lies outside every municipality, or that repeat a name of the same kind. */
async function placeProblems(db: Queryable, rows: PlaceRow[], srid: number): Promise<PlaceImportProblem[]> {
  const problems: PlaceImportProblem[] = []
  const seen = new Map<string, number>()
  for (const row of rows) {
    const key = `${row.kind}|${row.name.toLowerCase()}`
    const first = seen.get(key)
    if (first !== undefined) {
      problems.push({
        row: row.row,
        message: `"${row.name}" is already on row ${first}.`,
        message_sv: `"${row.name}" finns redan på rad ${first}.`,
      })
    } else seen.set(key, row.row)
  }
  if (rows.length === 0) return problems
  const outside = await db.query<{ row: number }>(
    `SELECT t.row FROM unnest($1::int[], $2::float8[], $3::float8[]) AS t(row, x, y)
      WHERE NOT EXISTS (SELECT 1 FROM municipality m
                         WHERE ST_Intersects(m.boundary, ST_Transform(ST_SetSRID(ST_MakePoint(t.x, t.y), $4::integer), 3006)))
      ORDER BY t.row`,
    [rows.map((r) => r.row), rows.map((r) => r.x), rows.map((r) => r.y), srid],
  )
  for (const { row } of outside) {
    problems.push({
      row,
      message: `The point lies outside the municipality. Are the coordinates really in EPSG:${srid}?`,
      message_sv: `Punkten ligger utanför kommunen. Är koordinaterna verkligen i EPSG:${srid}?`,
    })
  }
  return problems
}
