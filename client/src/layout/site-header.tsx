import { useTranslation } from 'react-i18next'
import { pagePaths } from '../../../server/shared/page-paths.ts'
import { AppLink } from '../routing/app-link.tsx'
import type { PageId } from '../routing/pages.ts'
import { usePath } from '../routing/use-path.ts'
import { useSearch } from '../routing/use-search.ts'
import { loginPathFor } from '../session/return-path.ts'
import { useSession } from '../session/session-context.ts'
import { DemoBanner } from './demo-banner.tsx'
import { LanguageSwitch } from './language-switch.tsx'
import { SiteLogo } from './site-logo.tsx'
import { StaffBar } from './staff-bar.tsx'

const navItems = [
  { page: 'map', path: pagePaths.map, label: 'nav.map' },
  { page: 'report', path: pagePaths.report, label: 'nav.report' },
  { page: 'walkInfo', path: pagePaths.walkInfo, label: 'nav.walks' },
  { page: 'promises', path: pagePaths.promises, label: 'nav.promises' },
  { page: 'about', path: pagePaths.about, label: 'nav.about' },
  { page: 'accessibility', path: pagePaths.accessibility, label: 'nav.accessibility' },
] as const

/**
 * The banner landmark: name, navigation, language, and the example-data notice on every page.
 * The public gets a "Logga in" link that leads back to the page it was on; staff get their own bar.
 */
export function SiteHeader({ page }: { page: PageId }) {
  const { t } = useTranslation()
  const { status, user } = useSession()
  const here = usePath() + useSearch()
  // While the session is asked for, show neither, so "Logga in" does not flash for staff.
  const showLogin = status !== 'loading' && !user
  return (
    <header className="site-header">
      <div className="site-header__bar">
        <AppLink to={pagePaths.map} className="site-header__brand">
          <SiteLogo />
          <span className="site-header__name">
            <span className="site-header__title">{t('app.name')}</span>{' '}
            <span className="site-header__place">{t('app.place')}</span>
          </span>
        </AppLink>
        <nav className="site-nav" aria-label={t('nav.label')}>
          <ul>
            {navItems.map((item) => (
              <li key={item.page}>
                <AppLink to={item.path} aria-current={page === item.page ? 'page' : undefined}>
                  {t(item.label)}
                </AppLink>
              </li>
            ))}
            {showLogin && (
              <li className="site-nav__login">
                <AppLink to={page === 'login' ? here : loginPathFor(here)} aria-current={page === 'login' ? 'page' : undefined}>
                  {t('staff.login')}
                </AppLink>
              </li>
            )}
          </ul>
        </nav>
        <LanguageSwitch />
      </div>
      {user && <StaffBar page={page} user={user} />}
      <DemoBanner />
    </header>
  )
}
