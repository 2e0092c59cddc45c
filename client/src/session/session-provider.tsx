import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { ReactNode } from 'react'
import type { SessionResponse, SessionUser } from '../../../server/shared/api/auth-schemas.ts'
import { ApiError, apiRequest } from '../data/api-client.ts'
import type { ApiMethod } from '../data/api-client.ts'
import type { ApiCall } from '../data/staff-api.ts'
import { SessionContext } from './session-context.ts'
import type { Session } from './session-context.ts'

interface SessionState {
  status: Session['status']
  user: SessionUser | null
}

const loggedOut = { user: null, csrf_token: null } satisfies SessionResponse

/**
 * Asks the server once per visit who is logged in (the cookie is httpOnly, so only the server
 * knows) and keeps the CSRF token for writes. A 401 on any call means the session ended elsewhere
 * (timeout, logout on all devices, account disabled): the app then shows itself as logged out.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading', user: null })
  // In a ref, so `call` stays the same function and always sends the newest token.
  const csrfToken = useRef<string | null>(null)

  const apply = useCallback((session: SessionResponse) => {
    csrfToken.current = session.csrf_token
    setState({ status: 'ready', user: session.user })
  }, [])

  const reload = useCallback(
    () =>
      apiRequest<SessionResponse>('GET', '/api/auth/session').then(apply, () => {
        csrfToken.current = null
        setState({ status: 'error', user: null })
      }),
    [apply],
  )

  useEffect(() => {
    void reload()
  }, [reload])

  const call = useCallback(
    async <T,>(method: ApiMethod, path: string, body?: unknown): Promise<T> => {
      try {
        return await apiRequest<T>(method, path, { body, csrfToken: csrfToken.current })
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) apply(loggedOut)
        // A token that no longer matches: fetch the current one, so trying again works.
        else if (error instanceof ApiError && error.code === 'csrf_failed') void reload()
        throw error
      }
    },
    [apply, reload],
  ) satisfies ApiCall

  const logIn = useCallback(
    async (email: string, password: string) => {
      const session = await apiRequest<SessionResponse>('POST', '/api/auth/login', {
        body: { email, password },
        csrfToken: csrfToken.current,
      })
      if (!session.user) throw new ApiError(500, 'no_user', '', '')
      apply(session)
      return session.user
    },
    [apply],
  )

  const logOut = useCallback(
    async (everywhere = false) => {
      try {
        await call<void>('POST', '/api/auth/logout', everywhere ? { everywhere: true } : {})
      } catch (error) {
        if (!(error instanceof ApiError && error.status === 401)) throw error
      }
      apply(loggedOut)
    },
    [call, apply],
  )

  const value = useMemo<Session>(
    () => ({ status: state.status, user: state.user, logIn, logOut, reload, call }),
    [state, logIn, logOut, reload, call],
  )
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>
}
