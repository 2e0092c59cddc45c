/** The pages of the web app, shared by the server (which serves them) and the client (which draws them). */
export const pagePaths = {
  map: '/',
  about: '/om',
  accessibility: '/tillganglighet',
} as const

export type PagePath = (typeof pagePaths)[keyof typeof pagePaths]

export const isPagePath = (path: string): path is PagePath => (Object.values(pagePaths) as string[]).includes(path)
