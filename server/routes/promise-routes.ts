import { idParams } from '../shared/api/fields.ts'
import { activityBody, indicatorBody, periodBody, periodUpdateBody, promiseBody } from '../shared/api/promise-schemas.ts'
import { createActivity, deleteActivity, listActivities } from '../promises/activity-records.ts'
import { createPeriod, findPeriod, listPeriods, publishPeriod, updatePeriod } from '../promises/period-records.ts'
import { promisePage } from '../promises/promise-progress.ts'
import { createIndicator, createPromise, deleteIndicator, deletePromise, updateIndicator, updatePromise } from '../promises/promise-records.ts'
import { todayInSweden } from '../today.ts'
import { municipalityFilter } from '../municipalities/municipality-list.ts'
import { checkRecordInScope } from '../municipalities/record-municipality.ts'
import { municipalityQuery } from '../shared/api/municipality-schemas.ts'
import { scopeOf } from '../municipalities/staff-scope.ts'
import { actorOf, defineRoute } from './api-route.ts'

/**
 * Medborgarlöften: the public reads published periods with their progress; every staff role
 * (the police and the municipality promise together) writes them, audited.
 */
export const promiseRoutes = [
  defineRoute({
    method: 'get',
    path: '/promise-periods',
    access: 'public',
    query: municipalityQuery,
    async handle({ query, deps, auth }) {
      const municipalityCode = await municipalityFilter(deps.db, query.kommun)
      return { body: { periods: await listPeriods(deps.db, auth !== null, { municipalityCode, draftScope: scopeOf(auth) }) } }
    },
  }),

  defineRoute({
    method: 'post',
    path: '/promise-periods',
    access: 'staff',
    body: periodBody,
    async handle({ body, deps, auth, req }) {
      return { status: 201, body: await createPeriod(deps.db, body, actorOf(auth), req.id as string, scopeOf(auth)) }
    },
  }),

  defineRoute({
    method: 'get',
    path: '/promise-periods/:id',
    access: 'public',
    params: idParams,
    async handle({ params, deps, auth }) {
      const period = await findPeriod(deps.db, params.id, auth !== null, scopeOf(auth))
      return { body: await promisePage(deps.db, period, todayInSweden()) }
    },
  }),

  defineRoute({
    method: 'put',
    path: '/promise-periods/:id',
    access: 'staff',
    params: idParams,
    body: periodUpdateBody,
    async handle({ params, body, deps, auth, req }) {
      await checkRecordInScope(deps.db, scopeOf(auth), 'promise_period', params.id)
      return { body: await updatePeriod(deps.db, params.id, body, actorOf(auth), req.id as string) }
    },
  }),

  defineRoute({
    method: 'post',
    path: '/promise-periods/:id/publish',
    access: 'staff',
    params: idParams,
    async handle({ params, deps, auth, req }) {
      await checkRecordInScope(deps.db, scopeOf(auth), 'promise_period', params.id)
      return { body: await publishPeriod(deps.db, params.id, actorOf(auth), req.id as string) }
    },
  }),

  defineRoute({
    method: 'post',
    path: '/promise-periods/:id/promises',
    access: 'staff',
    params: idParams,
    body: promiseBody,
    async handle({ params, body, deps, auth, req }) {
      await checkRecordInScope(deps.db, scopeOf(auth), 'promise_period', params.id)
      return { status: 201, body: await createPromise(deps.db, params.id, body, actorOf(auth), req.id as string) }
    },
  }),

  defineRoute({
    method: 'put',
    path: '/promises/:id',
    access: 'staff',
    params: idParams,
    body: promiseBody,
    async handle({ params, body, deps, auth, req }) {
      await checkRecordInScope(deps.db, scopeOf(auth), 'promise', params.id)
      return { body: await updatePromise(deps.db, params.id, body, actorOf(auth), req.id as string) }
    },
  }),

  defineRoute({
    method: 'delete',
    path: '/promises/:id',
    access: 'staff',
    params: idParams,
    async handle({ params, deps, auth, req }) {
      await checkRecordInScope(deps.db, scopeOf(auth), 'promise', params.id)
      await deletePromise(deps.db, params.id, actorOf(auth), req.id as string)
    },
  }),

  defineRoute({
    method: 'post',
    path: '/promises/:id/indicators',
    access: 'staff',
    params: idParams,
    body: indicatorBody,
    async handle({ params, body, deps, auth, req }) {
      await checkRecordInScope(deps.db, scopeOf(auth), 'promise', params.id)
      return { status: 201, body: await createIndicator(deps.db, params.id, body, actorOf(auth), req.id as string) }
    },
  }),

  defineRoute({
    method: 'put',
    path: '/promise-indicators/:id',
    access: 'staff',
    params: idParams,
    body: indicatorBody,
    async handle({ params, body, deps, auth, req }) {
      await checkRecordInScope(deps.db, scopeOf(auth), 'promise_indicator', params.id)
      return { body: await updateIndicator(deps.db, params.id, body, actorOf(auth), req.id as string) }
    },
  }),

  defineRoute({
    method: 'delete',
    path: '/promise-indicators/:id',
    access: 'staff',
    params: idParams,
    async handle({ params, deps, auth, req }) {
      await checkRecordInScope(deps.db, scopeOf(auth), 'promise_indicator', params.id)
      await deleteIndicator(deps.db, params.id, actorOf(auth), req.id as string)
    },
  }),

  defineRoute({
    method: 'get',
    path: '/promises/:id/activities',
    access: 'public',
    params: idParams,
    async handle({ params, deps, auth }) {
      return { body: { activities: await listActivities(deps.db, params.id, auth !== null, scopeOf(auth)) } }
    },
  }),

  defineRoute({
    method: 'post',
    path: '/promises/:id/activities',
    access: 'staff',
    params: idParams,
    body: activityBody,
    async handle({ params, body, deps, auth, req }) {
      await checkRecordInScope(deps.db, scopeOf(auth), 'promise', params.id)
      return { status: 201, body: await createActivity(deps.db, params.id, body, actorOf(auth), req.id as string) }
    },
  }),

  defineRoute({
    method: 'delete',
    path: '/promise-activities/:id',
    access: 'staff',
    params: idParams,
    async handle({ params, deps, auth, req }) {
      await checkRecordInScope(deps.db, scopeOf(auth), 'promise_activity', params.id)
      await deleteActivity(deps.db, params.id, actorOf(auth), req.id as string)
    },
  }),
]
