/**
 * Where the records behind each indicator can be seen: the walks page for walks, the map for
 * grannsamverkan areas and measures (both are layers there), and the promise's own activity list
 * for the log staff keep.
 */
import type { IndicatorKind } from '../../../server/shared/api/promise-schemas.ts'
import { pagePaths } from '../../../server/shared/page-paths.ts'

export type IndicatorLink =
  /** Another page of the app; `text` is the i18n key of the link's words. */
  | { type: 'page'; to: string; text: string }
  /** The promise's activity list further down the same card. */
  | { type: 'activities'; text: string }

export function indicatorLink(kind: IndicatorKind): IndicatorLink {
  switch (kind) {
    case 'walks_done':
      return { type: 'page', to: pagePaths.walkInfo, text: 'promises.links.walks' }
    case 'startup_meetings':
    case 'areas_updated':
      return { type: 'page', to: pagePaths.map, text: 'promises.links.areas' }
    case 'centrum_measures_done':
      return { type: 'page', to: pagePaths.map, text: 'promises.links.measures' }
    case 'activities':
      return { type: 'activities', text: 'promises.links.activities' }
  }
}

/** The id of a promise's activity list, which the activities indicator links to. */
export const activitiesId = (promiseId: number) => `loefte-${promiseId}-aktiviteter`
