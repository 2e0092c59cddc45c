/**
 * Who may do what, cell by cell: every write route × every role (and the public), with the status
 * each must get. A route declared in server/routes/api-routes.ts – or registered on the app any
 * other way – that is missing here fails the first test.
 */
import type { Router } from 'express'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isWrite } from '../../server/routes/api-route.ts'
import { apiRoutes } from '../../server/routes/api-routes.ts'
import { roles } from '../../server/shared/roles.ts'
import type { Role } from '../../server/shared/roles.ts'
import { ApiSession, logInAs } from '../support/api-session.ts'
import type { RequestOptions } from '../support/api-session.ts'
import { routeExamples } from '../support/route-examples.ts'
import { backends } from '../support/test-backends.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

type Who = 'public' | Role
const everyone: Who[] = ['public', ...roles]

const writeMatrix: Record<string, Record<Who, number>> = {
  'POST /api/auth/login': { public: 200, polis: 200, kommun: 200, admin: 200 },
  'POST /api/auth/logout': { public: 204, polis: 204, kommun: 204, admin: 204 },
  'POST /api/auth/password': { public: 401, polis: 204, kommun: 204, admin: 204 },
  'POST /api/users': { public: 401, polis: 403, kommun: 403, admin: 201 },
  'PATCH /api/users/:id': { public: 401, polis: 403, kommun: 403, admin: 200 },
  'POST /api/api-tokens': { public: 401, polis: 403, kommun: 403, admin: 201 },
  'POST /api/api-tokens/:id/revoke': { public: 401, polis: 403, kommun: 403, admin: 200 },
  'POST /api/watch-areas': { public: 401, polis: 201, kommun: 403, admin: 201 },
  'POST /api/watch-areas/import': { public: 401, polis: 201, kommun: 403, admin: 201 },
  'PATCH /api/watch-areas/:id': { public: 401, polis: 200, kommun: 403, admin: 200 },
  'POST /api/watch-areas/:id/contacts': { public: 401, polis: 201, kommun: 403, admin: 201 },
  'PATCH /api/contacts/:id': { public: 401, polis: 200, kommun: 403, admin: 200 },
  'DELETE /api/contacts/:id': { public: 401, polis: 204, kommun: 403, admin: 204 },
  'POST /api/meetings': { public: 401, polis: 201, kommun: 403, admin: 201 },
  'DELETE /api/meetings/:id': { public: 401, polis: 204, kommun: 403, admin: 204 },
  'POST /api/reports': { public: 201, polis: 201, kommun: 201, admin: 201 },
  'POST /api/reports/:id/me-too': { public: 200, polis: 200, kommun: 200, admin: 200 },
  'PATCH /api/reports/:id': { public: 401, polis: 403, kommun: 200, admin: 200 },
  'POST /api/places/import': { public: 401, polis: 403, kommun: 201, admin: 201 },
  'POST /api/incidents': { public: 401, polis: 201, kommun: 201, admin: 201 },
  'POST /api/walks': { public: 401, polis: 403, kommun: 201, admin: 201 },
  'POST /api/measures': { public: 401, polis: 403, kommun: 201, admin: 201 },
  'PUT /api/measures/:id': { public: 401, polis: 403, kommun: 200, admin: 200 },
  'POST /api/measures/nearby-evidence': { public: 401, polis: 200, kommun: 200, admin: 200 },
  'PUT /api/walks/:id': { public: 401, polis: 403, kommun: 200, admin: 200 },
  'POST /api/walks/route-proposal': { public: 401, polis: 200, kommun: 200, admin: 200 },
  'POST /api/walks/:id/protocol/publish': { public: 401, polis: 403, kommun: 200, admin: 200 },
  'POST /api/walks/:id/protocol/withdraw': { public: 401, polis: 403, kommun: 200, admin: 200 },
  'POST /api/walks/:id/observations': { public: 401, polis: 201, kommun: 201, admin: 201 },
  'PUT /api/walk-observations/:id': { public: 401, polis: 403, kommun: 200, admin: 200 },
  'POST /api/promise-periods': { public: 401, polis: 201, kommun: 201, admin: 201 },
  'PUT /api/promise-periods/:id': { public: 401, polis: 200, kommun: 200, admin: 200 },
  'POST /api/promise-periods/:id/publish': { public: 401, polis: 200, kommun: 200, admin: 200 },
  'POST /api/promise-periods/:id/promises': { public: 401, polis: 201, kommun: 201, admin: 201 },
  'PUT /api/promises/:id': { public: 401, polis: 200, kommun: 200, admin: 200 },
  'DELETE /api/promises/:id': { public: 401, polis: 204, kommun: 204, admin: 204 },
  'POST /api/promises/:id/indicators': { public: 401, polis: 201, kommun: 201, admin: 201 },
  'PUT /api/promise-indicators/:id': { public: 401, polis: 200, kommun: 200, admin: 200 },
  'DELETE /api/promise-indicators/:id': { public: 401, polis: 204, kommun: 204, admin: 204 },
  'POST /api/promises/:id/activities': { public: 401, polis: 201, kommun: 201, admin: 201 },
  'DELETE /api/promise-activities/:id': { public: 401, polis: 204, kommun: 204, admin: 204 },
  'POST /api/promise-periods/:id/surveys': { public: 401, polis: 201, kommun: 201, admin: 201 },
  'PUT /api/surveys/:id': { public: 401, polis: 200, kommun: 200, admin: 200 },
  'POST /api/surveys/:id/questions': { public: 401, polis: 201, kommun: 201, admin: 201 },
  'PUT /api/survey-questions/:id': { public: 401, polis: 200, kommun: 200, admin: 200 },
  'DELETE /api/survey-questions/:id': { public: 401, polis: 204, kommun: 204, admin: 204 },
  'POST /api/external-figures': { public: 401, polis: 201, kommun: 201, admin: 201 },
  'PUT /api/external-figures/:id': { public: 401, polis: 200, kommun: 200, admin: 200 },
  'DELETE /api/external-figures/:id': { public: 401, polis: 204, kommun: 204, admin: 204 },
  'POST /api/surveys/:id/responses': { public: 201, polis: 201, kommun: 201, admin: 201 },
  'POST /api/jobs/:name/run': { public: 401, polis: 403, kommun: 403, admin: 200 },
  'POST /api/imports/watch-areas/preview': { public: 401, polis: 200, kommun: 403, admin: 200 },
  'POST /api/imports/watch-areas/save': { public: 401, polis: 201, kommun: 403, admin: 201 },
  'POST /api/imports/walk-routes/preview': { public: 401, polis: 403, kommun: 200, admin: 200 },
  'POST /api/imports/walk-routes/save': { public: 401, polis: 403, kommun: 201, admin: 201 },
  'POST /api/imports/measures/preview': { public: 401, polis: 403, kommun: 200, admin: 200 },
  'POST /api/imports/measures/save': { public: 401, polis: 403, kommun: 201, admin: 201 },
  'POST /api/municipalities': { public: 401, polis: 403, kommun: 403, admin: 201 },
}

