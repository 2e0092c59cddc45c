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
  // The triggers' own count (012's recount_report_places), over every public report's cell.
  await tx.query('SELECT recount_report_places(ARRAY(SELECT geom FROM report WHERE is_public_report_status(status)))')
  return true
}
