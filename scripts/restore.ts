/**
 * `npm run restore -- FILE [--replace]`: restores a backup made by `npm run backup` into the
 * configured database. A database that already holds data is replaced only with --replace.
 * Stop the server first; start it again afterwards (it migrates an older backup forward).
 */
import { parseArgs } from 'node:util'
import { restoreBackup } from '../server/db/backup/backup.ts'
import { BackupError } from '../server/db/backup/backup-file.ts'
import { readConfig } from '../server/config.ts'
import { runCommand } from './run-command.ts'

await runCommand(async () => {
  const { values, positionals } = parseArgs({ options: { replace: { type: 'boolean', default: false } }, allowPositionals: true })
  const [file] = positionals
  if (!file || positionals.length > 1) throw new BackupError('Name one backup file: npm run restore -- FILE [--replace]')
  const { header, replacedKeptAt } = await restoreBackup(readConfig(), file, { replace: values.replace })
  console.log(`Restored the backup of ${header.created_at} (app ${header.app_version}, schema ${header.migrations.at(-1)}) into the ${header.backend} database.`)
  if (replacedKeptAt) console.log(`The database it replaced is kept in ${replacedKeptAt}; delete it when you no longer need it.`)
})
