import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { newestChange } from './client-build.ts'

describe('newestChange', () => {
  let dir: string
  const at = (seconds: number) => new Date(seconds * 1000)

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'trygg-build-'))
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))

  /** Writes files with the given times, then dates every folder to 1000 s so only files count. */
  async function tree(files: Record<string, number>) {
    const folders = new Set([dir])
    for (const [relative, seconds] of Object.entries(files)) {
      const target = path.join(dir, relative)
      await mkdir(path.dirname(target), { recursive: true })
      await writeFile(target, 'x')
      await utimes(target, at(seconds), at(seconds))
      for (let folder = path.dirname(target); folder !== dir; folder = path.dirname(folder)) folders.add(folder)
    }
    for (const folder of folders) await utimes(folder, at(1000), at(1000))
  }

  it('finds the newest source file in nested folders', async () => {
    await tree({ 'src/a.ts': 2000, 'src/map/b.ts': 3000 })
    expect(await newestChange(dir)).toBe(3000_000)
  })

  it('passes over caches in node_modules', async () => {
    await tree({ 'src/a.ts': 2000, 'node_modules/.vite/results.json': 9000 })
    expect(await newestChange(dir)).toBe(2000_000)
  })
})
