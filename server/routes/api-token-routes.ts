import { createApiToken, listApiTokens, revokeApiToken } from '../auth/api-tokens.ts'
import type { ApiTokenList } from '../shared/api/api-token-schemas.ts'
import { createApiTokenBody } from '../shared/api/api-token-schemas.ts'
import { idParams } from '../shared/api/fields.ts'
import { actorOf, defineRoute } from './api-route.ts'

/** The admin screen's API tokens. A token itself is refused here (see `checkToken` in api-route.ts). */
export const apiTokenRoutes = [
  defineRoute({
    method: 'get',
    path: '/api-tokens',
    access: ['admin'],
    async handle({ deps }) {
      const body: ApiTokenList = { tokens: await listApiTokens(deps.db) }
      return { body }
    },
  }),

  defineRoute({
    method: 'post',
    path: '/api-tokens',
    access: ['admin'],
    body: createApiTokenBody,
    async handle({ body, auth, deps, req }) {
      return { status: 201, body: await createApiToken(deps.db, body, actorOf(auth), req.id as string) }
    },
  }),

  defineRoute({
    method: 'post',
    path: '/api-tokens/:id/revoke',
    access: ['admin'],
    params: idParams,
    async handle({ params, auth, deps, req }) {
      return { body: await revokeApiToken(deps.db, params.id, actorOf(auth), req.id as string) }
    },
  }),
]
