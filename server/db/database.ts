/** What every part of the server sees of the database, whichever backend runs it. */
export type DatabaseKind = 'embedded' | 'server'

export type Row = Record<string, unknown>

export interface Queryable {
  /** Runs one statement with `$n` parameters and returns its rows. */
  query<T extends object = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>
}

export interface Database extends Queryable {
  readonly kind: DatabaseKind
  /**
   * Runs `work` inside one transaction: committed when it resolves, rolled back when it throws.
   * On the embedded backend no other statement runs while the transaction is open.
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>
  /** The connections in use, for monitoring; the embedded database is one connection behind a lock. */
  connectionUse(): ConnectionUse
  close(): Promise<void>
}

export interface ConnectionUse {
  /** Open connections. */
  open: number
  /** Open connections doing nothing. */
  idle: number
  /** Queries and transactions waiting for a connection. */
  waiting: number
}
