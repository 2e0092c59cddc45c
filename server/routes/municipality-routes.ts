import type { ImportSrid } from '../geometry/check-area-geometry.ts'
import { addMunicipality } from '../municipalities/add-municipality.ts'
import { listMunicipalities } from '../municipalities/municipality-list.ts'
import { addMunicipalityBody } from '../shared/api/municipality-schemas.ts'
import { actorOf, defineRoute } from './api-route.ts'

const bytesOf = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'))

/** The police area's municipalities: listed for everyone (the public pages choose one), added by an admin. */
export const municipalityRoutes = [
  defineRoute({
    method: 'get',
    path: '/municipalities',
    access: 'public',
    async handle({ deps }) {
      return { body: { municipalities: await listMunicipalities(deps.db) } }
    },
  }),

  defineRoute({
    method: 'post',
    path: '/municipalities',
    access: ['admin'],
    takesFile: true,
    body: addMunicipalityBody,
    async handle({ body, auth, deps, req }) {
      const files = {
        boundary: bytesOf(body.boundary_base64),
        urbanAreas: body.urban_areas_base64 === undefined ? undefined : bytesOf(body.urban_areas_base64),
        srid: body.crs ? (Number(body.crs.slice('EPSG:'.length)) as ImportSrid) : null,
      }
      return { status: 201, body: await addMunicipality(deps.db, files, { actor: actorOf(auth), requestId: req.id as string }) }
    },
  }),
]
