/**
 * The one way the client calls `/api`: JSON in and out, the session's CSRF token on every write,
 * and every failure turned into an `ApiError` that carries the server's Swedish and English text.
 */

/** What was wrong with one field, as the server says it (`field` is '' for the payload as a whole). */
export interface ApiFieldProblem {
  field: string
  message: string
  message_sv: string
}

/** A failed call. `status` 0 and code `network_error` mean the server was not reached at all. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageEn: string,
    readonly messageSv: string,
    readonly fields: readonly ApiFieldProblem[] = [],
    /** From `Retry-After` on 429; null when the server gave none. */
    readonly retryAfterSeconds: number | null = null,
    readonly requestId: string | null = null,
  ) {
    super(messageEn || code)
    this.name = 'ApiError'
  }
}

export type ApiMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export interface ApiRequestOptions {
  /** Sent as JSON on writes; a write without one sends `{}`. */
  body?: unknown
  /** The session's token for `X-CSRF-Token`; the public (no session) sends none. */
  csrfToken?: string | null
  signal?: AbortSignal
  fetch?: typeof globalThis.fetch
}

export const CSRF_HEADER = 'X-CSRF-Token'

/** Calls the API and answers its JSON (undefined for 204 No Content). */
export async function apiRequest<T>(method: ApiMethod, path: string, options: ApiRequestOptions = {}): Promise<T> {
  const doFetch = options.fetch ?? globalThis.fetch
  const headers: Record<string, string> = { Accept: 'application/json' }
  const write = method !== 'GET'
  if (write) {
    headers['Content-Type'] = 'application/json'
    if (options.csrfToken) headers[CSRF_HEADER] = options.csrfToken
  }
  let response: Response
  try {
    response = await doFetch(path, {
      method,
      headers,
      body: write ? JSON.stringify(options.body ?? {}) : undefined,
      credentials: 'same-origin',
      signal: options.signal,
    })
  } catch (error) {
    // An abort is the caller's own doing, not a failure to report.
    if (options.signal?.aborted) throw error
    throw new ApiError(0, 'network_error', '', '')
  }
  if (response.status === 204) return undefined as T
  const body = await readJson(response)
  if (!response.ok) throw errorFromResponse(response, body)
  return body as T
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text()
  if (!text) return null
  try {
    return JSON.parse(text) as unknown
  } catch {
    return null
  }
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; message_sv?: unknown; fields?: unknown }
  requestId?: unknown
}

/** The server's error envelope; a proxy's HTML error page becomes a bare status with code `http_<status>`. */
export function errorFromResponse(response: Response, body: unknown): ApiError {
  const envelope = (typeof body === 'object' && body !== null ? body : {}) as ErrorBody
  const error = envelope.error ?? {}
  const text = (value: unknown) => (typeof value === 'string' ? value : '')
  const fields = Array.isArray(error.fields) ? error.fields.filter(isFieldProblem) : []
  const retryAfter = Number(response.headers.get('Retry-After'))
  return new ApiError(
    response.status,
    text(error.code) || `http_${response.status}`,
    text(error.message),
    text(error.message_sv),
    fields,
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
    text(envelope.requestId) || null,
  )
}

function isFieldProblem(value: unknown): value is ApiFieldProblem {
  if (typeof value !== 'object' || value === null) return false
  const problem = value as Record<string, unknown>
  return typeof problem.field === 'string' && typeof problem.message === 'string' && typeof problem.message_sv === 'string'
}
