import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { build } from 'vite'

const root = path.resolve(import.meta.dirname, '..')
const builtIndex = path.join(root, 'dist', 'client', 'index.html')
// What the built client is made from: its sources, and the server-side modules it imports.
const sources = [path.join(root, 'client'), path.join(root, 'server', 'shared'), path.join(root, 'vite.config.ts')]

/**
 * The newest modification time under `target`. `node_modules` is passed over: Vite and vitest keep
 * their caches in client/node_modules, and a test run must not make `npm start` rebuild.
 */
export async function newestChange(target: string): Promise<number> {
  const info = await stat(target)
  if (!info.isDirectory()) return info.mtimeMs
  const entries = (await readdir(target)).filter((entry) => entry !== 'node_modules')
  const times = await Promise.all(entries.map((entry) => newestChange(path.join(target, entry))))
  return Math.max(info.mtimeMs, ...times)
}

/** True when dist/client exists and is newer than every client source. */
export async function isClientBuildCurrent(): Promise<boolean> {
  const built = await stat(builtIndex).catch(() => undefined)
  if (!built) return false
  const newest = Math.max(...(await Promise.all(sources.map(newestChange))))
  return built.mtimeMs >= newest
}

/** Always a production build: under vitest NODE_ENV is `test`, which would bundle React's development build. */
export async function buildClient(): Promise<void> {
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({ configFile: path.join(root, 'vite.config.ts'), mode: 'production', logLevel: 'warn' })
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV
    else process.env.NODE_ENV = nodeEnv
  }
}
