import { Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { SiteHeader } from './layout/site-header.tsx'
import { SkipLink } from './layout/skip-link.tsx'
import { AboutPage } from './pages/about-page.tsx'
import { AccessibilityPage } from './pages/accessibility-page.tsx'
import { LoginPage } from './pages/login-page.tsx'
import { MapPage } from './pages/map-page.tsx'
import { NotFoundPage } from './pages/not-found-page.tsx'
import { OpenDataPage } from './pages/open-data-page.tsx'
import { PromisesPage } from './pages/promises-page.tsx'
import { ReportPage } from './pages/report-page.tsx'
import { ReportStatusPage } from './pages/report-status-page.tsx'
import { SurveyPage } from './pages/survey-page.tsx'
import { WalkInfoPage } from './pages/walk-info-page.tsx'
import { pageForPath } from './routing/pages.ts'
import { useFocusOnNavigation } from './routing/use-focus-on-navigation.ts'
import { usePath } from './routing/use-path.ts'
import { SessionProvider } from './session/session-provider.tsx'
import {
  AccountPage,
  AdminApiTokensPage,
  AdminMunicipalitiesPage,
  AdminOperationsPage,
  AdminUsersPage,
  AuditLogPage,
  GrannsamverkanPage,
  ImportPage,
  IncidentsPage,
  MeasuresPage,
  ModerationPage,
  PlanningPage,
  PromiseEditingPage,
  SituationPage,
  WalkFieldPage,
  WalkPlanningPage,
  WalkProtocolPage,
} from './routing/staff-pages.ts'

export function App() {
  const { t } = useTranslation()
  const path = usePath()
  const page = pageForPath(path)
  useFocusOnNavigation(path)

  return (
    <SessionProvider>
      <div className={page === 'map' ? 'app app--map' : 'app'}>
        <SkipLink />
        <SiteHeader page={page} />
        <main id="main" tabIndex={-1} className="app__main">
          <Suspense fallback={<p role="status" className="page-loading">{t('app.pageLoading')}</p>}>
            {page === 'map' && <MapPage />}
            {page === 'about' && <AboutPage />}
            {page === 'accessibility' && <AccessibilityPage />}
            {page === 'login' && <LoginPage />}
            {page === 'account' && <AccountPage />}
            {page === 'adminUsers' && <AdminUsersPage />}
            {page === 'auditLog' && <AuditLogPage />}
            {page === 'adminOperations' && <AdminOperationsPage />}
            {page === 'adminApiTokens' && <AdminApiTokensPage />}
            {page === 'adminMunicipalities' && <AdminMunicipalitiesPage />}
            {page === 'grannsamverkan' && <GrannsamverkanPage />}
            {page === 'moderation' && <ModerationPage />}
            {page === 'incidents' && <IncidentsPage />}
            {page === 'report' && <ReportPage />}
            {page === 'reportStatus' && <ReportStatusPage />}
            {page === 'walkInfo' && <WalkInfoPage />}
            {page === 'walkPlanning' && <WalkPlanningPage />}
            {page === 'walkProtocol' && <WalkProtocolPage />}
            {page === 'walkField' && <WalkFieldPage />}
            {page === 'planning' && <PlanningPage />}
            {page === 'measures' && <MeasuresPage />}
            {page === 'situation' && <SituationPage />}
            {page === 'promises' && <PromisesPage />}
            {page === 'survey' && <SurveyPage />}
            {page === 'promiseEditing' && <PromiseEditingPage />}
            {page === 'openData' && <OpenDataPage />}
            {page === 'fileImport' && <ImportPage />}
            {page === 'notFound' && <NotFoundPage path={path} />}
          </Suspense>
        </main>
      </div>
    </SessionProvider>
  )
}
