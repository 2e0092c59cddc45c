/** The kinds of object a file can be imported into, by the name the API uses. */
import type { FileImportTarget } from '../shared/api/file-import-schemas.ts'
import type { ImportTarget } from './import-target.ts'
import { measureTarget } from './target-measures.ts'
import { walkRouteTarget } from './target-walk-routes.ts'
import { watchAreaTarget } from './target-watch-areas.ts'

export const importTargets: Record<FileImportTarget, ImportTarget> = {
  'watch-areas': watchAreaTarget,
  'walk-routes': walkRouteTarget,
  measures: measureTarget,
}
