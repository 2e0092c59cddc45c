/**
 * GDAL's command-line tools (Debian's gdal-bin) as a GIS client of our OGC API – Features.
 * They run as child processes and asynchronously: the server under test answers them from the
 * same Node process, so a synchronous call would wait for an answer that can never come.
 */
import { execFile, execFileSync } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** GDAL's version when ogrinfo and ogr2ogr are installed with the OAPIF driver, otherwise why not. */
export function findGdal(): { version: string } | { missing: string } {
  try {
    const version = execFileSync('ogrinfo', ['--version'], { encoding: 'utf8' }).trim()
    execFileSync('ogr2ogr', ['--version'], { encoding: 'utf8' })
    const formats = execFileSync('ogrinfo', ['--formats'], { encoding: 'utf8' })
    if (!/^\s*OAPIF\b/m.test(formats)) return { missing: `${version} has no OAPIF driver` }
    return { version }
  } catch (error) {
    return { missing: `ogrinfo/ogr2ogr could not be run (${(error as Error).message.split('\n')[0]})` }
  }
}

export interface GdalRun {
  stdout: string
  stderr: string
}

/**
 * Runs `ogrinfo` or `ogr2ogr` with GDAL's debug output on (it names every URL fetched) and the
 * given configuration options (`--config NAME VALUE`, e.g. GDAL_HTTP_HEADERS).
 */
export async function runGdal(tool: 'ogrinfo' | 'ogr2ogr', args: string[], config: Record<string, string> = {}): Promise<GdalRun> {
  const configArgs = Object.entries(config).flatMap(([name, value]) => ['--config', name, value])
  try {
    return await run(tool, [...args, ...configArgs, '--debug', 'on'], { maxBuffer: 64 * 1024 * 1024, timeout: 120_000 })
  } catch (error) {
    const failed = error as Error & { stderr?: string }
    throw new Error(`${tool} ${args.join(' ')} failed: ${failed.message}\n${failed.stderr ?? ''}`, { cause: error })
  }
}

/** The URLs GDAL fetched over HTTP, in order, from its debug output (`HTTP: Fetch(url)`). */
export function fetchedUrls(debugOutput: string): string[] {
  return [...debugOutput.matchAll(/^HTTP: Fetch\((.*)\)$/gm)].map((match) => match[1]!)
}

/** The layer names `ogrinfo -so` lists for a data source: `1: name (title: …) (Point)`. */
export function listedLayers(ogrinfoOutput: string): string[] {
  return [...ogrinfoOutput.matchAll(/^\d+: (\S+)/gm)].map((match) => match[1]!)
}
