import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SessionUser } from '../../../server/shared/api/auth-schemas.ts'
import { pagePaths } from '../../../server/shared/page-paths.ts'
import type { Role } from '../../../server/shared/roles.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage } from '../forms/form-problems.ts'
import { AppLink } from '../routing/app-link.tsx'
import { navigate } from '../routing/history.ts'
import type { PageId } from '../routing/pages.ts'
import { loggedOutPath } from '../session/return-path.ts'
import { useSession } from '../session/session-context.ts'

const links = [
  { page: 'account', path: pagePaths.account, label: 'staff.account', roles: ['polis', 'kommun', 'admin'] },
  { page: 'grannsamverkan', path: pagePaths.grannsamverkan, label: 'grannsamverkan.navLink', roles: ['polis', 'kommun', 'admin'] },
  { page: 'moderation', path: pagePaths.moderation, label: 'moderation.navLink', roles: ['polis', 'kommun', 'admin'] },
  { page: 'incidents', path: pagePaths.incidents, label: 'incidents.navLink', roles: ['polis', 'kommun', 'admin'] },
  { page: 'walkPlanning', path: pagePaths.walkPlanning, label: 'walkPlanning.navLink', roles: ['polis', 'kommun', 'admin'] },
  { page: 'planning', path: pagePaths.planning, label: 'planning.navLink', roles: ['polis', 'kommun', 'admin'] },
  { page: 'measures', path: pagePaths.measures, label: 'measures.navLink', roles: ['polis', 'kommun', 'admin'] },
  { page: 'situation', path: pagePaths.situation, label: 'situation.navLink', roles: ['polis', 'kommun', 'admin'] },
  { page: 'promiseEditing', path: pagePaths.promiseEditing, label: 'promiseEditing.navLink', roles: ['polis', 'kommun', 'admin'] },
  { page: 'fileImport', path: pagePaths.fileImport, label: 'fileImport.navLink', roles: ['polis', 'kommun', 'admin'] },
  { page: 'adminUsers', path: pagePaths.adminUsers, label: 'staff.adminUsers', roles: ['admin'] },
  { page: 'auditLog', path: pagePaths.auditLog, label: 'staff.auditLog', roles: ['admin'] },
  { page: 'adminOperations', path: pagePaths.adminOperations, label: 'staff.adminOperations', roles: ['admin'] },
  { page: 'adminApiTokens', path: pagePaths.adminApiTokens, label: 'apiTokens.navLink', roles: ['admin'] },
  { page: 'adminMunicipalities', path: pagePaths.adminMunicipalities, label: 'municipalities.navLink', roles: ['admin'] },
] as const satisfies readonly { page: PageId; path: string; label: string; roles: readonly Role[] }[]

/** For a logged-in staff member: who they are, their pages, and the way out. */
export function StaffBar({ page, user }: { page: PageId; user: SessionUser }) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const { logOut } = useSession()
  const [error, setError] = useState<string | null>(null)

  const onLogOut = async () => {
    setError(null)
    try {
      await logOut()
      navigate(loggedOutPath(false))
    } catch (failure) {
      setError(t('staff.logOutFailed', { message: errorMessage(failure, context) }))
    }
  }

  return (
    <div className="staff-bar">
      <p className="staff-bar__who">
        <span className="visually-hidden">{t('staff.loggedInAs')} </span>
        <span className="staff-bar__name">{user.display_name || user.email}</span>
        <span className="staff-bar__role">{t(`roles.${user.role}`)}</span>
      </p>
      <nav className="staff-nav" aria-label={t('staff.navLabel')}>
        <ul>
          {links
            .filter((link) => (link.roles as readonly Role[]).includes(user.role))
            .map((link) => (
              <li key={link.page}>
                <AppLink to={link.path} aria-current={page === link.page ? 'page' : undefined}>
                  {t(link.label)}
                </AppLink>
              </li>
            ))}
        </ul>
      </nav>
      <button type="button" className="staff-bar__logout" onClick={() => void onLogOut()}>
        {t('staff.logOut')}
      </button>
      {error && (
        <p role="alert" className="staff-bar__error">
          {error}
        </p>
      )}
    </div>
  )
}
