import type { Database, Queryable } from '../db/database.ts'

/**
 * Counts the public reports per grid cell afresh (migration 012's public_report_place) when they
 * were counted for another cell width than `metres`, or never; afterwards the triggers keep them.
 * Returns whether it counted. Report writes wait while it does; a second server process starting at
 * once waits for the first and then finds the places counted.
 */
export function countReportPlaces(db: Database, metres: number): Promise<boolean> {
  return db.transaction((tx) => countReportPlacesIn(tx, metres))
}

/** `countReportPlaces` inside the caller's transaction. */
export async function countReportPlacesIn(tx: Queryable, metres: number): Promise<boolean> {
  await tx.query('LOCK TABLE report_grid IN EXCLUSIVE MODE')
  const [grid] = await tx.query<{ metres: number }>('SELECT metres FROM report_grid')
  if (grid?.metres === metres) return false
  await tx.query('LOCK TABLE report IN SHARE MODE')
  await tx.query(`INSERT INTO report_grid (metres) VALUES ($1) ON CONFLICT (only_row) DO UPDATE SET metres = EXCLUDED.metres`, [metres])
  await tx.query('DELETE FROM public_report_place')
  await tx.query(
    `INSERT INTO public_report_place (cell_x, cell_y, reports, first_report_id, geom, mercator_x, mercator_y)
     SELECT cell_x, cell_y, reports, first_report_id, centre, ST_X(ST_Transform(centre, 3857)), ST_Y(ST_Transform(centre, 3857))
       FROM (SELECT cell.x AS cell_x, cell.y AS cell_y, count(*) AS reports, min(r.id) AS first_report_id,
                    ST_SetSRID(ST_MakePoint((cell.x + 0.5) * $1::double precision, (cell.y + 0.5) * $1::double precision), 3006) AS centre
               FROM report AS r
              CROSS JOIN LATERAL (SELECT floor(ST_X(r.geom) / $1::double precision)::integer AS x,
                                         floor(ST_Y(r.geom) / $1::double precision)::integer AS y) AS cell
              WHERE is_public_report_status(r.status)
              GROUP BY cell.x, cell.y) AS counted`,
    [metres],
  )
  return true
}
