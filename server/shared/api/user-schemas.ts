import { z } from 'zod'
import { roles } from '../roles.ts'
import type { Role } from '../roles.ts'
import { emailField, passwordField, shortText } from './fields.ts'
import { municipalityCodeField } from './municipality-schemas.ts'

/**
 * The municipality a kommun account works in (required once the app serves several); polis and
 * admin accounts work in the whole police area and have none (null).
 */
const accountMunicipality = municipalityCodeField.nullable().optional()

export const createUserBody = z
  .object({
    email: emailField,
    display_name: shortText(200).optional(),
    role: z.enum(roles),
    municipality_code: accountMunicipality,
    /** The first password; the person changes it after logging in. */
    password: passwordField,
  })
  .strict()
export type CreateUserBody = z.infer<typeof createUserBody>

export const updateUserBody = z
  .object({
    display_name: shortText(200).optional(),
    role: z.enum(roles).optional(),
    municipality_code: accountMunicipality,
    disabled: z.boolean().optional(),
    /** A new password set by an admin, e.g. when someone forgot theirs. */
    password: passwordField.optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, {
    message: 'Change at least one field.',
    params: { sv: 'Ändra minst ett fält.' },
  })
export type UpdateUserBody = z.infer<typeof updateUserBody>

/** A staff account as the admin screen lists it: never the password hash. */
export interface UserSummary {
  id: number
  email: string
  display_name: string
  role: Role
  /** Null for polis and admin accounts: the whole police area. */
  municipality_code: string | null
  disabled: boolean
  last_login_at: string | null
  created_at: string
}
