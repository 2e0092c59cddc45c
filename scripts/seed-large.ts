/**
 * `npm run seed:large`: fills the configured database (DATABASE_URL, or the embedded one in
 * DATA_DIR, which must not be in use by a running server) with a big town – 100,000 reports,
 * 5,000 grannsamverkan areas, 500 walks, 2,000 measures, 50,000 survey answer sheets – replacing
 * any earlier one. An empty database gets the schema and the base and demo data first.
 * `SEED_REFERENCE_DATE=2026-11-23` fixes the day the histories run back from (default: today).
 */
import { generateLargeTown, LARGE_TOWN, todayAtNoon } from '../data/seed/large/large-town.ts'
import { isDatabaseEmpty, seedDatabase } from '../data/seed/seed.ts'
import { ConfigError, readConfig } from '../server/config.ts'
import { migrate } from '../server/db/migrate.ts'
import { openDatabase } from '../server/db/open-database.ts'
import { runCommand } from './run-command.ts'

await runCommand(async () => {
  const reference = process.env.SEED_REFERENCE_DATE ? new Date(`${process.env.SEED_REFERENCE_DATE}T12:00:00Z`) : todayAtNoon()
  if (Number.isNaN(reference.getTime())) throw new ConfigError(`SEED_REFERENCE_DATE must be a date such as 2026-11-23, not "${process.env.SEED_REFERENCE_DATE}"`)
  const db = await openDatabase(readConfig())
  try {
    const started = performance.now()
    await migrate(db)
    if (await isDatabaseEmpty(db)) {
      await seedDatabase(db, reference)
      console.log('The database was empty: base data, the 2016–2017 promise and demo data loaded.')
    }
    const rows = await generateLargeTown(db, LARGE_TOWN, reference)
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    console.log(`A large town dated back from ${reference.toISOString().slice(0, 10)} is in the ${db.kind} database (${seconds} s):`, rows)
  } finally {
    await db.close()
  }
})
