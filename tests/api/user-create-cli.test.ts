/** `npm run user:create` as an installer would run it: a real process against each backend. */
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { verifyPassword } from '../../server/auth/password-hash.ts'
import type { Database } from '../../server/db/database.ts'
import { openEmbeddedDatabase } from '../../server/db/embedded-database.ts'
import { openServerDatabase } from '../../server/db/server-database.ts'
import { adminQuery } from '../support/server-admin.ts'
import { backends, serverTestUrl, withDatabaseName } from '../support/test-backends.ts'

const root = path.resolve(import.meta.dirname, '../..')

async function runCli(args: string[], stdin: string, env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/user-create.ts', ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', ...env },
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  child.stdin.end(stdin)
  const [code] = await once(child, 'exit')
  return { code: code as number, output }
}

/** A database for the command to write into, and a way to look inside once it is done. */
interface Target {
  env: Record<string, string>
  open(): Promise<Database>
  drop(): Promise<void>
}

async function embeddedTarget(): Promise<Target> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'trygg-cli-'))
  await cp(inject('embeddedTemplateDir'), dir, { recursive: true })
  return { env: { DATA_DIR: dir }, open: () => openEmbeddedDatabase(dir), drop: () => rm(dir, { recursive: true, force: true }) }
}

async function serverTarget(): Promise<Target> {
  const name = `trygg_cli_${process.pid}`
  await adminQuery(`DROP DATABASE IF EXISTS ${name}`)
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${inject('serverTemplateDatabase')}`)
  const url = withDatabaseName(serverTestUrl!, name)
  return { env: { DATABASE_URL: url }, open: () => openServerDatabase(url, 1), drop: () => adminQuery(`DROP DATABASE ${name}`) }
}

describe.each(backends)('npm run user:create on the %s database', (backend) => {
  let target: Target

  beforeAll(async () => {
    target = backend === 'embedded' ? await embeddedTarget() : await serverTarget()
  })
  afterAll(() => target.drop())

  it('creates the first admin with the password read from stdin, and logs it as the command line', async () => {
    const run = await runCli(['--email', 'Forsta.Admin@Kristinehamn.se', '--role', 'admin', '--name', 'Första Admin'], 'ett mycket hemligt lösenord\n', target.env)
    expect(run.output).toContain('Created admin account forsta.admin@kristinehamn.se')
    expect(run.code).toBe(0)
    expect(run.output).not.toContain('hemligt')

    const tooShort = await runCli(['--email', 'kort@kristinehamn.se', '--role', 'polis'], 'kort\n', target.env)
    expect(tooShort.code).toBe(1)
    expect(tooShort.output).toContain('password: At least 12 characters. (Minst 12 tecken.)')

    const twice = await runCli(['--email', 'forsta.admin@kristinehamn.se', '--role', 'polis'], 'ett annat långt lösenord\n', target.env)
    expect(twice.code).toBe(1)
    expect(twice.output).toContain('There is already an account')

    const db = await target.open()
    try {
      const users = await db.query<{ email: string; role: string; display_name: string; password_hash: string }>(
        'SELECT email, role, display_name, password_hash FROM app_user',
      )
      expect(users).toHaveLength(1)
      expect(users[0]).toMatchObject({ email: 'forsta.admin@kristinehamn.se', role: 'admin', display_name: 'Första Admin' })
      await expect(verifyPassword('ett mycket hemligt lösenord', users[0]!.password_hash)).resolves.toBe(true)
      const [entry] = await db.query<{ actor: string; action: string }>('SELECT actor, action FROM audit_entry')
      expect(entry).toEqual({ actor: 'cli', action: 'create' })
    } finally {
      await db.close()
    }
  })

  it('explains its usage when a flag is missing or unknown', async () => {
    for (const args of [['--email', 'a@b.se'], ['--email', 'a@b.se', '--role', 'admin', '--admin']]) {
      const run = await runCli(args, '', target.env)
      expect(run.code).toBe(2)
      expect(run.output).toContain('Usage: npm run user:create')
    }
    const badRole = await runCli(['--email', 'a@b.se', '--role', 'chef'], 'ett långt lösenord här\n', target.env)
    expect(badRole.code).toBe(1)
    expect(badRole.output).toContain('role: Choose one of: polis, kommun, admin.')
  })
})
