import { hexGridQuery, hotspotQuery, situationQuery } from '../shared/api/planning-schemas.ts'
import { candidateSites } from '../planning/candidate-sites.ts'
import { hexGrid } from '../planning/hex-grid.ts'
import { situationPicture } from '../planning/situation-picture.ts'
import { scopeOf } from '../municipalities/staff-scope.ts'
import { defineRoute } from './api-route.ts'

/**
 * Analyses for planners and the weekly EST meeting: hotspots ranked as candidate sites, the
 * density grid, and the situation picture. Every staff role reads them; nothing here writes.
 */
export const planningRoutes = [
  defineRoute({
    method: 'get',
    path: '/planning/hotspots',
    access: 'staff',
    query: hotspotQuery,
    async handle({ query, auth, deps }) {
      return { body: await candidateSites(deps.db, { ...query, scope: scopeOf(auth) }) }
    },
  }),

  defineRoute({
    method: 'get',
    path: '/planning/hex-grid',
    access: 'staff',
    query: hexGridQuery,
    async handle({ query, auth, deps }) {
      return { body: await hexGrid(deps.db, { ...query, scope: scopeOf(auth) }) }
    },
  }),

  defineRoute({
    method: 'get',
    path: '/planning/situation',
    access: 'staff',
    query: situationQuery,
    async handle({ query, auth, deps }) {
      return { body: await situationPicture(deps.db, query.period, query.date, scopeOf(auth)) }
    },
  }),
]
