import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { pagePaths } from '../../../server/shared/page-paths.ts'
import type { Role } from '../../../server/shared/roles.ts'
import { AppLink } from '../routing/app-link.tsx'
import { pageHeadingId } from '../routing/use-focus-on-navigation.ts'
import { usePath } from '../routing/use-path.ts'
import { useSearch } from '../routing/use-search.ts'
import { loginPathFor } from '../session/return-path.ts'
import { useSession } from '../session/session-context.ts'

interface StaffGateProps {
  /** The page's own heading, kept when the page is refused, so the person knows where they are. */
  heading: string
  /** The roles that may see the page; any logged-in staff member when left out. */
  roles?: readonly Role[]
  children: ReactNode
}

/**
 * Shows a staff page only to those it is for. The public is told the page is for staff and offered
 * the login page (which leads back here); a staff member without the role is told so. The server
 * refuses the data anyway: this only saves people from a page of errors.
 */
export function StaffGate({ heading, roles, children }: StaffGateProps) {
  const { t } = useTranslation()
  const session = useSession()
  const here = usePath() + useSearch()
  if (session.user && (!roles || roles.includes(session.user.role))) return children

  let body: ReactNode
  if (session.status === 'loading') {
    body = <p role="status">{t('gate.checking')}</p>
  } else if (session.status === 'error') {
    body = <p className="message message--error">{t('gate.sessionError')}</p>
  } else if (!session.user) {
    body = (
      <>
        <p>{t('gate.loggedOut')}</p>
        <p>
          <AppLink className="button-link" to={loginPathFor(here)}>
            {t('gate.login')}
          </AppLink>
        </p>
      </>
    )
  } else {
    body = (
      <>
        <p>{t('gate.noAccess', { role: t(`roles.${session.user.role}`) })}</p>
        <p>
          <AppLink className="button-link" to={pagePaths.map}>
            {t('gate.back')}
          </AppLink>
        </p>
      </>
    )
  }
  return (
    <article className="text-page">
      <h1 id={pageHeadingId} tabIndex={-1}>
        {heading}
      </h1>
      {body}
    </article>
  )
}
