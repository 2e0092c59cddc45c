import { createIncidentBody, incidentCountsQuery, incidentListQuery } from '../shared/api/incident-schemas.ts'
import { createIncident, incidentCounts, listIncidents } from '../incidents/incidents.ts'
import { actorOf, defineRoute } from './api-route.ts'

/** Staff incident reports (EST): filed and read by staff; the public sees counts only. */
export const incidentRoutes = [
  defineRoute({
    method: 'post',
    path: '/incidents',
    access: 'staff',
    body: createIncidentBody,
    async handle({ body, auth, deps, req }) {
      return { status: 201, body: await createIncident(deps.db, body, actorOf(auth), req.id as string) }
    },
  }),

  defineRoute({
    method: 'get',
    path: '/incidents',
    access: 'staff',
    query: incidentListQuery,
    async handle({ query, deps }) {
      return { body: { incidents: await listIncidents(deps.db, query.days ?? 90) } }
    },
  }),

  defineRoute({
    method: 'get',
    path: '/incidents/counts',
    access: 'public',
    query: incidentCountsQuery,
    async handle({ query, deps }) {
      return { body: await incidentCounts(deps.db, query.year) }
    },
  }),
]
