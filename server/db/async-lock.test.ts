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
})
