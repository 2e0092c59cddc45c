import { createUserBody, updateUserBody } from '../shared/api/user-schemas.ts'
import { idParams } from '../shared/api/fields.ts'
import { createUser, listUsers, updateUser } from '../users/users.ts'
import { actorOf, defineRoute } from './api-route.ts'

/** The admin screen's accounts. */
export const userRoutes = [
  defineRoute({
    method: 'get',
    path: '/users',
    access: ['admin'],
    async handle({ deps }) {
      return { body: { users: await listUsers(deps.db) } }
    },
  }),

  defineRoute({
    method: 'post',
    path: '/users',
    access: ['admin'],
    body: createUserBody,
    async handle({ body, auth, deps, req }) {
      return { status: 201, body: await createUser(deps.db, body, actorOf(auth), req.id as string) }
    },
  }),

  defineRoute({
    method: 'patch',
    path: '/users/:id',
    access: ['admin'],
    params: idParams,
    body: updateUserBody,
    async handle({ body, params, auth, deps, req }) {
      return { body: await updateUser(deps.db, params.id, body, actorOf(auth), req.id as string) }
    },
  }),
]
