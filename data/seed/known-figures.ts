/**
 * Published external figures the app starts with (real data, not demo): Brå's NTU 2021 for
 * Kristinehamn and Sweden, as given in the project's domain notes. Staff add later years.
 */
import type { Queryable } from '../../server/db/database.ts'

/** Only into an installation without an NTU figure for 2021: once there, staff may correct its wording. */
export async function loadKnownFigures(tx: Queryable): Promise<void> {
  await tx.query(
    `INSERT INTO external_figure (municipality_code, source, year, label, value, national_value, citation)
     SELECT '1781', 'ntu', 2021, 'Känner sig mycket eller ganska otrygg ute ensam sent en kväll i sitt område', 30, 29,
            'Brå, Nationella trygghetsundersökningen (NTU) 2021, resultat för Kristinehamn och för hela landet'
      WHERE NOT EXISTS (SELECT 1 FROM external_figure WHERE municipality_code = '1781' AND source = 'ntu' AND year = 2021)`,
  )
}
