import type { Database } from '../../server/db/database.ts'
import { loadBaseData } from './base-data.ts'
import { insertDemoData } from './demo-data.ts'
import type { DemoCounts } from './demo-data.ts'

// Children before parents, so foreign keys never block the delete.
const DEMO_TABLES = [
  'walk_observation',
  'safety_walk',
  'meeting_area',
  'contact_person',
  'meeting',
  'watch_area',
  'report',
  'measure',
  'focus_zone',
] as const

export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const [row] = await db.query<{ empty: boolean }>('SELECT NOT EXISTS (SELECT 1 FROM municipality) AS empty')
  return row?.empty ?? true
}

/**
 * Loads the open base data and replaces the example (demo) rows with a fresh set for
 * `referenceDate`, in one transaction. Rows that are not demo data are never touched.
 */
export function seedDatabase(db: Database, referenceDate: Date): Promise<DemoCounts> {
  return db.transaction(async (tx) => {
    await loadBaseData(tx)
    await tx.query(
      'DELETE FROM meeting_area WHERE meeting_id IN (SELECT id FROM meeting WHERE is_demo) OR area_id IN (SELECT id FROM watch_area WHERE is_demo)',
    )
    for (const table of DEMO_TABLES.filter((name) => name !== 'meeting_area')) {
      await tx.query(`DELETE FROM ${table} WHERE is_demo`)
    }
    return insertDemoData(tx, referenceDate)
  })
}
