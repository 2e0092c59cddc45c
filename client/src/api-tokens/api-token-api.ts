/** The admin screen's calls for API tokens; each takes the session's `call` (CSRF token, ended sessions). */
import type { ApiTokenList, ApiTokenSummary, CreateApiTokenBody, CreatedApiToken } from '../../../server/shared/api/api-token-schemas.ts'
import type { ApiCall } from '../data/staff-api.ts'

export const listApiTokens = async (call: ApiCall) => (await call<ApiTokenList>('GET', '/api/api-tokens')).tokens

/** The answer holds the token itself: the only time it is ever shown. */
export const createApiToken = (call: ApiCall, body: CreateApiTokenBody) => call<CreatedApiToken>('POST', '/api/api-tokens', body)

export const revokeApiToken = (call: ApiCall, id: number) =>
  call<ApiTokenSummary>('POST', `/api/api-tokens/${encodeURIComponent(String(id))}/revoke`)
