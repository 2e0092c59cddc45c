import { importTargets } from '../imports/import-targets.ts'
import { previewImport, saveImport } from '../imports/file-import.ts'
import type { FileImportTarget } from '../shared/api/file-import-schemas.ts'
import { fileImportBody } from '../shared/api/file-import-schemas.ts'
import type { Role } from '../shared/roles.ts'
import { scopeOf } from '../municipalities/staff-scope.ts'
import { actorOf, defineRoute } from './api-route.ts'

/** Who may import into each target: whoever may create one in the app (areas: police; walks and measures: planners). */
const mayImport = {
  'watch-areas': ['polis', 'admin'],
  'walk-routes': ['kommun', 'admin'],
  measures: ['kommun', 'admin'],
} as const satisfies Record<FileImportTarget, readonly Role[]>

/**
 * Staff import GIS files (GeoJSON, zipped Shapefile, GeoPackage) into areas, walk routes and
 * measures: a preview that saves nothing, then a save of all features or none. Both carry the file
 * (base64 JSON, so the larger file limit applies).
 */
export const importRoutes = (Object.keys(mayImport) as FileImportTarget[]).flatMap((target) => [
  defineRoute({
    method: 'post',
    path: `/imports/${target}/preview`,
    access: mayImport[target],
    takesFile: true,
    body: fileImportBody,
    async handle({ body, deps }) {
      return { body: await previewImport(deps.db, importTargets[target], body) }
    },
  }),
  defineRoute({
    method: 'post',
    path: `/imports/${target}/save`,
    access: mayImport[target],
    takesFile: true,
    body: fileImportBody,
    async handle({ body, auth, deps, req }) {
      const context = { actor: actorOf(auth), role: auth.role, requestId: req.id as string, scope: scopeOf(auth) }
      return { status: 201, body: await saveImport(deps.db, importTargets[target], body, context) }
    },
  }),
])
