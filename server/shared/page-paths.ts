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
  /** Admins see the background jobs (and run one now) and the app's and database's state. */
  adminOperations: '/admin/drift',
  /** Admins create and revoke API tokens for systems that cannot log in (scripts, GIS clients). */
  adminApiTokens: '/admin/api-nycklar',
  /** Admins see the police area's municipalities and add one from its boundary file. */
  adminMunicipalities: '/admin/kommuner',
  /** The police's grannsamverkan register: areas needing an update, meetings, progress, drawing. */
  grannsamverkan: '/polis/grannsamverkan',
  /** A resident reports an unsafe place (no login). */
  report: '/rapportera',
  /** A report's status, by the private link's token in the fragment: /rapport#<token> (never sent to the server). */
  reportStatus: '/rapport',
  /** Municipal staff moderate reports from the public and import place names. */
  moderation: '/kommun/rapporter',
  /** Staff file incident reports for the EST way of working. */
  incidents: '/personal/handelser',
  /** Safety walks for the public: the next ones and how to join, past ones with their published protocols; `?id=` one walk. */
  walkInfo: '/vandringar',
  /** Municipal staff plan walks, see the yearly count and the places no walk has passed; `?id=` edits one walk. */
  walkPlanning: '/kommun/vandringar',
  /** Staff write a walk's protocol and publish it: `?id=`. */
  walkProtocol: '/kommun/protokoll',
  /** A participant's phone on the walk: the route, the position and new observations; `?id=`. */
  walkField: '/vandra',
  /** Planners see where unsafe places cluster, rank candidate sites and start measures from them. */
  planning: '/kommun/planering',
  /** Environment measures: the list, one measure (`?id=`, or `?ny=1` for a new one) and whether each helped. */
  measures: '/kommun/atgarder',
  /** The weekly situation picture (lägesbild) of the EST method, with quarterly and yearly summaries; printable. */
  situation: '/kommun/lagesbild',
  /** The medborgarlöften in public: each promise's progress per year, the activities and the follow-up survey's results; `?period=` one period, `?ar=` the yearly report to print. */
  promises: '/medborgarloften',
  /** A resident answers the follow-up survey (no login); `?id=` one survey, otherwise the open one. */
  survey: '/enkat',
  /** Staff edit the promise periods, promises, indicators, the activity log, survey questions and external figures. */
  promiseEditing: '/personal/medborgarloften',
  /** Staff import GIS files (GeoJSON, zipped Shapefile, GeoPackage) into areas, walk routes and measures. */
  fileImport: '/personal/import',
  /** Open data for anyone: every collection as a download (GeoJSON, CSV, GeoPackage) in the CRS chosen, and the OGC API and Open311 addresses. */
  openData: '/oppna-data',
} as const

export type PagePath = (typeof pagePaths)[keyof typeof pagePaths]

export const isPagePath = (path: string): path is PagePath => (Object.values(pagePaths) as string[]).includes(path)
