/**
 * The staff API by resource. Each function takes the session's `call`, which adds the CSRF token
 * and notices an ended session (see session/session-provider.tsx).
 */
import type { AuditPage } from '../../../server/shared/api/audit-schemas.ts'
import type { PasswordChangeBody } from '../../../server/shared/api/auth-schemas.ts'
import type { JobList, JobName } from '../../../server/shared/api/job-schemas.ts'
import type { CreateUserBody, UpdateUserBody, UserSummary } from '../../../server/shared/api/user-schemas.ts'
import { ApiError, errorFromResponse } from './api-client.ts'
import type { ApiMethod } from './api-client.ts'

export type ApiCall = <T>(method: ApiMethod, path: string, body?: unknown) => Promise<T>

export const changeOwnPassword = (call: ApiCall, body: PasswordChangeBody) => call<void>('POST', '/api/auth/password', body)

export const listUsers = async (call: ApiCall) => (await call<{ users: UserSummary[] }>('GET', '/api/users')).users

export const createUser = (call: ApiCall, body: CreateUserBody) => call<UserSummary>('POST', '/api/users', body)

export const updateUser = (call: ApiCall, id: number, change: UpdateUserBody) =>
  call<UserSummary>('PATCH', `/api/users/${encodeURIComponent(String(id))}`, change)

/** One page of the audit log; `path` comes from `auditApiPath` (audit/audit-filter.ts). */
export const fetchAuditPage = (call: ApiCall, path: string) => call<AuditPage>('GET', path)

/** The background jobs with their last runs (admins only). */
export const listJobs = async (call: ApiCall) => (await call<JobList>('GET', '/api/jobs')).jobs

/** Runs a job now and answers every job's state after it; a 409 `job_running` when it already runs. */
export const runJobNow = async (call: ApiCall, name: JobName) =>
  (await call<JobList>('POST', `/api/jobs/${encodeURIComponent(name)}/run`)).jobs

/** What `GET /api/health` says about the database; `schema` is missing when it could not be read. */
export interface HealthDatabase {
  kind: 'embedded' | 'server'
  postgis: string
  schema?: string | null
}

/** The app's health; when not healthy, `problem` is the reason (the server's, or "not reached"). */
export interface Health {
  healthy: boolean
  /** The app's version (package.json); null when the server was not reached. */
  version: string | null
  /** Null when the server was not reached or did not say. */
  database: HealthDatabase | null
  problem: ApiError | null
}

/**
 * The public health check; never throws. Read with fetch rather than `call`, because its 503
 * answer still says which database the server has, which the admin wants to see beside the reason.
 */
export async function fetchHealth(): Promise<Health> {
  let response: Response
  try {
    response = await fetch('/api/health', { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
  } catch {
    return { healthy: false, version: null, database: null, problem: new ApiError(0, 'network_error', '', '') }
  }
  const body = (await response.json().catch(() => null)) as { version?: string; database?: HealthDatabase } | null
  const database = body?.database ?? null
  const version = body?.version ?? null
  if (response.ok) return { healthy: true, version, database, problem: null }
  return { healthy: false, version, database, problem: errorFromResponse(response, body) }
}
