/**
 * Every `/api` route is declared as data: method, path, who may call it, and the schemas of its
 * input. `mountApiRoutes` is the one place that turns a declaration into an Express handler, so
 * each route gets the same checks in the same order:
 *   1. who: 401 without a session or API token; for a token 403 on the routes that are for people
 *      only (`refusesTokens`) and on a write when it may only read; 403 with the wrong role;
 *   2. for writes: cross-site request forgery (403), the public-write rate limit (429),
 *      `application/json` only (415);
 *   3. path, query and body against their schemas (400 listing each problem).
 * The role matrix test (tests/api/role-matrix.test.ts) walks every write route declared here.
 */
import express from 'express'
import type { Request, Response, Router } from 'express'
import { z } from 'zod'
import type { Actor } from '../audit/audit-log.ts'
import type { Auth } from '../auth/sessions.ts'
import { tokenLabel } from '../auth/api-tokens.ts'
import { checkCsrf } from '../auth/csrf.ts'
import type { Config } from '../config.ts'
import type { Database } from '../db/database.ts'
import { AppError, forbidden, notLoggedIn } from '../errors.ts'
import { countRequest } from '../limits/rate-limiter.ts'
import type { Logger } from '../logger.ts'
import type { Metrics } from '../metrics/metrics.ts'
import type { Role } from '../shared/roles.ts'
import { parseInput } from '../validation/parse-input.ts'

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete'

/** Who may call a route: anyone, anyone logged in, or the listed roles. */
export type Access = 'public' | 'staff' | readonly Role[]

export type ApiConfig = Pick<Config, 'publicUrl' | 'session' | 'limits' | 'reportGridMetres' | 'watchAreaUpdateMonths' | 'reportRetentionMonths'>

export interface ApiDeps {
  db: Database
  config: ApiConfig
  logger: Logger
  metrics: Metrics
}

export interface ApiCall<Body, Params, Query, Who = Auth | null> {
  body: Body
  params: Params
  query: Query
  /** The logged-in person: always there on routes that are not public. */
  auth: Who
  deps: ApiDeps
  req: Request
  res: Response
}

/** A file: a download when it has a file name (an export), otherwise shown in place (a photo, a feed). */
export interface ApiFile {
  contentType: string
  filename?: string
  content: string | Buffer
}

/** What a handler answers: JSON with a status (200 unless said), a file, or nothing (204). */
export type ApiResult = { status?: number; body: unknown } | { file: ApiFile } | undefined

export interface ApiRoute {
  method: Method
  path: string
  access: Access
  publicWriteLimit: boolean
  takesFile: boolean
  /**
   * Refused to API tokens whatever their role: accounts, tokens and logins (by path, below), and
   * routes declared `personalData`.
   */
  refusesTokens: boolean
  /** Checks the request's path, query and body against the schemas, then runs the handler. */
  run(req: Request, res: Response, deps: ApiDeps): Promise<ApiResult>
  /** The body's schema, for writes; the bad-input corpus builds its cases from it. */
  bodySchema?: z.ZodType
}

interface RouteSpec<
  A extends Access,
  BodySchema extends z.ZodType,
  ParamsSchema extends z.ZodType,
  QuerySchema extends z.ZodType,
> {
  method: Method
  path: string
  access: A
  /** Whether a public write counts against the public-write rate limit (default: it does). */
  publicWriteLimit?: boolean
  /** A route that carries a file (an import, a photo) takes the larger file limit instead of the body limit. */
  takesFile?: boolean
  /**
   * The route reads or writes personal data: residents' original texts, survey free texts, contact
   * persons, the audit log. Only a person who logs in may call it; an API token (a system, a GIS
   * client) gets 403 whatever its role.
   */
  personalData?: true
  body?: BodySchema
  params?: ParamsSchema
  query?: QuerySchema
  handle(
    call: ApiCall<z.output<BodySchema>, z.output<ParamsSchema>, z.output<QuerySchema>, A extends 'public' ? Auth | null : Auth>,
  ): Promise<ApiResult>
}

/** A write that takes no data (a DELETE) accepts no body, or an empty JSON object, and nothing else. */
const noBody = z.union([z.undefined(), z.object({}).strict()])

/** Declares a route; the handler receives its input already checked and typed. */
export function defineRoute<
  const A extends Access,
  BodySchema extends z.ZodType = z.ZodUndefined,
  ParamsSchema extends z.ZodType = z.ZodUnknown,
  QuerySchema extends z.ZodType = z.ZodUnknown,
>(spec: RouteSpec<A, BodySchema, ParamsSchema, QuerySchema>): ApiRoute {
  return {
    method: spec.method,
    path: spec.path,
    access: spec.access,
    publicWriteLimit: spec.access === 'public' && spec.publicWriteLimit !== false,
    takesFile: spec.takesFile ?? false,
    refusesTokens: spec.personalData === true || peopleOnlyPaths.test(spec.path),
    ...(spec.body && { bodySchema: spec.body }),
    async run(req, res, deps) {
      const params = spec.params ? parseInput(spec.params, req.params) : req.params
      const query = spec.query ? parseInput(spec.query, req.query) : req.query
      const body = spec.body ? parseInput(spec.body, req.body) : isWrite(spec.method) ? parseInput(noBody, req.body) : undefined
      // mountApiRoutes has checked access before running, so `auth` matches the declared access.
      const call = { body, params, query, auth: req.auth, deps, req, res }
      return spec.handle(call as Parameters<typeof spec.handle>[0])
    },
  }
}

