import { pagePaths } from '../../../server/shared/page-paths.ts'

export type PageId = keyof typeof pagePaths | 'notFound'

/** Which page a path shows; a trailing slash is forgiven, anything unknown is "not found". */
export function pageForPath(path: string): PageId {
  const normalised = path.length > 1 ? path.replace(/\/+$/, '') : path
  const entry = Object.entries(pagePaths).find(([, pagePath]) => pagePath === normalised)
  return entry ? (entry[0] as keyof typeof pagePaths) : 'notFound'
}
