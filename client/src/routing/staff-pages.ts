import { lazy } from 'react'

/**
 * The staff screens, each loaded only when it is opened: a resident's first visit downloads none
 * of them (issue 10's budget for the initial JavaScript).
 */
export const AccountPage = lazy(() => import('../pages/account-page.tsx').then((module) => ({ default: module.AccountPage })))
export const AdminApiTokensPage = lazy(() => import('../pages/admin-api-tokens-page.tsx').then((module) => ({ default: module.AdminApiTokensPage })))
export const AdminMunicipalitiesPage = lazy(() =>
  import('../pages/admin-municipalities-page.tsx').then((module) => ({ default: module.AdminMunicipalitiesPage })),
)
export const AdminOperationsPage = lazy(() => import('../pages/admin-operations-page.tsx').then((module) => ({ default: module.AdminOperationsPage })))
export const AdminUsersPage = lazy(() => import('../pages/admin-users-page.tsx').then((module) => ({ default: module.AdminUsersPage })))
export const AuditLogPage = lazy(() => import('../pages/audit-log-page.tsx').then((module) => ({ default: module.AuditLogPage })))
export const GrannsamverkanPage = lazy(() => import('../pages/grannsamverkan-page.tsx').then((module) => ({ default: module.GrannsamverkanPage })))
export const ImportPage = lazy(() => import('../pages/import-page.tsx').then((module) => ({ default: module.ImportPage })))
export const IncidentsPage = lazy(() => import('../pages/incidents-page.tsx').then((module) => ({ default: module.IncidentsPage })))
export const MeasuresPage = lazy(() => import('../pages/measures-page.tsx').then((module) => ({ default: module.MeasuresPage })))
export const ModerationPage = lazy(() => import('../pages/moderation-page.tsx').then((module) => ({ default: module.ModerationPage })))
export const PlanningPage = lazy(() => import('../pages/planning-page.tsx').then((module) => ({ default: module.PlanningPage })))
export const PromiseEditingPage = lazy(() => import('../pages/promise-editing-page.tsx').then((module) => ({ default: module.PromiseEditingPage })))
export const SituationPage = lazy(() => import('../pages/situation-page.tsx').then((module) => ({ default: module.SituationPage })))
export const WalkFieldPage = lazy(() => import('../pages/walk-field-page.tsx').then((module) => ({ default: module.WalkFieldPage })))
export const WalkPlanningPage = lazy(() => import('../pages/walk-planning-page.tsx').then((module) => ({ default: module.WalkPlanningPage })))
export const WalkProtocolPage = lazy(() => import('../pages/walk-protocol-page.tsx').then((module) => ({ default: module.WalkProtocolPage })))
