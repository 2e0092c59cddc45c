import { idParams } from '../shared/api/fields.ts'
import { updateWatchAreaBody } from '../shared/api/watch-area-schemas.ts'
import { readWatchArea, updateWatchArea } from '../watch-areas/watch-area-records.ts'
import { actorOf, defineRoute } from './api-route.ts'

export const watchAreaRoutes = [
  defineRoute({
    method: 'get',
    path: '/watch-areas/:id',
    access: 'public',
    params: idParams,
    async handle({ params, auth, deps }) {
      return { body: await readWatchArea(deps.db, params.id, auth?.role) }
    },
  }),

  defineRoute({
    method: 'patch',
    path: '/watch-areas/:id',
    access: ['polis', 'admin'],
    params: idParams,
    body: updateWatchAreaBody,
    async handle({ params, body, auth, deps, req }) {
      return { body: await updateWatchArea(deps.db, params.id, body, actorOf(auth), auth.role, req.id as string) }
    },
  }),
]
