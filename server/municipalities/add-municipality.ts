/**
 * Adds a municipality of the police area from its files: the boundary and, optionally, its
 * tätorter. Checked in PostGIS before anything is saved: a valid outline (one that only needs an
 * unambiguous repair is repaired, as a drawn area is), at least a square kilometre inside Sweden,
 * no more than a sliver shared with a municipality already there (neighbours' generalised borders
 * overlap by a few hundred square metres), and tätorter that lie inside it. Everything is saved
 * in one transaction with its audit entry, or nothing. The demo seed adds Storfors and Filipstad
 * through the same functions (data/seed/police-area.ts).
 */
import type { Actor } from '../audit/audit-log.ts'
import { recordAudit } from '../audit/audit-log.ts'
import type { Database, Queryable } from '../db/database.ts'
import type { FieldProblem } from '../errors.ts'
import { conflict, invalidInput } from '../errors.ts'
import { SWEDEN_BOX } from '../geometry/sweden-box.ts'
import type { MunicipalitySummary } from '../shared/api/municipality-schemas.ts'
import type { MunicipalityFiles, MunicipalityInput } from './municipality-files.ts'
import { readMunicipalityFiles } from './municipality-files.ts'
import { findMunicipality } from './municipality-list.ts'

export interface AuditContext {
  actor: Actor
  requestId?: string | undefined
}

/** Smaller than any Swedish municipality (Sundbyberg has about 9 km²): a smaller one is in the wrong CRS. */
const MIN_AREA_M2 = 1_000_000
/** The share of the new municipality that may lie inside others: a shared border's sliver, not a second copy. */
const MAX_OVERLAP_SHARE = 0.001
/** A tätort lies inside its municipality, but for the generalisation of both outlines. */
const MIN_URBAN_AREA_INSIDE = 0.99
/** Adding municipalities one at a time keeps the overlap check true. */
const ADD_MUNICIPALITY_LOCK = 17602016

const BOUNDARY = 'boundary_base64'
const URBAN_AREAS = 'urban_areas_base64'

/** Reads the files, then checks and saves in one transaction; answers the new municipality. */
export async function addMunicipality(db: Database, files: MunicipalityFiles, audit: AuditContext): Promise<MunicipalitySummary> {
  const input = await readMunicipalityFiles(db, files)
  return db.transaction((tx) => insertMunicipality(tx, input, audit))
}

/** Checks `input` in PostGIS and saves it in `tx`; a refusal (4xx) leaves nothing saved once the transaction ends. */
export async function insertMunicipality(tx: Queryable, input: MunicipalityInput, audit: AuditContext | null): Promise<MunicipalitySummary> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [ADD_MUNICIPALITY_LOCK])
  const [taken] = await tx.query<{ code: string; name: string }>('SELECT code, name FROM municipality WHERE code = $1 OR lower(name) = lower($2)', [
    input.code,
    input.name,
  ])
  if (taken) {
    throw conflict(
      'municipality_exists',
      `Kommunen finns redan: ${taken.name} (${taken.code}).`,
      `The municipality is there already: ${taken.name} (${taken.code}).`,
    )
  }
  const boundary = await checkBoundary(tx, input)
  const urbanAreas = await checkUrbanAreas(tx, input, boundary)
  await tx.query('INSERT INTO municipality (code, name, county, boundary) VALUES ($1, $2, $3, ST_GeomFromEWKT($4))', [
    input.code,
    input.name,
    input.county,
    boundary,
  ])
  for (const [index, area] of input.urbanAreas.entries()) {
    await tx.query(
      `INSERT INTO urban_area (municipality_code, name, kind, population, population_year, geom)
       VALUES ($1, $2, $3, $4, $5, ST_GeomFromEWKT($6))`,
      [input.code, area.name, area.kind, area.population, area.populationYear, urbanAreas[index]],
    )
  }
  const summary = await findMunicipality(tx, input.code)
  if (!summary) throw new Error('the municipality just saved is not there')
  if (audit) {
    await recordAudit(tx, {
      actor: audit.actor,
      action: 'create',
      objectType: 'municipality',
      objectId: input.code,
      objectLabel: input.name,
      before: null,
      after: {
        code: input.code,
        name: input.name,
        county: input.county,
        area_km2: summary.area_km2,
        urban_areas: input.urbanAreas.map((area) => area.name),
      },
      requestId: audit.requestId,
    })
  }
  return summary
}

