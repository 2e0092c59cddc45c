/** The pages of the web app, shared by the server (which serves them) and the client (which draws them). */
export const pagePaths = {
  map: '/',
  about: '/om',
  accessibility: '/tillganglighet',
  /** Staff log in here; `?till=` names the same-site path to go back to. */
  login: '/logga-in',
  account: '/konto',
  adminUsers: '/admin/anvandare',
  /** `?typ=` and `?id=` filter the log by object, so a filtered view can be linked. */
  auditLog: '/admin/logg',
  /** The police's grannsamverkan register: areas needing an update, meetings, progress, drawing. */
  grannsamverkan: '/polis/grannsamverkan',
} as const

export type PagePath = (typeof pagePaths)[keyof typeof pagePaths]

export const isPagePath = (path: string): path is PagePath => (Object.values(pagePaths) as string[]).includes(path)
