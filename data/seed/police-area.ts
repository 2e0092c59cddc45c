/**
 * The rest of lokalpolisområde Kristinehamn: Storfors (1760) and Filipstad (1782), with their
 * tätorter, from Lantmäteriet's open data in `../open/police-area/` (CC0). Added through the same
 * functions as an admin's upload (server/municipalities/add-municipality.ts), so the files pass the
 * same checks. Real data, not demo data: a municipality already there is left as it is.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Queryable } from '../../server/db/database.ts'
import { insertMunicipality } from '../../server/municipalities/add-municipality.ts'
import { readMunicipalityFiles } from '../../server/municipalities/municipality-files.ts'

const policeAreaDir = path.resolve(import.meta.dirname, '../open/police-area')

/** The municipalities and their files, in the order they are added after Kristinehamn. */
export const POLICE_AREA_MUNICIPALITIES = [
  { code: '1760', boundary: 'storfors_boundary.geojson', urbanAreas: 'storfors_tatorter_lm.geojson' },
  { code: '1782', boundary: 'filipstad_boundary.geojson', urbanAreas: 'filipstad_tatorter_lm.geojson' },
] as const

export async function loadPoliceArea(tx: Queryable): Promise<void> {
  for (const municipality of POLICE_AREA_MUNICIPALITIES) {
    const [there] = await tx.query('SELECT 1 FROM municipality WHERE code = $1', [municipality.code])
    if (there) continue
    const files = {
      boundary: await readFile(path.join(policeAreaDir, municipality.boundary)),
      urbanAreas: await readFile(path.join(policeAreaDir, municipality.urbanAreas)),
    }
    await insertMunicipality(tx, await readMunicipalityFiles(tx, files), null)
  }
}
