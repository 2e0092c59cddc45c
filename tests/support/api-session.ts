/**
 * Calls the API as a browser would: with the session cookie it was given and, on writes, the
 * CSRF token. Tests use one per person (the public, an officer, an admin, …).
 */
import type { Database } from '../../server/db/database.ts'
import type { Role } from '../../server/shared/roles.ts'
import { createUser } from '../../server/users/users.ts'

// Tests read answers loosely and let their expectations do the checking.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyJson = any

export interface ApiAnswer<T = AnyJson> {
  status: number
  body: T
  headers: Headers
}

export interface RequestOptions {
  /** Sent as JSON unless `rawBody` is given. */
  body?: unknown
  rawBody?: string
  headers?: Record<string, string>
  /** Leave out the CSRF token, as a forged request would. */
  withoutCsrf?: boolean
}

export class ApiSession {
  constructor(
    readonly baseUrl: string,
    public cookie: string | null = null,
    public csrfToken: string | null = null,
  ) {}

  async request<T = AnyJson>(method: string, path: string, options: RequestOptions = {}): Promise<ApiAnswer<T>> {
    const headers: Record<string, string> = {}
    if (options.body !== undefined || options.rawBody !== undefined) headers['Content-Type'] = 'application/json'
    if (this.cookie) headers.Cookie = this.cookie
    if (this.csrfToken && method !== 'GET' && !options.withoutCsrf) headers['X-CSRF-Token'] = this.csrfToken
    Object.assign(headers, options.headers)
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    })
    const text = await response.text()
    const isJson = response.headers.get('content-type')?.includes('json')
    return { status: response.status, body: isJson && text ? JSON.parse(text) : text, headers: response.headers }
  }

  get = <T = AnyJson>(path: string, options?: RequestOptions) => this.request<T>('GET', path, options)
  post = <T = AnyJson>(path: string, body: unknown, options?: RequestOptions) => this.request<T>('POST', path, { ...options, body })
  patch = <T = AnyJson>(path: string, body: unknown, options?: RequestOptions) => this.request<T>('PATCH', path, { ...options, body })
  put = <T = AnyJson>(path: string, body: unknown, options?: RequestOptions) => this.request<T>('PUT', path, { ...options, body })

  /** Logs in; the session cookie and CSRF token are kept for the next requests. */
  async logIn(email: string, password: string): Promise<ApiAnswer> {
    const answer = await this.post('/api/auth/login', { email, password })
    if (answer.status === 200) {
      this.cookie = answer.headers.getSetCookie()[0]?.split(';')[0] ?? null
      this.csrfToken = answer.body.csrf_token
    }
    return answer
  }
}

export const TEST_PASSWORD = 'ett långt testlösenord'

let accounts = 0

/**
 * A new staff account with the given role, straight in the database (as `npm run user:create` does).
 * A kommun account works in Kristinehamn (1781) unless another municipality is given.
 */
export async function createStaffAccount(
  db: Database,
  role: Role,
  municipalityCode = '1781',
): Promise<{ id: number; email: string; password: string }> {
  accounts += 1
  const email = `${role}.${accounts}.${process.pid}@kristinehamn.example`
  const municipality = role === 'kommun' ? { municipality_code: municipalityCode } : {}
  const user = await createUser(db, { email, role, password: TEST_PASSWORD, ...municipality }, { userId: null, label: 'test' })
  return { id: user.id, email, password: TEST_PASSWORD }
}

/** A logged-in session for a new account with the given role (a kommun account: in Kristinehamn unless said). */
export async function logInAs(baseUrl: string, db: Database, role: Role, municipalityCode?: string): Promise<ApiSession> {
  const account = await createStaffAccount(db, role, municipalityCode)
  const session = new ApiSession(baseUrl)
  const answer = await session.logIn(account.email, account.password)
  if (answer.status !== 200) throw new Error(`login as ${role} failed: ${answer.status} ${JSON.stringify(answer.body)}`)
  return session
}
