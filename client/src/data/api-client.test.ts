import { describe, expect, it } from 'vitest'
import { ApiError, apiRequest } from './api-client.ts'

interface Sent {
  url: string
  init: RequestInit
}

function fakeFetch(response: () => Response) {
  const sent: Sent[] = []
  const fetch = (async (input: string | URL | Request, init: RequestInit = {}) => {
    sent.push({ url: String(input), init })
    return response()
  }) as typeof globalThis.fetch
  return { fetch, sent }
}

const headersOf = (sent: Sent | undefined) => (sent?.init.headers ?? {}) as Record<string, string>

describe('apiRequest', () => {
  it('sends writes as JSON with the CSRF token', async () => {
    const { fetch, sent } = fakeFetch(() => Response.json({ id: 3 }, { status: 201 }))
    const body = await apiRequest<{ id: number }>('POST', '/api/users', { body: { email: 'a@b.se' }, csrfToken: 'tok', fetch })
    expect(body).toEqual({ id: 3 })
    expect(sent[0]?.init.method).toBe('POST')
    expect(sent[0]?.init.body).toBe('{"email":"a@b.se"}')
    expect(headersOf(sent[0])).toMatchObject({ 'Content-Type': 'application/json', 'X-CSRF-Token': 'tok' })
  })

  it('sends an empty object on a write without a body, and no token on reads', async () => {
    const { fetch, sent } = fakeFetch(() => new Response(null, { status: 204 }))
    expect(await apiRequest('POST', '/api/auth/logout', { csrfToken: 'tok', fetch })).toBeUndefined()
    expect(sent[0]?.init.body).toBe('{}')
    await apiRequest('GET', '/api/users', { csrfToken: 'tok', fetch })
    expect(headersOf(sent[1])['X-CSRF-Token']).toBeUndefined()
    expect(sent[1]?.init.body).toBeUndefined()
  })

  it('turns the error envelope into an ApiError with fields and Retry-After', async () => {
    const { fetch } = fakeFetch(() =>
      Response.json(
        {
          error: {
            code: 'too_many_requests',
            message: 'Too many attempts.',
            message_sv: 'För många försök.',
            fields: [{ field: 'email', message: 'x', message_sv: 'y' }, { nonsense: true }],
          },
          requestId: 'req-1',
        },
        { status: 429, headers: { 'Retry-After': '120' } },
      ),
    )
    const error = await apiRequest('POST', '/api/auth/login', { fetch }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({
      status: 429,
      code: 'too_many_requests',
      messageSv: 'För många försök.',
      retryAfterSeconds: 120,
      requestId: 'req-1',
      fields: [{ field: 'email', message: 'x', message_sv: 'y' }],
    })
  })

  it('copes with an error page that is not JSON', async () => {
    const { fetch } = fakeFetch(() => new Response('<h1>Bad gateway</h1>', { status: 502 }))
    await expect(apiRequest('GET', '/api/users', { fetch })).rejects.toMatchObject({ status: 502, code: 'http_502', retryAfterSeconds: null })
  })

  it('reports an unreachable server as network_error', async () => {
    const fetch = (async () => {
      throw new TypeError('Failed to fetch')
    }) as typeof globalThis.fetch
    await expect(apiRequest('GET', '/api/auth/session', { fetch })).rejects.toMatchObject({ status: 0, code: 'network_error' })
  })
})
