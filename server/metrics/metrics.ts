/**
 * Metrics in Prometheus's text format (prom-client): requests and their latency by route, the time
 * database queries and transactions take, connection use, and background job runs. Each app has
 * its own registry, so two apps in one test process do not count into each other.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client'
import type { Database } from '../db/database.ts'

export interface Metrics {
  registry: Registry
  httpRequests: Counter<'method' | 'route' | 'status'>
  httpDuration: Histogram<'method' | 'route'>
  dbDuration: Histogram<'operation'>
  jobRuns: Counter<'job' | 'outcome'>
  jobDuration: Histogram<'job'>
  jobLastSuccess: Gauge<'job'>
}

const secondsBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

export function createMetrics(): Metrics {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry })
  const registers = [registry]
  return {
    registry,
    httpRequests: new Counter({
      name: 'http_requests_total',
      help: 'HTTP requests answered, by method, route pattern and status code.',
      labelNames: ['method', 'route', 'status'],
      registers,
    }),
    httpDuration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time from a request arriving to its answer being sent, by method and route pattern.',
      labelNames: ['method', 'route'],
      buckets: secondsBuckets,
      registers,
    }),
    dbDuration: new Histogram({
      name: 'db_operation_duration_seconds',
      help: 'Time a database query or a whole transaction took, including the wait for a connection.',
      labelNames: ['operation'],
      buckets: secondsBuckets,
      registers,
    }),
    jobRuns: new Counter({
      name: 'background_job_runs_total',
      help: 'Background job runs started by this process, by outcome (skipped: another process was running it).',
      labelNames: ['job', 'outcome'],
      registers,
    }),
    jobDuration: new Histogram({
      name: 'background_job_duration_seconds',
      help: 'How long a background job run took in this process.',
      labelNames: ['job'],
      buckets: [0.1, 0.5, 1, 5, 10, 30, 60, 300],
      registers,
    }),
    jobLastSuccess: new Gauge({
      name: 'background_job_last_success_timestamp_seconds',
      help: 'When a background job last finished without error in this process (Unix time).',
      labelNames: ['job'],
      registers,
    }),
  }
}

/** Connection use read at each scrape: open, idle, and waiting for a connection. */
export function watchConnections(metrics: Metrics, db: Database): void {
  new Gauge({
    name: 'db_connections',
    help: 'Database connections by state (the embedded database is one connection; waiting counts queued work).',
    labelNames: ['state'],
    registers: [metrics.registry],
    collect() {
      const use = db.connectionUse()
      this.set({ state: 'open' }, use.open)
      this.set({ state: 'idle' }, use.idle)
      this.set({ state: 'waiting' }, use.waiting)
    },
  })
}

/** The same database, timing every query and transaction. */
export function timedDatabase(db: Database, metrics: Metrics): Database {
  const timed = <T>(operation: 'query' | 'transaction', work: () => Promise<T>) => {
    const end = metrics.dbDuration.startTimer({ operation })
    return work().finally(() => end())
  }
  return {
    kind: db.kind,
    query: <T extends object>(sql: string, params?: readonly unknown[]) => timed('query', () => db.query<T>(sql, params)),
    transaction: (work) => timed('transaction', () => db.transaction(work)),
    connectionUse: () => db.connectionUse(),
    close: () => db.close(),
  }
}
