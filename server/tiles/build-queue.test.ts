import { describe, expect, it } from 'vitest'
import { BuildQueue } from './build-queue.ts'

/** A build that ends when told to. */
function controlled() {
  let finish!: (value: string) => void
  let fail!: (error: Error) => void
  const promise = new Promise<string>((resolve, reject) => {
    finish = resolve
    fail = reject
  })
  return { promise, finish, fail }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('BuildQueue', () => {
  it('runs at most its number of builds at once and starts the others in the order they came', async () => {
    const queue = new BuildQueue(2)
    const builds = [controlled(), controlled(), controlled(), controlled()]
    const started: number[] = []
    const results = builds.map((build, index) =>
      queue.run(() => {
        started.push(index)
        return build.promise
      }),
    )
    await settle()
    expect(started).toEqual([0, 1])
    expect(queue.load).toEqual({ running: 2, waiting: 2 })

    builds[1]!.finish('b')
    await settle()
    expect(started).toEqual([0, 1, 2])
    expect(queue.load).toEqual({ running: 2, waiting: 1 })

    // A failed build frees its slot as well, and its caller gets the error.
    builds[0]!.fail(new Error('database gone'))
    await expect(results[0]).rejects.toThrow('database gone')
    await settle()
    expect(started).toEqual([0, 1, 2, 3])

    builds[2]!.finish('c')
    builds[3]!.finish('d')
    expect(await Promise.all(results.slice(1))).toEqual(['b', 'c', 'd'])
    expect(queue.load).toEqual({ running: 0, waiting: 0 })
  })

  it('refuses a cap below one', () => {
    expect(() => new BuildQueue(0)).toThrow(/at least one/)
  })
})
