import { contactBody, contactChangeBody } from '../shared/api/contact-schemas.ts'
import { idParams } from '../shared/api/fields.ts'
import { meetingBody, meetingQuery } from '../shared/api/meeting-schemas.ts'
import { todayInSweden } from '../today.ts'
import { addContact, changeContact, removeContact } from '../watch-areas/contacts.ts'
import { readCoverage } from '../watch-areas/coverage.ts'
import { deleteMeeting, listMeetings, logMeeting } from '../watch-areas/meetings.ts'
import { activeAreaCount, grannsamverkanProgress } from '../watch-areas/progress.ts'
import { chosenMunicipality, municipalityFilter } from '../municipalities/municipality-list.ts'
import { scopeOf } from '../municipalities/staff-scope.ts'
import { municipalityQuery } from '../shared/api/municipality-schemas.ts'
import type { ActiveAreasAnswer } from '../shared/api/watch-area-schemas.ts'
import { actorOf, defineRoute } from './api-route.ts'

/** Contact persons and meetings of the grannsamverkan areas, the yearly progress of promise 5, and the public count of active areas. */
export const grannsamverkanRoutes = [
  defineRoute({
    method: 'post',
    path: '/watch-areas/:id/contacts',
    access: ['polis', 'admin'],
    personalData: true,
    params: idParams,
    body: contactBody,
    async handle({ params, body, auth, deps, req }) {
      return { status: 201, body: await addContact(deps.db, params.id, body, actorOf(auth), req.id as string) }
    },
  }),

  defineRoute({
    method: 'patch',
    path: '/contacts/:id',
    access: ['polis', 'admin'],
    personalData: true,
    params: idParams,
    body: contactChangeBody,
    async handle({ params, body, auth, deps, req }) {
      return { body: await changeContact(deps.db, params.id, body, actorOf(auth), req.id as string) }
    },
  }),

  defineRoute({
    method: 'delete',
    path: '/contacts/:id',
    access: ['polis', 'admin'],
    personalData: true,
    params: idParams,
    async handle({ params, auth, deps, req }) {
      await removeContact(deps.db, params.id, actorOf(auth), req.id as string)
      return undefined
    },
  }),

  defineRoute({
    method: 'get',
    path: '/meetings',
    access: 'staff',
    query: meetingQuery,
    async handle({ query, auth, deps }) {
      return { body: { meetings: await listMeetings(deps.db, query.area_id, scopeOf(auth)) } }
    },
  }),

  defineRoute({
    method: 'post',
    path: '/meetings',
    access: ['polis', 'admin'],
    body: meetingBody,
    async handle({ body, auth, deps, req }) {
      return { status: 201, body: await logMeeting(deps.db, body, todayInSweden(), actorOf(auth), req.id as string) }
    },
  }),

  defineRoute({
    method: 'delete',
    path: '/meetings/:id',
    access: ['polis', 'admin'],
    params: idParams,
    async handle({ params, auth, deps, req }) {
      await deleteMeeting(deps.db, params.id, actorOf(auth), req.id as string)
      return undefined
    },
  }),

  defineRoute({
    method: 'get',
    path: '/grannsamverkan/coverage',
    access: 'staff',
    async handle({ auth, deps }) {
      return { body: await readCoverage(deps.db, scopeOf(auth)) }
    },
  }),

  defineRoute({
    method: 'get',
    path: '/grannsamverkan/progress',
    access: 'public',
    query: municipalityQuery,
    async handle({ query, deps }) {
      return { body: { years: await grannsamverkanProgress(deps.db, todayInSweden(), await municipalityFilter(deps.db, query.kommun)) } }
    },
  }),

  // The public map's sentence on grannsamverkan: the chosen municipality's (`kommun`), else the installation's own.
  defineRoute({
    method: 'get',
    path: '/grannsamverkan/active-areas',
    access: 'public',
    query: municipalityQuery,
    async handle({ query, deps }) {
      const municipality = await chosenMunicipality(deps.db, query.kommun)
      const body: ActiveAreasAnswer = { municipality, active_areas: await activeAreaCount(deps.db, municipality.code) }
      return { body }
    },
  }),
]
