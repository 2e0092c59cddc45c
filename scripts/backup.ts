/**
 * `npm run backup [-- --out FILE]`: backs up the configured database (DATABASE_URL, or the
 * embedded one in DATA_DIR, which must not be in use by a running server).
 * Without --out the file goes to .data/backups/ with the date in its name.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { createBackup } from '../server/db/backup/backup.ts'
import { readConfig } from '../server/config.ts'
import { runCommand } from './run-command.ts'

await runCommand(async () => {
  const { values } = parseArgs({ options: { out: { type: 'string' } } })
  const config = readConfig()
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const file = values.out ?? path.join('.data', 'backups', `trygghetskartan-${config.databaseUrl ? 'server' : 'embedded'}-${stamp}.backup`)
  const header = await createBackup(config, file)
  const megabytes = (header.payload_bytes / 1024 / 1024).toFixed(1)
  console.log(`Backed up the ${header.backend} database (schema ${header.migrations.at(-1)}, app ${header.app_version}) to ${file} (${megabytes} MB).`)
})
