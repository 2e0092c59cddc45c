/**
 * Grannsamverkan coverage, computed in PostGIS: the share of each tätort covered by active areas,
 * the residents that share stands for (an estimate: the population spread evenly over the tätort),
 * the uncovered parts, overlapping areas, and reports of unsafe places in the uncovered parts.
 * The tätort outline is the only settlement data we hold, so "uncovered" means the tätort minus
 * the active areas, parks and industry included. Kommun staff see their own municipality's
 * tätorter, overlaps and reports; the police and admins the whole police area.
 */
import type { Queryable } from '../db/database.ts'
import { isInScope } from '../municipalities/staff-scope.ts'
import type { AreaOverlap, Coverage, CoverageHint, TownCoverage } from '../shared/api/coverage-schemas.ts'

// Enough to show where new areas could go; the newest reports first.
const HINT_LIMIT = 50

/** The figures are kept for the whole police area, with their municipalities; each caller's `scope` is picked from them. */
type TownRow = TownCoverage & { municipality_code: string }
type OverlapRow = AreaOverlap & { municipality_codes: [string, string] }

/**
 * The union of thousands of areas takes a few hundred milliseconds, while the register changes a
 * few times a day: the town figures and overlaps are kept per database and recomputed whenever the
 * areas' fingerprint changes. The fingerprint hashes every row's id and xmin (the transaction that
 * wrote it), so any committed insert, change or deletion – by the app or by hand – changes it, and
 * each server process answers from the database's current state. The hints are always fresh.
 */
const computed = new WeakMap<Queryable, { fingerprint: string; towns: TownRow[]; overlaps: OverlapRow[] }>()

export async function readCoverage(db: Queryable, scope: string | null = null): Promise<Coverage> {
  const fingerprint = await areasFingerprint(db)
  let known = computed.get(db)
  if (known?.fingerprint !== fingerprint) {
    const [towns, overlaps] = await Promise.all([townCoverage(db), areaOverlaps(db)])
    known = { fingerprint, towns, overlaps }
    computed.set(db, known)
  }
  const towns = known.towns.filter((town) => isInScope(scope, town.municipality_code)).map(({ municipality_code: _code, ...town }) => town)
  // An overlap across a municipal border is shown to both municipalities.
  const overlaps = known.overlaps
    .filter((overlap) => overlap.municipality_codes.some((code) => isInScope(scope, code)))
    .map(({ municipality_codes: _codes, ...overlap }) => overlap)
  return { towns, overlaps, hints: await coverageHints(db, scope) }
}

async function areasFingerprint(db: Queryable): Promise<string> {
  const [row] = await db.query<{ fingerprint: string }>(
    `SELECT concat_ws('|', md5(string_agg(id || ':' || xmin, ',' ORDER BY id)),
                      (SELECT count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) FROM urban_area)) AS fingerprint
       FROM watch_area`,
  )
  return row?.fingerprint ?? ''
}

function townCoverage(db: Queryable): Promise<TownRow[]> {
  return db.query<TownRow>(
    `WITH town AS (
       -- Each tätort unions only the active areas that touch it, then cuts the union to its outline.
       SELECT t.id, t.name, t.municipality_code, t.population, t.geom, ST_Area(t.geom) AS area,
              coalesce(ST_Intersection(t.geom, (SELECT ST_Union(w.geom) FROM watch_area w
                                                 WHERE w.status = 'active' AND ST_Intersects(w.geom, t.geom))),
                       'SRID=3006;POLYGON EMPTY'::geometry) AS covered
         FROM urban_area t
        WHERE t.kind = 'tatort')
     SELECT id, name, municipality_code, population, round(area)::integer AS area_m2, round(ST_Area(covered))::integer AS covered_m2,
            round((ST_Area(covered) / nullif(area, 0))::numeric, 4)::float8 AS covered_share,
            (round(population * ST_Area(covered) / nullif(area, 0) / 10) * 10)::integer AS residents_covered_estimate,
            CASE WHEN ST_Area(covered) >= area - 1 THEN NULL
                 ELSE ST_AsGeoJSON(ST_Transform(ST_SimplifyPreserveTopology(ST_Difference(geom, covered), 5), 4326), 6)::json
            END AS uncovered
       FROM town
      ORDER BY population DESC NULLS LAST, name`,
  )
}

async function areaOverlaps(db: Queryable): Promise<OverlapRow[]> {
  const rows = await db.query<{ a: number; b: number; a_name: string; b_name: string; a_code: string; b_code: string; overlap_m2: number }>(
    `SELECT a.id AS a, b.id AS b, a.name AS a_name, b.name AS b_name, a.municipality_code AS a_code, b.municipality_code AS b_code,
            round(ST_Area(ST_Intersection(a.geom, b.geom)))::integer AS overlap_m2
       FROM watch_area a JOIN watch_area b ON a.id < b.id AND ST_Intersects(a.geom, b.geom)
      WHERE a.status <> 'inactive' AND b.status <> 'inactive'
        AND ST_Relate(a.geom, b.geom, '2********')
        AND ST_Area(ST_Intersection(a.geom, b.geom)) > 1
      ORDER BY overlap_m2 DESC`,
  )
  return rows.map((row) => ({
    area_ids: [row.a, row.b],
    names: [row.a_name, row.b_name],
    overlap_m2: row.overlap_m2,
    municipality_codes: [row.a_code, row.b_code],
  }))
}

function coverageHints(db: Queryable, scope: string | null): Promise<CoverageHint[]> {
  return db.query<CoverageHint>(
    `SELECT r.id AS report_id, r.category, r.status, to_char(r.reported_at, 'YYYY-MM') AS reported_month, t.name AS town,
            json_build_array(round(ST_X(p.geom)::numeric, 6), round(ST_Y(p.geom)::numeric, 6)) AS coordinates
       FROM report r
       JOIN urban_area t ON t.kind = 'tatort' AND ST_Within(r.geom, t.geom)
       CROSS JOIN LATERAL (SELECT ST_Transform(r.geom, 4326) AS geom) p
      WHERE r.status <> 'rejected' AND ($2::text IS NULL OR r.municipality_code = $2)
        AND NOT EXISTS (SELECT 1 FROM watch_area w WHERE w.status = 'active' AND ST_Within(r.geom, w.geom))
      ORDER BY r.reported_at DESC, r.id DESC
      LIMIT $1`,
    [HINT_LIMIT, scope],
  )
}
