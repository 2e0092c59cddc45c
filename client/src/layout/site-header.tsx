import { useTranslation } from 'react-i18next'
import { pagePaths } from '../../../server/shared/page-paths.ts'
import { AppLink } from '../routing/app-link.tsx'
import type { PageId } from '../routing/pages.ts'
import { DemoBanner } from './demo-banner.tsx'
import { LanguageSwitch } from './language-switch.tsx'
import { SiteLogo } from './site-logo.tsx'

const navItems = [
  { page: 'map', path: pagePaths.map, label: 'nav.map' },
  { page: 'about', path: pagePaths.about, label: 'nav.about' },
  { page: 'accessibility', path: pagePaths.accessibility, label: 'nav.accessibility' },
] as const

/** The banner landmark: name, navigation, language, and the example-data notice on every page. */
export function SiteHeader({ page }: { page: PageId }) {
  const { t } = useTranslation()
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
          </ul>
        </nav>
        <LanguageSwitch />
      </div>
      <DemoBanner />
    </header>
  )
}