interface BoundaryCheck {
  valid: boolean
  reason: string
  repairable: boolean
  area: number
  ewkt: string
  west: number
  south: number
  east: number
  north: number
}

/** The boundary in EPSG:3006 as EWKT, or a 400 naming what is wrong with it. */
async function checkBoundary(tx: Queryable, input: MunicipalityInput): Promise<string> {
  const [row] = await readable(BOUNDARY, () =>
    tx.query<BoundaryCheck>(
      `WITH drawn AS (
         SELECT ST_Multi(ST_CollectionExtract(ST_Collect(ST_Transform(ST_SetSRID(ST_Force2D(ST_GeomFromGeoJSON(g)), $2::integer), 3006)), 3)) AS geom
           FROM unnest($1::text[]) AS g),
       repaired AS (
         SELECT drawn.geom AS drawn, ST_IsValid(drawn.geom) AS valid, ST_IsValidReason(drawn.geom) AS reason,
                CASE WHEN ST_IsValid(drawn.geom) THEN drawn.geom
                     ELSE ST_Multi(ST_CollectionExtract(ST_MakeValid(drawn.geom, 'method=structure'), 3)) END AS geom
           FROM drawn),
       box AS (SELECT repaired.*, ST_Transform(ST_Envelope(repaired.geom), 4326) AS wgs84 FROM repaired)
       SELECT valid, reason, ST_AsEWKT(geom) AS ewkt, ST_Area(geom)::float8 AS area,
              NOT valid AND NOT ST_IsEmpty(geom) AND abs(ST_Area(geom) - ST_Area(drawn)) <= 0.01 * ST_Area(drawn) AS repairable,
              ST_XMin(wgs84)::float8 AS west, ST_YMin(wgs84)::float8 AS south, ST_XMax(wgs84)::float8 AS east, ST_YMax(wgs84)::float8 AS north
         FROM box`,
      [input.boundary, input.srid],
    ),
  )
  if (!row) throw new Error('the boundary check returned no row')
  if (!row.valid && !row.repairable) {
    throw invalidInput([
      problem(
        `Gränsen är ingen giltig polygon (${row.reason}). Kontrollera att kanterna inte korsar varandra.`,
        `The boundary is not a valid polygon (${row.reason}). Check that its edges do not cross.`,
      ),
    ])
  }
  const inSweden = row.west >= SWEDEN_BOX.minLon && row.east <= SWEDEN_BOX.maxLon && row.south >= SWEDEN_BOX.minLat && row.north <= SWEDEN_BOX.maxLat
  if (!inSweden) {
    throw invalidInput([
      problem(
        `Gränsen ligger utanför Sverige. Är koordinaterna verkligen i EPSG:${input.srid}?`,
        `The boundary lies outside Sweden. Are the coordinates really in EPSG:${input.srid}?`,
      ),
    ])
  }
  if (row.area < MIN_AREA_M2) {
    const km2 = (row.area / 1e6).toFixed(2)
    throw invalidInput([
      problem(
        `Ytan är bara ${km2} km²: en kommun är större. Är koordinaterna verkligen i EPSG:${input.srid}?`,
        `The area is only ${km2} km²: a municipality is larger. Are the coordinates really in EPSG:${input.srid}?`,
      ),
    ])
  }
  const overlaps = await tx.query<{ code: string; name: string; overlap: number }>(
    `SELECT m.code, m.name, ST_Area(ST_Intersection(m.boundary, g.geom))::float8 AS overlap
       FROM municipality m, (SELECT ST_GeomFromEWKT($1) AS geom) g
      WHERE ST_Intersects(m.boundary, g.geom)
      ORDER BY m.added_order`,
    [row.ewkt],
  )
  const problems = overlaps
    .filter(({ overlap }) => overlap > MAX_OVERLAP_SHARE * row.area)
    .map(({ code, name, overlap }) => {
      const km2 = (overlap / 1e6).toFixed(1)
      const percent = Math.round((100 * overlap) / row.area)
      return problem(
        `Gränsen överlappar ${name} (${code}) med ${km2} km² (${percent} % av ytan). Är det rätt fil?`,
        `The boundary overlaps ${name} (${code}) by ${km2} km² (${percent} % of its area). Is it the right file?`,
      )
    })
  if (problems.length > 0) throw invalidInput(problems)
  return row.ewkt
}

