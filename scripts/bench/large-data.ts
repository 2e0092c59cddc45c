/**
 * The large data the scale bench measures: `npm run seed:large`'s big town, dated back from the
 * tests' reference day, on the PostGIS server and in an embedded folder under the system's temp
 * directory. A database whose town has the right counts and day is used as it is; otherwise it
 * is seeded (deterministic: the same counts and day give the same town).
 */
import os from 'node:os'
import path from 'node:path'
import { countLargeTown, generateLargeTown, LARGE_TOWN } from '../../data/seed/large/large-town.ts'
import type { LargeTownRows } from '../../data/seed/large/large-town.ts'
import { GENERATED_REPORT_TEXT } from '../../data/seed/large/large-reports.ts'
import { isDatabaseEmpty, seedDatabase } from '../../data/seed/seed.ts'
import type { Database } from '../../server/db/database.ts'
import { migrate } from '../../server/db/migrate.ts'
import { TEST_REFERENCE_DATE } from '../../tests/support/test-backends.ts'

/** As `SEED_REFERENCE_DATE` for `npm run seed:large`: the tests' day, so every run measures the same town. */
export const LARGE_REFERENCE_DATE = TEST_REFERENCE_DATE
/** Kept between runs: seeding it takes minutes, checking it a moment. */
export const EMBEDDED_LARGE_DIR = path.join(os.tmpdir(), 'trygg-bench-large-town')

export interface LargeData {
  rows: LargeTownRows
  /** Seconds spent seeding in this run; 0 when the town was already there. */
  seededSeconds: number
}

/** The counts a complete town has (contact persons and answers follow from the rest). */
function isComplete(rows: LargeTownRows): boolean {
  const { reports, areas, meetings, walks, observationsPerWalk, measures, answerSheets } = LARGE_TOWN
  return (
    rows.reports === reports &&
    rows.areas === areas &&
    rows.meetings === meetings &&
    rows.walks === walks &&
    rows.observations === walks * observationsPerWalk &&
    rows.measures === measures &&
    rows.answerSheets === answerSheets
  )
}

/** The generated reports run back ten years from the reference: the newest is within a day before it. */
async function isFromReferenceDay(db: Database): Promise<boolean> {
  const [row] = await db.query<{ newest: Date | null }>('SELECT max(reported_at) AS newest FROM report WHERE description = $1 AND is_demo', [
    GENERATED_REPORT_TEXT,
  ])
  const newest = row?.newest ? new Date(row.newest).getTime() : Number.NaN
  const reference = LARGE_REFERENCE_DATE.getTime()
  return newest <= reference && newest > reference - 24 * 3600 * 1000
}

/** Migrates, then seeds the large town unless the database already has it (as `npm run seed:large` would). */
export async function ensureLargeTown(db: Database): Promise<LargeData> {
  await migrate(db)
  const found = await countLargeTown(db)
  if (isComplete(found) && (await isFromReferenceDay(db))) return { rows: found, seededSeconds: 0 }
  const started = performance.now()
  if (await isDatabaseEmpty(db)) await seedDatabase(db, LARGE_REFERENCE_DATE)
  const rows = await generateLargeTown(db, LARGE_TOWN, LARGE_REFERENCE_DATE)
  return { rows, seededSeconds: (performance.now() - started) / 1000 }
}
