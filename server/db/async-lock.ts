/**
 * A first-come first-served lock. PGlite is one connection: without this, a query from one
 * request could run inside another request's open transaction.
 */
export class AsyncLock {
  private tail: Promise<void> = Promise.resolve()

  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work)
    // The next waiter starts when this one settles, whether it succeeded or failed.
    this.tail = result.then(
      () => undefined,
      () => undefined,
    )
    return result
  }
}
