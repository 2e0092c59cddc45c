import { createIncidentBody, incidentCountsQuery, incidentListQuery } from '../shared/api/incident-schemas.ts'
import { createIncident, incidentCounts, listIncidents } from '../incidents/incidents.ts'
import { municipalityFilter } from '../municipalities/municipality-list.ts'
import { scopeOf } from '../municipalities/staff-scope.ts'
import { actorOf, defineRoute } from './api-route.ts'

/** Staff incident reports (EST): filed and read by staff; the public sees counts only. */
export const incidentRoutes = [
  defineRoute({
    method: 'post',
    path: '/incidents',
    access: 'staff',
    body: createIncidentBody,
    async handle({ body, auth, deps, req }) {
      return { status: 201, body: await createIncident(deps.db, body, actorOf(auth), req.id as string, scopeOf(auth)) }
    },
  }),

  defineRoute({
    method: 'get',
    path: '/incidents',
    access: 'staff',
    query: incidentListQuery,
    async handle({ query, auth, deps }) {
      return { body: { incidents: await listIncidents(deps.db, query.days ?? 90, scopeOf(auth)) } }
    },
  }),

  defineRoute({
    method: 'get',
    path: '/incidents/counts',
    access: 'public',
    query: incidentCountsQuery,
    async handle({ query, deps }) {
      return { body: await incidentCounts(deps.db, query.year, await municipalityFilter(deps.db, query.kommun)) }
    },
  }),
]
