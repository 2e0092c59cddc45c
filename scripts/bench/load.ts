/**
 * Load on loopback with autocannon, bounded in time, and the latencies it saw: p50/p95/p99 (kept
 * from every response: autocannon's summary has no p95) and requests per second.
 */
import autocannon from 'autocannon'

export interface Latency {
  p50: number
  p95: number
  p99: number
}

export interface LoadResult extends Latency {
  requests: number
  rps: number
  errors: number
  non2xx: number
  connections: number
  seconds: number
}

const percentile = (sorted: readonly number[], share: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? Number.NaN

export function latencyOf(times: readonly number[]): Latency {
  const sorted = [...times].sort((a, b) => a - b)
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), p99: percentile(sorted, 0.99) }
}

export interface LoadOptions {
  connections: number
  seconds: number
  /**
   * Paths taken in turn by whichever connection asks next, round after round (each lap asks for
   * every path once, not once per connection); the URL's own path when absent.
   */
  paths?: readonly string[]
  headers?: Record<string, string>
  /** Called with every response's status, for counting while the load runs. */
  onResponse?: (status: number) => void
}

/** Runs the load and resolves with what it measured; errors and non-2xx answers are counted, not thrown. */
export async function load(url: string, options: LoadOptions): Promise<LoadResult> {
  const times: number[] = []
  const origin = new URL(url).origin
  const paths = options.paths
  let next = 0
  const requests = paths && [
    { method: 'GET' as const, setupRequest: (request: autocannon.Request) => ({ ...request, path: paths[next++ % paths.length]! }) },
  ]
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: requests ? origin : url,
        connections: options.connections,
        duration: options.seconds,
        headers: options.headers ?? {},
        ...(requests ? { requests } : {}),
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    )
    instance.on('response', (_client: unknown, status: number, _bytes: number, responseTime: number) => {
      times.push(responseTime)
      options.onResponse?.(status)
    })
  })
  return {
    ...latencyOf(times),
    requests: times.length,
    rps: result.requests.average,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    connections: options.connections,
    seconds: options.seconds,
  }
}

/** The same, for a read that must answer 2xx every time: a failure means the bench measured nothing. */
export async function loadOk(url: string, options: LoadOptions): Promise<LoadResult> {
  const result = await load(url, options)
  if (result.errors > 0 || result.non2xx > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`)
  return result
}
