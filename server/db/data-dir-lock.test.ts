import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { lockDataDir } from './data-dir-lock.ts'

describe('lockDataDir', () => {
  let dir: string
  const lockFile = () => path.join(dir, 'trygghetskartan.lock')

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'trygg-lock-'))
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))

  it('claims a free folder and gives it back', async () => {
    const unlock = await lockDataDir(dir)
    expect(await readFile(lockFile(), 'utf8')).toBe(String(process.pid))
    await unlock()
    await expect(readFile(lockFile(), 'utf8')).rejects.toThrow()
  })

  it('refuses a folder that another running process holds', async () => {
    // The parent process (vitest's) is certainly running.
    await writeFile(lockFile(), String(process.ppid))
    await expect(lockDataDir(dir)).rejects.toThrow(/in use by process/)
  })

  it('takes over a lock left by a process that is gone', async () => {
    await writeFile(lockFile(), '2147483646')
    const unlock = await lockDataDir(dir)
    expect(await readFile(lockFile(), 'utf8')).toBe(String(process.pid))
    await unlock()
  })
})
