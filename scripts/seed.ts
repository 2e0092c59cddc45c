/**
 * `npm run seed`: replaces the demo (example) data with a fresh set, keeping every row that is
 * not demo data. `SEED_REFERENCE_DATE=2026-11-23` fixes the date the demo histories are relative to.
 */
import { migrateAndSeed } from '../data/seed/seed.ts'
import { readConfig } from '../server/config.ts'
import { openDatabase } from '../server/db/open-database.ts'

const referenceDate = process.env.SEED_REFERENCE_DATE ? new Date(process.env.SEED_REFERENCE_DATE) : new Date()
if (Number.isNaN(referenceDate.getTime())) {
  console.error(`SEED_REFERENCE_DATE must be a date such as 2026-11-23, not "${process.env.SEED_REFERENCE_DATE}"`)
  process.exit(1)
}

let config
try {
  config = readConfig()
} catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}
const db = await openDatabase(config)
try {
  const counts = await migrateAndSeed(db, referenceDate)
  console.log(`Demo data for ${referenceDate.toISOString().slice(0, 10)} loaded into the ${db.kind} database:`, counts)
} finally {
  await db.close()
}
