import type { Database, Queryable } from '../../server/db/database.ts'
import { migrate } from '../../server/db/migrate.ts'
import { loadBaseData } from './base-data.ts'
import { dayNumber } from './demo/dates.ts'
import { deleteDemoFollowUp, insertDemoFollowUp } from './demo/follow-up.ts'
import { loadKnownFigures } from './known-figures.ts'
import { loadPoliceArea } from './police-area.ts'
import { seedPlaceNames } from './place-names.ts'
import { insertDemoData } from './demo-data.ts'
import type { DemoCounts } from './demo-data.ts'
import { loadPromise2016To2017 } from './promise-2016-2017.ts'

// Children before parents; meeting_area rows go with their meetings and areas (ON DELETE CASCADE).
const DEMO_TABLES = ['walk_observation', 'safety_walk', 'contact_person', 'meeting', 'watch_area', 'report', 'measure', 'focus_zone', 'staff_incident']

// Real rows that hang on a demo row and would be deleted with it by a cascade.
const REAL_ROWS_ON_DEMO_PARENTS = `
  SELECT (SELECT count(*) FROM walk_observation o JOIN safety_walk w ON w.id = o.walk_id WHERE w.is_demo AND NOT o.is_demo)
       + (SELECT count(*) FROM contact_person c JOIN watch_area a ON a.id = c.area_id WHERE a.is_demo AND NOT c.is_demo)
       + (SELECT count(*) FROM meeting_area ma JOIN meeting m ON m.id = ma.meeting_id JOIN watch_area a ON a.id = ma.area_id
          WHERE m.is_demo <> a.is_demo)
       + (SELECT count(*) FROM report r JOIN report d ON d.id = r.duplicate_of WHERE d.is_demo AND NOT r.is_demo)
       + (SELECT count(*) FROM survey_response r JOIN survey s ON s.id = r.survey_id WHERE s.is_demo AND NOT r.is_demo) AS count`

export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const [row] = await db.query<{ empty: boolean }>('SELECT NOT EXISTS (SELECT 1 FROM municipality) AS empty')
  return row?.empty ?? true
}

/**
 * Loads the open base data and replaces the example (demo) rows with a fresh set for
 * `referenceDate`, in one transaction. Rows that are not demo data are never deleted: when real
 * data hangs on a demo row, nothing is changed and an error says so.
 */
export function seedDatabase(db: Database, referenceDate: Date): Promise<DemoCounts> {
  return db.transaction(async (tx) => {
    await loadBaseData(tx)
    await loadPoliceArea(tx)
    await loadPromise2016To2017(tx)
    await loadKnownFigures(tx)
    await deleteDemoRows(tx)
    const counts = await insertDemoData(tx, referenceDate)
    await insertDemoFollowUp(tx, dayNumber(referenceDate))
    await seedPlaceNames(tx)
    return counts
  })
}

/** Brings a database to the current schema and seeds it: what tests, the bench and `npm run seed` need. */
export async function migrateAndSeed(db: Database, referenceDate: Date): Promise<DemoCounts> {
  await migrate(db)
  return seedDatabase(db, referenceDate)
}

async function deleteDemoRows(tx: Queryable) {
  const [linked] = await tx.query<{ count: number }>(REAL_ROWS_ON_DEMO_PARENTS)
  if (Number(linked?.count) > 0) {
    throw new Error(
      `${linked?.count} real rows (observations, contact persons, meeting links, duplicate reports or survey answers) belong to demo rows; ` +
        'the demo data cannot be replaced without deleting them. Nothing was changed.',
    )
  }
  await deleteDemoFollowUp(tx)
  for (const table of DEMO_TABLES) await tx.query(`DELETE FROM ${table} WHERE is_demo`)
}
