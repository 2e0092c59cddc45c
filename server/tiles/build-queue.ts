/**
 * At most a few tiles built at once; the others wait their turn, first come first served. A
 * browser asks for twenty tiles of a view at once and a crawler for thousands: without a cap
 * they would take every database connection (or queue without end on the embedded database's
 * one), and a staff member's save would wait behind them. A waiting request costs a promise.
 */
export class BuildQueue {
  private running = 0
  private readonly waiting: (() => void)[] = []

  constructor(private readonly atOnce: number) {
    if (!Number.isInteger(atOnce) || atOnce < 1) throw new Error(`BuildQueue needs at least one build at once, not ${atOnce}`)
  }

  /** How many builds run now, and how many wait. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length }
  }

  /** Runs `build` once a slot is free; the slot passes to the next in line however `build` ends. */
  async run<T>(build: () => Promise<T>): Promise<T> {
    if (this.running < this.atOnce) this.running++
    else await new Promise<void>((resolve) => this.waiting.push(resolve))
    try {
      return await build()
    } finally {
      const next = this.waiting.shift()
      if (next) next()
      else this.running--
    }
  }
}
