import { z } from 'zod'
import { roles } from '../roles.ts'
import type { Role } from '../roles.ts'
import { emailField, passwordField, shortText } from './fields.ts'

export const createUserBody = z
  .object({
    email: emailField,
    display_name: shortText(200).optional(),
    role: z.enum(roles),
    /** The first password; the person changes it after logging in. */
    password: passwordField,
  })
  .strict()
export type CreateUserBody = z.infer<typeof createUserBody>

export const updateUserBody = z
  .object({
    display_name: shortText(200).optional(),
    role: z.enum(roles).optional(),
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
  disabled: boolean
  last_login_at: string | null
  created_at: string
}
