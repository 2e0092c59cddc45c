import { z } from 'zod'
import { idParams } from '../shared/api/fields.ts'
import { hotspotQuery, observationBody, protocolEntryBody, publishProtocolBody, routeProposalBody, walkBody } from '../shared/api/walk-schemas.ts'
import { addObservation, observationPhoto, updateProtocolEntry } from '../walks/observations.ts'
import { publishProtocol, walkProtocol, withdrawProtocol } from '../walks/protocol.ts'
import { proposeRoute } from '../walks/route-proposal.ts'
import { unvisitedHotspots } from '../walks/unvisited-hotspots.ts'
import { walkCalendar } from '../walks/walk-calendar.ts'
import { createWalk, findWalk, listWalks, replaceWalk } from '../walks/walk-records.ts'
import { walkStatsByYear } from '../walks/walk-stats.ts'
import { municipalityFilter } from '../municipalities/municipality-list.ts'
import { scopeOf } from '../municipalities/staff-scope.ts'
import { municipalityQuery } from '../shared/api/municipality-schemas.ts'
import { actorOf, defineRoute } from './api-route.ts'
import { linkBase } from './request-origin.ts'

const planners = ['kommun', 'admin'] as const
const noQuery = z.object({}).strict()

/**
 * Safety walks: municipal staff plan them and write the protocol, every staff member can note
 * observations on the walk, and the public reads the calendar, the yearly count and published protocols.
 * The fixed paths come before `/walks/:id`.
 */
export const walkRoutes = [
  defineRoute({
    method: 'get',
    path: '/walks/calendar.ics',
    access: 'public',
    query: noQuery,
    async handle({ deps, req }) {
      const base = linkBase(req, deps.config.publicUrl)
      const host = deps.config.publicUrl ? new URL(deps.config.publicUrl).host : 'trygghetskartan'
      const calendar = await walkCalendar(deps.db, base, host)
      return { file: { contentType: 'text/calendar; charset=utf-8', content: calendar, filename: 'trygghetsvandringar.ics' } }
    },
  }),

  defineRoute({
    method: 'get',
    path: '/walks/stats',
    access: 'public',
    query: municipalityQuery,
    async handle({ query, deps }) {
      return { body: { years: await walkStatsByYear(deps.db, await municipalityFilter(deps.db, query.kommun)) } }
    },
  }),

  defineRoute({
    method: 'get',
    path: '/walks/unvisited-hotspots',
    access: 'staff',
    query: hotspotQuery,
    async handle({ query, auth, deps }) {
      return { body: { hotspots: await unvisitedHotspots(deps.db, { months: query.months, minPoints: query.min_points, scope: scopeOf(auth) }) } }
    },
  }),

  defineRoute({
    method: 'post',
    path: '/walks/route-proposal',
    access: 'staff',
    body: routeProposalBody,
    async handle({ body, deps }) {
      return { body: await proposeRoute(deps.db, body.start, body.stops) }
    },
  }),

  defineRoute({
    method: 'get',
    path: '/walks',
    access: 'staff',
    query: noQuery,
    async handle({ auth, deps }) {
      return { body: { walks: await listWalks(deps.db, scopeOf(auth)) } }
    },
  }),

  defineRoute({
    method: 'post',
    path: '/walks',
    access: planners,
    body: walkBody,
    async handle({ body, deps, auth, req }) {
      return { status: 201, body: await createWalk(deps.db, body, actorOf(auth), req.id as string, scopeOf(auth)) }
    },
  }),

  defineRoute({
    method: 'get',
    path: '/walks/:id',
    access: 'staff',
    params: idParams,
    async handle({ params, auth, deps }) {
      return { body: await findWalk(deps.db, params.id, scopeOf(auth)) }
    },
  }),

  defineRoute({
    method: 'put',
    path: '/walks/:id',
    access: planners,
    params: idParams,
    body: walkBody,
    async handle({ params, body, deps, auth, req }) {
      return { body: await replaceWalk(deps.db, params.id, body, actorOf(auth), req.id as string, scopeOf(auth)) }
    },
  }),

  defineRoute({
    method: 'get',
    path: '/walks/:id/protocol',
    access: 'public',
    params: idParams,
    async handle({ params, deps, auth }) {
      return { body: await walkProtocol(deps.db, params.id, auth !== null, scopeOf(auth)) }
    },
  }),

  defineRoute({
    method: 'post',
    path: '/walks/:id/protocol/publish',
    access: planners,
    params: idParams,
    body: publishProtocolBody,
    async handle({ params, body, deps, auth, req }) {
      return { body: await publishProtocol(deps.db, params.id, body.protocol_summary, actorOf(auth), req.id as string, scopeOf(auth)) }
    },
  }),

  defineRoute({
    method: 'post',
    path: '/walks/:id/protocol/withdraw',
    access: planners,
    params: idParams,
    async handle({ params, deps, auth, req }) {
      return { body: await withdrawProtocol(deps.db, params.id, actorOf(auth), req.id as string, scopeOf(auth)) }
    },
  }),

  defineRoute({
    method: 'post',
    path: '/walks/:id/observations',
    access: 'staff',
    takesFile: true,
    params: idParams,
    body: observationBody,
    async handle({ params, body, deps, auth, req }) {
      const limit = deps.config.limits.photoKilobytes
      const receipt = await addObservation(deps.db, params.id, body, actorOf(auth), limit, req.id as string, scopeOf(auth))
      return { status: receipt.already_received ? 200 : 201, body: receipt }
    },
  }),

  defineRoute({
    method: 'put',
    path: '/walk-observations/:id',
    access: planners,
    params: idParams,
    body: protocolEntryBody,
    async handle({ params, body, deps, auth, req }) {
      return { body: await updateProtocolEntry(deps.db, params.id, body, actorOf(auth), req.id as string, scopeOf(auth)) }
    },
  }),

  defineRoute({
    method: 'get',
    path: '/walk-observations/:id/photo',
    access: 'public',
    params: idParams,
    async handle({ params, deps, auth }) {
      return { file: await observationPhoto(deps.db, params.id, auth !== null, scopeOf(auth)) }
    },
  }),
]