export const isWrite = (method: Method) => method !== 'get'

export function mountApiRoutes(router: Router, routes: readonly ApiRoute[], deps: ApiDeps): void {
  const parseJson = express.json({ limit: `${deps.config.limits.bodyKilobytes}kb` })
  const parseImport = express.json({ limit: `${deps.config.limits.importKilobytes}kb` })
  for (const route of routes) {
    router[route.method](route.path, async (req, res) => {
      // A token first: it hears that tokens may not do this, not that its role may not.
      if (req.auth?.via === 'token') checkToken(route, req.auth)
      checkAccess(route.access, req.auth)
      if (isWrite(route.method)) {
        await checkWrite(route, req, deps)
        // Read only now, so a caller without the right has no body read at all.
        const parse = route.takesFile ? parseImport : parseJson
        await new Promise<void>((resolve, reject) => parse(req, res, (error?: unknown) => (error ? reject(error) : resolve())))
      }
      const result = await route.run(req, res, deps)
      res.set('Cache-Control', 'no-store')
      if (result === undefined) res.status(204).end()
      else if ('file' in result) sendFile(res, result.file)
      else res.status(result.status ?? 200).json(result.body)
    })
  }
}

function sendFile(res: Response, file: ApiFile): void {
  res.type(file.contentType)
  if (file.filename) res.attachment(file.filename)
  res.send(file.content)
}

function checkAccess(access: Access, auth: Auth | null): void {
  if (access === 'public') return
  if (!auth) throw notLoggedIn()
  if (access !== 'staff' && !access.includes(auth.role)) {
    throw forbidden('forbidden', 'Din roll får inte göra det här.', 'Your role may not do this.')
  }
}

/**
 * Accounts, API tokens and sessions are for people: a token never manages them, whatever its
 * role, so a leaked token cannot make itself a new one or an account. A route added below these
 * paths is covered without anyone remembering to.
 */
const peopleOnlyPaths = /^\/(users|api-tokens|auth)(\/|$)/

function checkToken(route: ApiRoute, auth: Auth): void {
  if (peopleOnlyPaths.test(route.path)) {
    throw forbidden(
      'token_not_allowed',
      'En API-nyckel kan inte hantera konton, API-nycklar eller inloggningar. Logga in som administratör för det.',
      'An API token cannot manage accounts, API tokens or logins. Log in as an admin for that.',
    )
  }
  if (route.refusesTokens) throw tokenPersonalData()
  if (isWrite(route.method) && auth.token?.scope !== 'read_write') {
    throw forbidden(
      'token_read_only',
      'API-nyckeln får bara läsa. Be en administratör om en nyckel som får läsa och skriva.',
      'The API token may only read. Ask an admin for a token that may read and write.',
    )
  }
}

/** A token asked for personal data: only a person who logs in may see or change it. */
export const tokenPersonalData = () =>
  forbidden(
    'token_not_allowed',
    'En API-nyckel får inte läsa eller ändra personuppgifter (ursprungliga texter, fritextsvar, kontaktombud, ändringsloggen). Logga in för det.',
    'An API token may not read or change personal data (original texts, free-text answers, contact persons, the audit log). Log in for that.',
  )

async function checkWrite(route: ApiRoute, req: Request, deps: ApiDeps): Promise<void> {
  checkCsrf(req, deps.config.publicUrl)
  if (route.publicWriteLimit) await countPublicWrite(deps.db, req.ip, deps.config.limits)
  // A body must be JSON; only a route that takes none (a DELETE, a "me too") may come without one.
  // An empty body with Content-Length: 0 (what fetch sends for a POST without one) is no body.
  const json = req.is('application/json')
  const empty = req.headers['content-length'] === '0'
  if ((json === false && !empty) || (route.bodySchema && !json)) {
    throw new AppError(
      415,
      'json_required',
      'Skicka uppgifterna som JSON (Content-Type: application/json).',
      'Send the data as JSON (Content-Type: application/json).',
    )
  }
}

/** Writes without a session, per client address: one count for every public write, Open311's too. */
export const countPublicWrite = (db: Database, address: string | undefined, limits: Config['limits']) =>
  countRequest(db, `public-write:${address}`, limits.publicWrite)

/**
 * Who made a write, for the audit log. A token's writes are named by the token; the account is the
 * admin who created it, who answers for the system that holds it.
 */
export function actorOf(auth: Auth): Actor & { userId: number } {
  if (auth.token) return { userId: auth.userId, label: tokenLabel(auth.token) }
  return { userId: auth.userId, label: auth.email, sessionId: auth.sessionId }
}
