import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

/** The JavaScript a browser must fetch before the first page can draw, and its size gzip-compressed. */
export interface InitialJavaScript {
  /** Asset paths as index.html names them: the entry module and every module it preloads. */
  files: string[]
  gzipBytes: number
}

/** The initial JavaScript of a built client (`dist/client`): what index.html loads and preloads. */
export async function initialJavaScript(clientDir: string): Promise<InitialJavaScript> {
  const html = await readFile(path.join(clientDir, 'index.html'), 'utf8')
  const entries = [...html.matchAll(/<script type="module"[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]!)
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]*\shref="([^"]+)"/g)].map((match) => match[1]!)
  const files = [...entries, ...preloads]
  return { files, gzipBytes: await gzipBytesOf(clientDir, files) }
}

/** The gzip-compressed size of built assets, given as the paths the browser asked for ("/assets/…"). */
export async function gzipBytesOf(clientDir: string, assetPaths: readonly string[]): Promise<number> {
  const sizes = await Promise.all(
    assetPaths.map(async (assetPath) => gzipSync(await readFile(path.join(clientDir, new URL(assetPath, 'http://x/').pathname))).length),
  )
  return sizes.reduce((sum, size) => sum + size, 0)
}