const readMatrix: Record<string, Record<Who, number>> = {
  '/api/auth/session': { public: 200, polis: 200, kommun: 200, admin: 200 },
  '/api/promise-periods': { public: 200, polis: 200, kommun: 200, admin: 200 },
  '/api/promise-periods/1': { public: 200, polis: 200, kommun: 200, admin: 200 },
  '/api/surveys/open': { public: 200, polis: 200, kommun: 200, admin: 200 },
  '/api/surveys/1/results': { public: 200, polis: 200, kommun: 200, admin: 200 },
  '/api/surveys/1/free-texts': { public: 401, polis: 200, kommun: 200, admin: 200 },
  '/api/external-figures': { public: 200, polis: 200, kommun: 200, admin: 200 },
  '/api/users': { public: 401, polis: 403, kommun: 403, admin: 200 },
  '/api/api-tokens': { public: 401, polis: 403, kommun: 403, admin: 200 },
  '/api/audit': { public: 401, polis: 403, kommun: 403, admin: 200 },
  '/api/jobs': { public: 401, polis: 403, kommun: 403, admin: 200 },
  '/api/watch-areas': { public: 401, polis: 200, kommun: 200, admin: 200 },
  '/api/meetings': { public: 401, polis: 200, kommun: 200, admin: 200 },
  '/api/grannsamverkan/progress': { public: 200, polis: 200, kommun: 200, admin: 200 },
  '/api/grannsamverkan/active-areas': { public: 200, polis: 200, kommun: 200, admin: 200 },
  '/api/grannsamverkan/coverage': { public: 401, polis: 200, kommun: 200, admin: 200 },
  '/api/watch-areas/export?format=csv': { public: 401, polis: 200, kommun: 200, admin: 200 },
  '/api/watch-areas/export?format=csv&personal=true': { public: 401, polis: 200, kommun: 403, admin: 200 },
  '/api/reports': { public: 401, polis: 200, kommun: 200, admin: 200 },
  '/api/reports/1/original-texts': { public: 401, polis: 403, kommun: 200, admin: 200 },
  '/api/reports/nearby?lon=14.1075&lat=59.3098': { public: 200, polis: 200, kommun: 200, admin: 200 },
  '/api/reports/feed.atom': { public: 200, polis: 200, kommun: 200, admin: 200 },
  '/api/places?q=torget': { public: 200, polis: 200, kommun: 200, admin: 200 },
  '/api/incidents': { public: 401, polis: 200, kommun: 200, admin: 200 },
  '/api/incidents/counts?year=2026': { public: 200, polis: 200, kommun: 200, admin: 200 },
  '/api/walks': { public: 401, polis: 200, kommun: 200, admin: 200 },
  '/api/walks/1': { public: 401, polis: 200, kommun: 200, admin: 200 },
  '/api/walks/1/protocol': { public: 200, polis: 200, kommun: 200, admin: 200 },
  '/api/walks/stats': { public: 200, polis: 200, kommun: 200, admin: 200 },
  '/api/walks/calendar.ics': { public: 200, polis: 200, kommun: 200, admin: 200 },
  '/api/walks/unvisited-hotspots': { public: 401, polis: 200, kommun: 200, admin: 200 },
  '/api/municipalities': { public: 200, polis: 200, kommun: 200, admin: 200 },
}

