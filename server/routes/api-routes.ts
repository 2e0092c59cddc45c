import type { ApiRoute } from './api-route.ts'
import { apiTokenRoutes } from './api-token-routes.ts'
import { auditRoutes } from './audit-routes.ts'
import { authRoutes } from './auth-routes.ts'
import { grannsamverkanRoutes } from './grannsamverkan-routes.ts'
import { figureRoutes } from './figure-routes.ts'
import { importRoutes } from './import-routes.ts'
import { incidentRoutes } from './incident-routes.ts'
import { jobRoutes } from './job-routes.ts'
import { measureRoutes } from './measure-routes.ts'
import { municipalityRoutes } from './municipality-routes.ts'
import { placeRoutes } from './place-routes.ts'
import { planningRoutes } from './planning-routes.ts'
import { promiseRoutes } from './promise-routes.ts'
import { reportRoutes } from './report-routes.ts'
import { surveyRoutes } from './survey-routes.ts'
import { walkRoutes } from './walk-routes.ts'
import { userRoutes } from './user-routes.ts'
import { watchAreaRoutes } from './watch-area-routes.ts'

/** Every route under /api that `mountApiRoutes` serves; the role matrix test reads this list. */
export const apiRoutes: readonly ApiRoute[] = [
  ...authRoutes,
  ...userRoutes,
  ...apiTokenRoutes,
  ...auditRoutes,
  ...watchAreaRoutes,
  ...grannsamverkanRoutes,
  ...reportRoutes,
  ...walkRoutes,
  ...placeRoutes,
  ...incidentRoutes,
  ...planningRoutes,
  ...measureRoutes,
  ...promiseRoutes,
  ...surveyRoutes,
  ...figureRoutes,
  ...jobRoutes,
  ...importRoutes,
  ...municipalityRoutes,
]
