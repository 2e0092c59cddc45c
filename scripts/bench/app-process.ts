/** The app as `npm start` runs it, in a child process, for the bench to measure. */
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/** Every app the bench started, so a failed run stops them too. */
export const runningApps = new Set<ChildProcess>()

/** Starts `npm start`'s entry point and resolves when /api/health first answers 200. */
export async function startApp(env: Record<string, string>): Promise<{ child: ChildProcess; url: string; startMs: number }> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const started = performance.now()
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: 'warn', SEED_ON_EMPTY: 'false' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  runningApps.add(child)
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`)
    const ok = await fetch(`${url}/api/health`).then((response) => response.ok, () => false)
    if (ok) return { child, url, startMs: performance.now() - started }
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

export async function stopApp(child: ChildProcess) {
  runningApps.delete(child)
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  await exited
}

