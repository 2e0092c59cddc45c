import { describe, expect, it } from 'vitest'
import { AsyncLock } from './async-lock.ts'

describe('AsyncLock', () => {
  it('runs work one at a time, in the order asked, even when one fails', async () => {
    const lock = new AsyncLock()
    const log: string[] = []
    const step = (name: string, ms: number, fail = false) =>
      lock.run(async () => {
        log.push(`${name} start`)
        await new Promise((resolve) => setTimeout(resolve, ms))
        log.push(`${name} end`)
        if (fail) throw new Error(name)
        return name
      })
    const results = await Promise.allSettled([step('a', 30), step('b', 1, true), step('c', 1)])
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end'])
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
  })

  it('counts the holder and the waiters until each has settled', async () => {
    const lock = new AsyncLock()
    let release = () => {}
    const held = lock.run(() => new Promise<void>((resolve) => (release = resolve)))
    const waiting = lock.run(() => Promise.reject(new Error('fails')))
    expect(lock.pending).toBe(2)
    // The holder starts on the next tick.
    await new Promise((resolve) => setTimeout(resolve, 0))
    release()
    await held
    await expect(waiting).rejects.toThrow('fails')
    expect(lock.pending).toBe(0)
  })
})