/** Each tätort in EPSG:3006 as EWKT, in the input's order; a 400 listing every one that is wrong. */
async function checkUrbanAreas(tx: Queryable, input: MunicipalityInput, boundary: string): Promise<string[]> {
  if (input.urbanAreas.length === 0) return []
  const rows = await readable(URBAN_AREAS, () =>
    tx.query<{ n: number; valid: boolean; reason: string; repairable: boolean; inside: number; ewkt: string }>(
      `WITH drawn AS (
         SELECT n::integer AS n, ST_Multi(ST_Transform(ST_SetSRID(ST_Force2D(ST_GeomFromGeoJSON(g)), $2::integer), 3006)) AS geom
           FROM unnest($1::text[]) WITH ORDINALITY AS t(g, n)),
       repaired AS (
         SELECT n, drawn.geom AS drawn, ST_IsValid(drawn.geom) AS valid, ST_IsValidReason(drawn.geom) AS reason,
                CASE WHEN ST_IsValid(drawn.geom) THEN drawn.geom
                     ELSE ST_Multi(ST_CollectionExtract(ST_MakeValid(drawn.geom, 'method=structure'), 3)) END AS geom
           FROM drawn)
       SELECT n, valid, reason, ST_AsEWKT(geom) AS ewkt,
              NOT valid AND NOT ST_IsEmpty(geom) AND abs(ST_Area(geom) - ST_Area(drawn)) <= 0.01 * ST_Area(drawn) AS repairable,
              CASE WHEN ST_Area(geom) > 0 THEN (ST_Area(ST_Intersection(geom, ST_GeomFromEWKT($3))) / ST_Area(geom))::float8 ELSE 0 END AS inside
         FROM repaired ORDER BY n`,
      [input.urbanAreas.map((area) => area.geometry), input.urbanAreaSrid, boundary],
    ),
  )
  const problems: FieldProblem[] = []
  for (const row of rows) {
    const name = input.urbanAreas[row.n - 1]?.name ?? String(row.n)
    if (!row.valid && !row.repairable) {
      problems.push(problem(`Tätorten ${name} är ingen giltig polygon (${row.reason}).`, `The tätort ${name} is not a valid polygon (${row.reason}).`, URBAN_AREAS))
    } else if (row.inside < MIN_URBAN_AREA_INSIDE) {
      problems.push(
        problem(
          `Tätorten ${name} ligger utanför kommungränsen. Hör tätortsfilen till samma kommun?`,
          `The tätort ${name} lies outside the municipal boundary. Does the tätorter file belong to the same municipality?`,
          URBAN_AREAS,
        ),
      )
    }
  }
  if (problems.length > 0) throw invalidInput(problems.slice(0, 50))
  return rows.map((row) => row.ewkt)
}

const problem = (sv: string, en: string, field = BOUNDARY): FieldProblem => ({ field, message: en, message_sv: sv })

/** A geometry PostGIS cannot read at all (a ring that is not closed, too few points) is the file's problem, a 400. */
async function readable<T>(field: string, query: () => Promise<T>): Promise<T> {
  try {
    return await query()
  } catch (error) {
    if (!/^(XX|22)/.test(String((error as { code?: unknown }).code ?? ''))) throw error
    throw invalidInput([
      problem(
        `PostGIS kunde inte läsa en av geometrierna: ${(error as Error).message}`,
        `PostGIS could not read one of the geometries: ${(error as Error).message}`,
        field,
      ),
    ])
  }
}
