import { z } from 'zod'
import { todayInSweden } from '../../today.ts'
import { plausibleDate, shortText } from './fields.ts'

/** What a token may do: only read, or also write what its role may write. */
export const apiTokenScopes = ['read', 'read_write'] as const
export type ApiTokenScope = (typeof apiTokenScopes)[number]

/**
 * The roles a token may have. Tokens are for systems and GIS clients, never for administration:
 * an admin's token could read the audit log (residents' original texts) and run jobs, so an
 * administrator logs in instead (the database's CHECK says the same).
 */
export const apiTokenRoles = ['polis', 'kommun'] as const
export type ApiTokenRole = (typeof apiTokenRoles)[number]

export const createApiTokenBody = z
  .object({
    /** Which system uses it, e.g. "QGIS på planeringsavdelningen". */
    name: shortText(100).min(1),
    role: z.enum(apiTokenRoles),
    scope: z.enum(apiTokenScopes),
    /** The last day the token works (Swedish time); none: until it is revoked. */
    expires_on: plausibleDate
      .refine((value) => value >= todayInSweden(), {
        message: 'The last day cannot be in the past.',
        params: { sv: 'Sista dagen kan inte ligga bakåt i tiden.' },
      })
      .nullable()
      .optional(),
  })
  .strict()
export type CreateApiTokenBody = z.infer<typeof createApiTokenBody>

/**
 * Whether a token works now; a revoked token stays revoked even after its expiry date.
 * `creator_disabled`: the admin who created it has been disabled, so it no longer works (a token
 * answers to its creator's account); an admin makes a new one.
 */
export type ApiTokenStatus = 'active' | 'expired' | 'creator_disabled' | 'revoked'

/** A token as the admin screen lists it: never the token or its hash. */
export interface ApiTokenSummary {
  id: number
  name: string
  role: ApiTokenRole
  scope: ApiTokenScope
  /** The token's first characters (`tgk_…`), to tell which token a system holds. */
  prefix: string
  status: ApiTokenStatus
  created_at: string
  /** The admin's e-mail address. */
  created_by: string
  last_used_at: string | null
  expires_at: string | null
  revoked_at: string | null
  revoked_by: string | null
}

export interface ApiTokenList {
  tokens: ApiTokenSummary[]
}

/** `POST /api/api-tokens`: the new token's row, and the token itself, which is never shown again. */
export interface CreatedApiToken {
  token: ApiTokenSummary
  secret: string
}
