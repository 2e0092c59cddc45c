import { createFigure, deleteFigure, listFigures, updateFigure } from '../figures/external-figures.ts'
import { idParams } from '../shared/api/fields.ts'
import { externalFigureBody } from '../shared/api/survey-schemas.ts'
import { municipalityFilter } from '../municipalities/municipality-list.ts'
import { checkRecordInScope } from '../municipalities/record-municipality.ts'
import { municipalityQuery } from '../shared/api/municipality-schemas.ts'
import { scopeOf } from '../municipalities/staff-scope.ts'
import { actorOf, defineRoute } from './api-route.ts'

/** SCB and NTU figures: public to read, staff enter them with their source. */
export const figureRoutes = [
  defineRoute({
    method: 'get',
    path: '/external-figures',
    access: 'public',
    query: municipalityQuery,
    async handle({ query, deps }) {
      return { body: { figures: await listFigures(deps.db, await municipalityFilter(deps.db, query.kommun)) } }
    },
  }),

  defineRoute({
    method: 'post',
    path: '/external-figures',
    access: 'staff',
    body: externalFigureBody,
    async handle({ body, deps, auth, req }) {
      return { status: 201, body: await createFigure(deps.db, body, actorOf(auth), req.id as string, scopeOf(auth)) }
    },
  }),

  defineRoute({
    method: 'put',
    path: '/external-figures/:id',
    access: 'staff',
    params: idParams,
    body: externalFigureBody,
    async handle({ params, body, deps, auth, req }) {
      await checkRecordInScope(deps.db, scopeOf(auth), 'external_figure', params.id)
      return { body: await updateFigure(deps.db, params.id, body, actorOf(auth), req.id as string) }
    },
  }),

  defineRoute({
    method: 'delete',
    path: '/external-figures/:id',
    access: 'staff',
    params: idParams,
    async handle({ params, deps, auth, req }) {
      await checkRecordInScope(deps.db, scopeOf(auth), 'external_figure', params.id)
      await deleteFigure(deps.db, params.id, actorOf(auth), req.id as string)
    },
  }),
]