const keyOf = (route: { method: string; path: string }) => `${route.method.toUpperCase()} /api${route.path}`
/** Writes served by a plain router, not declared in api-routes.ts; each has its own test file. */
const plainWrites = [
  'POST /api/open311/v2/requests.:format', // public, form-encoded; tests/api/open311.test.ts
]
const writeRoutes = apiRoutes.filter((route) => isWrite(route.method))

/** `METHOD path` of every route with a state-changing method that the app really serves. */
function registeredWrites(router: Router): string[] {
  const found: string[] = []
  for (const layer of router.stack) {
    const route = layer.route as { path: string; methods: Record<string, boolean> } | undefined
    if (route) {
      for (const method of Object.keys(route.methods).filter((name) => name !== 'get' && name !== 'head')) {
        found.push(`${method.toUpperCase()} ${route.path}`)
      }
    } else if (layer.name === 'router') {
      found.push(...registeredWrites(layer.handle as unknown as Router))
    }
  }
  return found
}

describe.each(backends)('the role matrix on the %s database', (backend) => {
  let server: TestServer
  const sessionFor = async (who: Who) => (who === 'public' ? new ApiSession(server.url) : logInAs(server.url, server.db, who))

  beforeAll(async () => {
    // Many logins from one address: the rate limits have their own test.
    server = await startTestServer({ backend, env: { LOGIN_RATE_LIMIT: '10000', LOGIN_ADDRESS_RATE_LIMIT: '10000', PUBLIC_WRITE_RATE_LIMIT: '10000', REPORT_RATE_LIMIT: '10000' } })
  })
  afterAll(() => server.close())

  it('lists every write route the app serves, and nothing else', () => {
    const declared = writeRoutes.map(keyOf).sort()
    expect(Object.keys(writeMatrix).sort()).toEqual(declared)
    const served = registeredWrites((server.app as unknown as { router: Router }).router).map((key) => key.replace(' ', ' /api'))
    expect(served.sort()).toEqual([...declared, ...plainWrites].sort())
    for (const key of declared) expect(routeExamples[key], `an example request for ${key}`).toBeDefined()
  })

  describe.each(writeRoutes.map(keyOf))('%s', (key) => {
    it.each(everyone)('as %s', async (who) => {
      const session = await sessionFor(who)
      const example = await routeExamples[key]!({ db: server.db })
      const method = key.split(' ')[0]!
      const answer = await session.request(method, example.path, { body: example.body })
      expect(answer.status, JSON.stringify(answer.body)).toBe(writeMatrix[key]![who])
      if (answer.status >= 400) {
        expect(answer.body.error.message_sv).toBeTruthy()
        expect(answer.body.error.code).toBe(answer.status === 401 ? 'not_logged_in' : 'forbidden')
      }
    })
  })

  it.each(Object.keys(readMatrix))('GET %s gets the expected status for everyone', async (path) => {
    for (const who of everyone) {
      const answer = await (await sessionFor(who)).get(path)
      expect(answer.status, `${who}: ${JSON.stringify(answer.body)}`).toBe(readMatrix[path]![who])
    }
  })

  describe('cross-site request forgery', () => {
    it.each(writeRoutes.map(keyOf))('%s refuses a session without its token, or from another site', async (key) => {
      const method = key.split(' ')[0]!
      const allowed = everyone.find((who) => who !== 'public' && writeMatrix[key]![who] < 300)! as Role
      const session = await logInAs(server.url, server.db, allowed)
      const forged: RequestOptions[] = [
        { withoutCsrf: true },
        { headers: { 'X-CSRF-Token': 'not-the-token' } },
        { headers: { Origin: 'https://evil.example' } },
        { headers: { 'Sec-Fetch-Site': 'cross-site' } },
      ]
      for (const options of forged) {
        const example = await routeExamples[key]!({ db: server.db })
        const answer = await session.request(method, example.path, { body: example.body, ...options })
        expect(answer.status, JSON.stringify(options)).toBe(403)
        expect(answer.body.error.code).toBe('csrf_failed')
      }
      // The same session still works with its token: nothing above ended or changed it.
      expect((await session.get('/api/auth/session')).body.user.role).toBe(allowed)
    })

    it('refuses a login posted from another site', async () => {
      const example = await routeExamples['POST /api/auth/login']!({ db: server.db })
      const answer = await new ApiSession(server.url).post(example.path, example.body, { headers: { Origin: 'https://evil.example' } })
      expect(answer.status).toBe(403)
    })
  })
})
