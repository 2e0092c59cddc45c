/**
 * Open311 GeoReport v2 (JSON) at /api/open311/v2, for other civic apps: our report categories as
 * services, a POSTed service request as a report (into moderation, like the web form's), and the
 * reports the public may see as service requests. Clients send form data, so this is a plain
 * router rather than a declared JSON route; its write goes through the same checks in the same
 * order (cross-site, the public-write limit, the body, the report schema and limit). Errors come
 * in Open311's shape. Mounted at /api before the session lookup: no session is ever read here.
 */
import express from 'express'
import type { Request, Response } from 'express'
import { checkCsrf } from '../auth/csrf.ts'
import type { Config } from '../config.ts'
import type { Database } from '../db/database.ts'
import { AppError, badRequest, notFound } from '../errors.ts'
import { handleOpen311Errors, unknownOpen311Path } from '../open311/open311-errors.ts'
import { readPlainQuery, readRequestQuery } from '../open311/open311-request-query.ts'
import { publicRequests } from '../open311/open311-requests.ts'
import { isServiceCode, serviceDefinition, serviceList } from '../open311/open311-services.ts'
import { submitOpen311Request } from '../open311/open311-submit.ts'
import { countPublicWrite } from './api-route.ts'
import { linkBase } from './request-origin.ts'

export interface Open311Deps {
  db: Database
  config: Pick<Config, 'publicUrl' | 'limits' | 'reportGridMetres'>
}

/** When the API below last changed in a way a client would notice (Open311 discovery's changeset). */
const CHANGESET = '2026-11-24T00:00:00Z'
const V2 = '/open311/v2'

export function open311Routes({ db, config }: Open311Deps): express.Router {
  const router = express.Router()
  const parsers = [
    express.urlencoded({ extended: false, limit: `${config.limits.bodyKilobytes}kb`, parameterLimit: 100 }),
    express.json({ limit: `${config.limits.bodyKilobytes}kb` }),
  ]
  const answer = (res: Response, status: number, body: unknown) => res.set('Cache-Control', 'no-store').status(status).json(body)

  router.get('/open311/discovery.:format', (req, res) => {
    jsonOnly(req)
    readPlainQuery(req.query)
    answer(res, 200, {
      changeset: CHANGESET,
      contact: 'Kristinehamns kommun, https://www.kristinehamn.se',
      key_service: 'Ingen API-nyckel behövs. / No API key is needed.',
      endpoints: [
        {
          specification: 'http://wiki.open311.org/GeoReport_v2',
          url: `${linkBase(req, config.publicUrl)}/api${V2}`,
          changeset: CHANGESET,
          type: 'production',
          formats: ['application/json'],
        },
      ],
    })
  })

  router.get(`${V2}/services.:format`, (req, res) => {
    jsonOnly(req)
    readPlainQuery(req.query)
    answer(res, 200, serviceList())
  })

  router.get(`${V2}/services/:service_code.:format`, (req, res) => {
    jsonOnly(req)
    readPlainQuery(req.query)
    const code = req.params.service_code ?? ''
    if (!isServiceCode(code)) {
      throw notFound('unknown_service', 'Det finns ingen tjänst med den tjänstekoden. Se services.json.', 'There is no service with that service code. See services.json.')
    }
    answer(res, 200, serviceDefinition(code, config.reportGridMetres))
  })

  router.get(`${V2}/requests.:format`, async (req, res) => {
    jsonOnly(req)
    const filter = readRequestQuery(req.query)
    answer(res, 200, await publicRequests(db, filter, config.reportGridMetres))
  })

  router.get(`${V2}/requests/:id.:format`, async (req, res) => {
    jsonOnly(req)
    readPlainQuery(req.query)
    const id = req.params.id ?? ''
    if (!/^[1-9][0-9]{0,9}$/.test(id) || Number(id) > 2_147_483_647) {
      throw badRequest('invalid_id', 'service_request_id ska vara ett heltal större än noll.', 'service_request_id must be a whole number above zero.')
    }
    const found = await publicRequests(db, { ids: [Number(id)] }, config.reportGridMetres)
    if (found.length === 0) {
      throw notFound('request_not_found', 'Det finns ingen publicerad rapport med det numret.', 'There is no published report with that number.')
    }
    answer(res, 200, found)
  })

  router.post(`${V2}/requests.:format`, async (req, res) => {
    jsonOnly(req)
    // Open311 clients are servers and send no Origin; a browser on another site does, and is refused.
    // No session is looked up on this router, so the session half of the check never applies.
    checkCsrf(req, config.publicUrl)
    await countPublicWrite(db, req.ip, config.limits)
    readPlainQuery(req.query)
    if (!req.is(['application/x-www-form-urlencoded', 'application/json'])) {
      throw new AppError(
        415,
        'form_or_json_required',
        'Skicka fälten som application/x-www-form-urlencoded eller application/json.',
        'Send the fields as application/x-www-form-urlencoded or application/json.',
      )
    }
    for (const parse of parsers) await runParser(parse, req, res)
    const base = linkBase(req, config.publicUrl)
    answer(res, 201, await submitOpen311Request(db, req.body, req.ip, { limits: config.limits, gridMetres: config.reportGridMetres, base }))
  })

  router.use('/open311', unknownOpen311Path)
  router.use('/open311', handleOpen311Errors)
  return router
}

/** GeoReport v2 names the format in the path; we serve JSON only (XML is the spec's other format). */
function jsonOnly(req: Request): void {
  if (req.params.format !== 'json') {
    throw badRequest('json_only', 'Bara JSON stöds: skriv .json i adressen.', 'Only JSON is supported: use .json in the address.')
  }
}

function runParser(parse: express.RequestHandler, req: Request, res: Response): Promise<void> {
  return new Promise((resolve, reject) => parse(req, res, (error?: unknown) => (error ? reject(error) : resolve())))
}
