import type { Request } from 'express'

/** The address links in answers start with: PUBLIC_URL behind a proxy, otherwise what the request was sent to. */
export const linkBase = (req: Request, publicUrl: string | undefined) => publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`
