import { forbidden } from '../errors.ts'
import { scopeOf } from '../municipalities/staff-scope.ts'
import { registerExportQuery } from '../shared/api/export-schemas.ts'
import { importAreasBody } from '../shared/api/import-schemas.ts'
import { idParams } from '../shared/api/fields.ts'
import { maySeePersonalData } from '../shared/privacy.ts'
import type { Register } from '../shared/api/watch-area-schemas.ts'
import { createWatchAreaBody, updateWatchAreaBody } from '../shared/api/watch-area-schemas.ts'
import { todayInSweden } from '../today.ts'
import { readRegister } from '../watch-areas/register.ts'
import { exportRegister } from '../watch-areas/register-export.ts'
import { importAreas } from '../watch-areas/import-areas.ts'
import { createWatchArea, readWatchArea, updateWatchArea } from '../watch-areas/watch-area-records.ts'
import type { Auth } from '../auth/sessions.ts'
import type { WatchAreaRecord } from '../shared/api/watch-area-schemas.ts'
import { actorOf, defineRoute, tokenPersonalData } from './api-route.ts'

/** Contact persons are personal data, for people who log in: an API token gets the area without them. */
function forCaller<T extends Partial<WatchAreaRecord>>(auth: Auth | null, record: T): T {
  if (auth?.via !== 'token') return record
  const rest = { ...record }
  delete rest.contacts
  return rest
}

/** The grannsamverkan register: the police keep it, municipal staff read it. */
export const watchAreaRoutes = [
  defineRoute({
    method: 'get',
    path: '/watch-areas',
    access: 'staff',
    async handle({ auth, deps }) {
      const months = deps.config.watchAreaUpdateMonths
      const areas = await readRegister(deps.db, months, todayInSweden(), scopeOf(auth))
      const register: Register = { areas, update_threshold_months: months }
      return { body: register }
    },
  }),

  defineRoute({
    method: 'get',
    path: '/watch-areas/export',
    access: 'staff',
    query: registerExportQuery,
    async handle({ query, auth, deps, req }) {
      if (query.personal && auth.via === 'token') throw tokenPersonalData()
      if (query.personal && !maySeePersonalData(auth.role)) {
        throw forbidden('forbidden', 'Din roll får inte exportera kontaktombud.', 'Your role may not export contact persons.')
      }
      const settings = { thresholdMonths: deps.config.watchAreaUpdateMonths, today: todayInSweden(), scope: scopeOf(auth) }
      return { file: await exportRegister(deps.db, query, settings, actorOf(auth), req.id as string) }
    },
  }),

  defineRoute({
    method: 'post',
    path: '/watch-areas',
    access: ['polis', 'admin'],
    body: createWatchAreaBody,
    async handle({ body, auth, deps, req }) {
      return { status: 201, body: forCaller(auth, await createWatchArea(deps.db, body, actorOf(auth), auth.role, req.id as string)) }
    },
  }),

  defineRoute({
    method: 'post',
    path: '/watch-areas/import',
    access: ['polis', 'admin'],
    takesFile: true,
    body: importAreasBody,
    async handle({ body, auth, deps, req }) {
      const report = await importAreas(deps.db, body, actorOf(auth), auth.role, req.id as string)
      return { status: report.saved ? 201 : 200, body: report }
    },
  }),

  defineRoute({
    method: 'get',
    path: '/watch-areas/:id',
    access: 'public',
    params: idParams,
    async handle({ params, auth, deps }) {
      return { body: forCaller(auth, await readWatchArea(deps.db, params.id, auth?.role)) }
    },
  }),

  defineRoute({
    method: 'patch',
    path: '/watch-areas/:id',
    access: ['polis', 'admin'],
    params: idParams,
    body: updateWatchAreaBody,
    async handle({ params, body, auth, deps, req }) {
      return { body: forCaller(auth, await updateWatchArea(deps.db, params.id, body, actorOf(auth), auth.role, req.id as string)) }
    },
  }),
]
