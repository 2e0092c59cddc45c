import { z } from 'zod'
import type { Role } from '../roles.ts'
import { emailField, passwordField } from './fields.ts'

export const loginBody = z
  .object({
    email: emailField,
    // Not the length rules of a new password: an old account may have a shorter one.
    password: z.string().min(1).max(1024),
  })
  .strict()
export type LoginBody = z.infer<typeof loginBody>

export const logoutBody = z
  .object({
    /** Also end the user's sessions on other devices. */
    everywhere: z.boolean().optional(),
  })
  .strict()
export type LogoutBody = z.infer<typeof logoutBody>

export const passwordChangeBody = z
  .object({ current_password: z.string().min(1).max(1024), new_password: passwordField })
  .strict()
export type PasswordChangeBody = z.infer<typeof passwordChangeBody>

/** The logged-in person, as the browser sees them. */
export interface SessionUser {
  id: number
  email: string
  display_name: string
  role: Role
  /** A kommun account's municipality; null: the whole police area. */
  municipality_code: string | null
}

/** `GET /api/auth/session`: who is logged in, and the token every write must carry in `X-CSRF-Token`. */
export interface SessionResponse {
  user: SessionUser | null
  csrf_token: string | null
}
