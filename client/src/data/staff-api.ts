/**
 * The staff API by resource. Each function takes the session's `call`, which adds the CSRF token
 * and notices an ended session (see session/session-provider.tsx).
 */
import type { AuditPage } from '../../../server/shared/api/audit-schemas.ts'
import type { PasswordChangeBody } from '../../../server/shared/api/auth-schemas.ts'
import type { CreateUserBody, UpdateUserBody, UserSummary } from '../../../server/shared/api/user-schemas.ts'
import type { ApiMethod } from './api-client.ts'

export type ApiCall = <T>(method: ApiMethod, path: string, body?: unknown) => Promise<T>

export const changeOwnPassword = (call: ApiCall, body: PasswordChangeBody) => call<void>('POST', '/api/auth/password', body)

export const listUsers = async (call: ApiCall) => (await call<{ users: UserSummary[] }>('GET', '/api/users')).users

export const createUser = (call: ApiCall, body: CreateUserBody) => call<UserSummary>('POST', '/api/users', body)

export const updateUser = (call: ApiCall, id: number, change: UpdateUserBody) =>
  call<UserSummary>('PATCH', `/api/users/${encodeURIComponent(String(id))}`, change)

/** One page of the audit log; `path` comes from `auditApiPath` (audit/audit-filter.ts). */
export const fetchAuditPage = (call: ApiCall, path: string) => call<AuditPage>('GET', path)
