/**
 * A first-come first-served lock. PGlite is one connection: without this, a query from one
 * request could run inside another request's open transaction.
 */
export class AsyncLock {
  private tail: Promise<void> = Promise.resolve()
  private held = 0

  /** How many holders there are: the one running, and those waiting for it. */
  get pending(): number {
    return this.held
  }

  run<T>(work: () => Promise<T>): Promise<T> {
    this.held++
    const result = this.tail.then(work).finally(() => this.held--)
    // The next waiter starts when this one settles, whether it succeeded or failed.
    this.tail = result.then(
      () => undefined,
      () => undefined,
    )
    return result
  }
}
