import { idParams } from '../shared/api/fields.ts'
import { effectQuery, measureBody, measureListQuery, nearbyEvidenceBody } from '../shared/api/planning-schemas.ts'
import { measureEffects } from '../measures/measure-effects.ts'
import { createMeasure, findMeasure, listMeasures, replaceMeasure } from '../measures/measure-records.ts'
import { nearbyEvidence } from '../measures/nearby-evidence.ts'
import { scopeOf } from '../municipalities/staff-scope.ts'
import { actorOf, defineRoute } from './api-route.ts'

const planners = ['kommun', 'admin'] as const

/**
 * Environment measures: municipal planners create and change them, every staff member reads them
 * and whether they helped. The public sees planned and done measures through the OGC collection.
 * The fixed paths come before `/measures/:id`.
 */
export const measureRoutes = [
  defineRoute({
    method: 'get',
    path: '/measures/effects',
    access: 'staff',
    query: effectQuery,
    async handle({ query, auth, deps }) {
      return { body: { radius_m: query.radius_m, effects: await measureEffects(deps.db, query.radius_m, undefined, scopeOf(auth)) } }
    },
  }),

  defineRoute({
    method: 'post',
    path: '/measures/nearby-evidence',
    access: 'staff',
    body: nearbyEvidenceBody,
    async handle({ body, auth, deps }) {
      return { body: await nearbyEvidence(deps.db, body.geometry, body.radius_m, scopeOf(auth)) }
    },
  }),

  defineRoute({
    method: 'get',
    path: '/measures',
    access: 'staff',
    query: measureListQuery,
    async handle({ query, auth, deps }) {
      return { body: { measures: await listMeasures(deps.db, query.status, scopeOf(auth)) } }
    },
  }),

  defineRoute({
    method: 'post',
    path: '/measures',
    access: planners,
    body: measureBody,
    async handle({ body, deps, auth, req }) {
      return { status: 201, body: await createMeasure(deps.db, body, actorOf(auth), req.id as string, scopeOf(auth)) }
    },
  }),

  defineRoute({
    method: 'get',
    path: '/measures/:id',
    access: 'staff',
    params: idParams,
    async handle({ params, auth, deps }) {
      return { body: await findMeasure(deps.db, params.id, scopeOf(auth)) }
    },
  }),

  defineRoute({
    method: 'put',
    path: '/measures/:id',
    access: planners,
    params: idParams,
    body: measureBody,
    async handle({ params, body, deps, auth, req }) {
      return { body: await replaceMeasure(deps.db, params.id, body, actorOf(auth), req.id as string, scopeOf(auth)) }
    },
  }),
]
