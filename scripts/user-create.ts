/**
 * `npm run user:create -- --email anna@kristinehamn.se --role admin [--name "Anna Andersson"] [--municipality 1760]`
 * creates a staff account, typically the first admin. A kommun account works in the municipality
 * given; it must be given when the installation serves more than one (with one, that one is taken);
 * police and admin accounts have none. It asks for the password (twice, not shown)
 * or, when stdin is not a terminal, reads it from stdin: `echo "$PASSWORD" | npm run user:create …`.
 * With the embedded database, stop the server first: one process at a time owns its folder.
 */
import { parseArgs } from 'node:util'
import { readConfig } from '../server/config.ts'
import { migrate } from '../server/db/migrate.ts'
import { openDatabase } from '../server/db/open-database.ts'
import { AppError } from '../server/errors.ts'
import { createUserBody } from '../server/shared/api/user-schemas.ts'
import { roles } from '../server/shared/roles.ts'
import { createUser } from '../server/users/users.ts'
import { fieldProblems } from '../server/validation/field-problems.ts'
import { checkInput } from '../server/validation/parse-input.ts'
import { readPassword } from './read-password.ts'

const usage = `Usage: npm run user:create -- --email <address> --role <${roles.join('|')}> [--name "<full name>"] [--municipality <code>]`

function fail(message: string, code = 1): never {
  console.error(message)
  process.exit(code)
}

let options
try {
  options = parseArgs({
    options: { email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' }, municipality: { type: 'string' } },
    strict: true,
  }).values
} catch (error) {
  fail(`${(error as Error).message}\n${usage}`, 2)
}
if (!options.email || !options.role) fail(usage, 2)

const password = await readPassword(process.stdin.isTTY)
const input = checkInput(createUserBody, {
  email: options.email,
  role: options.role,
  password,
  ...(options.name !== undefined && { display_name: options.name }),
  ...(options.municipality !== undefined && { municipality_code: options.municipality }),
})
if (!input.success) {
  const problems = fieldProblems(input.error.issues).map((problem) => `  ${problem.field}: ${problem.message} (${problem.message_sv})`)
  fail(`The account was not created:\n${problems.join('\n')}`)
}

let config
try {
  config = readConfig()
} catch (error) {
  fail((error as Error).message)
}
const db = await openDatabase(config).catch((error: Error) => fail(error.message))
try {
  await migrate(db)
  const user = await createUser(db, input.data, { userId: null, label: 'cli' })
  console.log(`Created ${user.role} account ${user.email} (id ${user.id}) in the ${db.kind} database.`)
} catch (error) {
  if (error instanceof AppError) {
    const problems = (error.extra.fields ?? []).map((problem) => `\n  ${problem.field}: ${problem.message} (${problem.message_sv})`)
    fail(`The account was not created: ${error.messageEn} (${error.messageSv})${problems.join('')}`)
  }
  throw error
} finally {
  await db.close()
}
