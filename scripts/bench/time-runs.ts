/** The median and the 95th percentile of a series of runs, in milliseconds. */
export interface Timing {
  p50: number
  p95: number
}

/** Runs `work` one after another, `runs` times. */
export async function timeRuns(work: () => Promise<unknown>, runs: number): Promise<Timing> {
  const times: number[] = []
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now()
    await work()
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  const at = (share: number) => times[Math.min(times.length - 1, Math.floor(share * times.length))]!
  return { p50: at(0.5), p95: at(0.95) }
}
