/**
 * The server as `npm start` runs it, as a child process: for tests of what only a real process
 * shows (its configuration check, signals, a kill in the middle of writes).
 */
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')

export interface ServerProcess {
  /** Everything it has written to stdout and stderr so far. */
  output: () => string
  /** Its exit code; `null` when a signal ended it. */
  exit: Promise<number | null>
  kill: (signal: NodeJS.Signals) => void
}

/** Starts `server/main.ts` with `env` over the test's environment (embedded database unless `DATABASE_URL` is given). */
export function runServer(env: Record<string, string>): ServerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'info', DATABASE_URL: '', ...env },
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  return {
    output: () => output,
    exit: once(child, 'exit').then(([code]) => code as number | null),
    kill: (signal) => child.kill(signal),
  }
}

/** Waits for the "listening" log line and returns the URL it names; throws when the process ends first. */
export async function listeningUrl(server: ServerProcess): Promise<string> {
  let exited = false
  void server.exit.then(() => (exited = true))
  for (let waited = 0; waited < 90_000 && !exited; waited += 100) {
    const line = server
      .output()
      .split('\n')
      .find((candidate) => candidate.includes('"msg":"listening"'))
    if (line) return (JSON.parse(line) as { url: string }).url
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`the server did not start:\n${server.output()}`)
}
