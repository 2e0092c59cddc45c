import { createContext, useContext } from 'react'
import type { SessionUser } from '../../../server/shared/api/auth-schemas.ts'
import type { ApiCall } from '../data/staff-api.ts'

export interface Session {
  /** 'loading' until the server has answered who is logged in; 'error' when it could not be asked. */
  status: 'loading' | 'ready' | 'error'
  /** The logged-in staff member, or null for the public. */
  user: SessionUser | null
  /** Logs in; throws an ApiError (wrong credentials, too many attempts, …). */
  logIn(email: string, password: string): Promise<SessionUser>
  /** Logs out here, or on every device; a session that had already ended counts as logged out. */
  logOut(everywhere?: boolean): Promise<void>
  /** Asks the server again who is logged in (after changing one's own name, say). */
  reload(): Promise<void>
  /** Calls the API as this session: CSRF token on writes; a 401 answer marks the session as ended. */
  call: ApiCall
}

export const SessionContext = createContext<Session | null>(null)

export function useSession(): Session {
  const session = useContext(SessionContext)
  if (!session) throw new Error('useSession needs a <SessionProvider> around the app')
  return session
}
