import { importPlacesBody, placeSearchQuery } from '../shared/api/report-schemas.ts'
import { importPlaces } from '../places/import-places.ts'
import { searchPlaces } from '../places/place-search.ts'
import { actorOf, defineRoute } from './api-route.ts'

/** Place names: searched by anyone reporting without a map, imported by municipal staff. */
export const placeRoutes = [
  defineRoute({
    method: 'get',
    path: '/places',
    access: 'public',
    query: placeSearchQuery,
    async handle({ query, deps }) {
      return { body: { places: await searchPlaces(deps.db, query.q) } }
    },
  }),

  defineRoute({
    method: 'post',
    path: '/places/import',
    access: ['kommun', 'admin'],
    takesFile: true,
    body: importPlacesBody,
    async handle({ body, auth, deps, req }) {
      const report = await importPlaces(deps.db, body, actorOf(auth), req.id as string)
      return { status: report.saved ? 201 : 200, body: report }
    },
  }),
]
