/**
 * The main read endpoints on the large data, under autocannon on loopback: OGC items of reports,
 * grannsamverkan areas and measures in the town's box, the promises page's API, and the police's
 * needs-update list of the register (with a polis session).
 */
import type { Database } from '../../server/db/database.ts'
import { createUser, updateUser } from '../../server/users/users.ts'
import { loadOk } from './load.ts'
import type { LoadResult } from './load.ts'
import { TOWN_BOX } from './tile-sample.ts'

const POLICE_ACCOUNT = { email: 'bench-polis@kristinehamn.example', password: 'bench-polislösenord-som-är-långt' }
export const ENDPOINT_CONNECTIONS = 10
/** Logins are rate limited per address and account; the bench logs in once a run, but runs often. */
export const BENCH_LOGIN_LIMITS = { LOGIN_RATE_LIMIT: '100000', LOGIN_ACCOUNT_RATE_LIMIT: '100000', LOGIN_ADDRESS_RATE_LIMIT: '100000' }

const townBbox = TOWN_BOX.join(',')

export interface Endpoint {
  name: string
  path: string
  /** Only with the polis session. */
  police?: boolean
}

/** The police account the needs-update list is read with (kept between runs, its password reset). */
export async function preparePoliceAccount(db: Database): Promise<void> {
  const [existing] = await db.query<{ id: number }>('SELECT id FROM app_user WHERE email = $1', [POLICE_ACCOUNT.email])
  const cli = { userId: null, label: 'cli' }
  if (existing) await updateUser(db, existing.id, { role: 'polis', disabled: false, password: POLICE_ACCOUNT.password }, cli)
  else await createUser(db, { ...POLICE_ACCOUNT, role: 'polis' }, cli)
}

/** The endpoints, with the published promise period the promises page opens on. */
export async function scaleEndpoints(db: Database): Promise<Endpoint[]> {
  const [period] = await db.query<{ id: number }>(`SELECT id FROM promise_period WHERE municipality_code = '1781' AND starts_on = '2016-01-01'`)
  if (!period) throw new Error('no 2016–2017 promise period')
  return [
    { name: 'items reports, town bbox, 1000', path: `/ogc/collections/reports/items?bbox=${townBbox}&limit=1000` },
    { name: 'items watch-areas, town bbox, 1000', path: `/ogc/collections/watch-areas/items?bbox=${townBbox}&limit=1000` },
    { name: 'items measures, town bbox, 1000', path: `/ogc/collections/measures/items?bbox=${townBbox}&limit=1000` },
    { name: 'promises page API', path: `/api/promise-periods/${period.id}` },
    { name: 'needs-update list (polis)', path: '/api/watch-areas', police: true },
  ]
}

async function logInPolice(url: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(POLICE_ACCOUNT),
  })
  const cookie = response.headers.getSetCookie()[0]?.split(';')[0]
  if (!response.ok || !cookie) throw new Error(`bench polis login failed: ${response.status}`)
  return cookie
}

/** Each endpoint for `seconds` with 10 connections, after one request to warm it. */
export async function benchEndpoints(url: string, endpoints: readonly Endpoint[], seconds: number): Promise<Record<string, LoadResult>> {
  const cookie = endpoints.some((endpoint) => endpoint.police) ? await logInPolice(url) : undefined
  const results: Record<string, LoadResult> = {}
  for (const endpoint of endpoints) {
    const headers: Record<string, string> = endpoint.police && cookie ? { cookie } : {}
    await fetch(`${url}${endpoint.path}`, { headers }).then((response) => response.arrayBuffer())
    results[endpoint.name] = await loadOk(`${url}${endpoint.path}`, { connections: ENDPOINT_CONNECTIONS, seconds, headers })
  }
  return results
}
