import { describe, expect, it } from 'vitest'
import { AppError } from '../../errors.ts'
import { DownloadLimiter } from './download-limiter.ts'

/** A build that runs until the test lets it finish (or fail). */
function controllable() {
  let finish!: (value: string) => void
  let fail!: (error: Error) => void
  const promise = new Promise<string>((resolve, reject) => {
    finish = resolve
    fail = reject
  })
  return { build: () => promise, finish, fail }
}

describe('DownloadLimiter', () => {
  it('runs two builds at once and refuses a third with 503 and Retry-After, in Swedish and English', async () => {
    const limiter = new DownloadLimiter(2)
    const [a, b] = [controllable(), controllable()]
    const first = limiter.run(a.build)
    const second = limiter.run(b.build)
    expect(limiter.active).toBe(2)
    const third = controllable()
    const refused = await limiter.run(third.build).then(
      () => undefined,
      (error: unknown) => error,
    )
    expect(refused).toBeInstanceOf(AppError)
    expect(refused).toMatchObject({ status: 503, code: 'downloads_busy', extra: { retryAfterSeconds: 5 } })
    expect((refused as AppError).messageSv).toMatch(/Försök igen om 5 sekunder/)
    expect((refused as AppError).messageEn).toMatch(/Try again in 5 seconds/)
    expect(limiter.active).toBe(2)

    a.finish('a')
    expect(await first).toBe('a')
    expect(limiter.active).toBe(1)
    // A slot is free again: a new build is taken.
    const fourth = controllable()
    const later = limiter.run(fourth.build)
    expect(limiter.active).toBe(2)
    b.finish('b')
    fourth.finish('d')
    expect(await Promise.all([second, later])).toEqual(['b', 'd'])
    expect(limiter.active).toBe(0)
  })

  it('frees the slot of a build that fails, and passes its error on', async () => {
    const limiter = new DownloadLimiter(1)
    const failing = controllable()
    const run = limiter.run(failing.build)
    expect(limiter.active).toBe(1)
    failing.fail(new Error('database gone'))
    await expect(run).rejects.toThrow('database gone')
    expect(limiter.active).toBe(0)
    // A build that throws before its first await frees it too.
    await expect(
      limiter.run(() => {
        throw new Error('at once')
      }),
    ).rejects.toThrow('at once')
    expect(limiter.active).toBe(0)
    expect(await limiter.run(async () => 'next')).toBe('next')
  })
})
