import { z } from 'zod'
import { idParams } from '../shared/api/fields.ts'
import {
  createReportBody,
  moderateReportBody,
  nearbyReportsQuery,
  receiptParams,
  reportFeedQuery,
  staffReportQuery,
} from '../shared/api/report-schemas.ts'
import { scopeOf } from '../municipalities/staff-scope.ts'
import { listStaffReports, moderateReport, originalTexts } from '../reports/moderation.ts'
import { addMeToo, nearbyReports, receiptPhoto, reportByReceipt, reportPhoto } from '../reports/public-reports.ts'
import { reportFeed } from '../reports/report-feed.ts'
import { receivePublicReport } from '../reports/submit-report.ts'
import { actorOf, defineRoute } from './api-route.ts'
import { linkBase } from './request-origin.ts'

/** Reports of unsafe places: residents send and follow them, municipal staff moderate them. */
export const reportRoutes = [
  defineRoute({
    method: 'post',
    path: '/reports',
    access: 'public',
    takesFile: true,
    body: createReportBody,
    async handle({ body, deps, req }) {
      return { status: 201, body: await receivePublicReport(deps.db, body, req.ip, deps.config.limits) }
    },
  }),

  defineRoute({
    method: 'get',
    path: '/reports/nearby',
    access: 'public',
    query: nearbyReportsQuery,
    async handle({ query, deps }) {
      return { body: { reports: await nearbyReports(deps.db, query.lon, query.lat, deps.config.reportGridMetres) } }
    },
  }),

  defineRoute({
    method: 'get',
    path: '/reports/feed.atom',
    access: 'public',
    query: reportFeedQuery,
    async handle({ query, deps, req }) {
      const base = linkBase(req, deps.config.publicUrl)
      const feed = await reportFeed(deps.db, query.bbox, { gridMetres: deps.config.reportGridMetres, base, self: `${base}${req.originalUrl}` })
      return { file: { contentType: 'application/atom+xml; charset=utf-8', content: feed } }
    },
  }),

  defineRoute({
    method: 'get',
    path: '/reports/receipt/:token',
    access: 'public',
    params: receiptParams,
    async handle({ params, deps }) {
      return { body: await reportByReceipt(deps.db, params.token) }
    },
  }),

  defineRoute({
    method: 'get',
    path: '/reports/receipt/:token/photo',
    access: 'public',
    params: receiptParams,
    async handle({ params, deps }) {
      return { file: await receiptPhoto(deps.db, params.token) }
    },
  }),

  defineRoute({
    method: 'post',
    path: '/reports/:id/me-too',
    access: 'public',
    params: idParams,
    async handle({ params, deps, req }) {
      return { body: { me_too_count: await addMeToo(deps.db, params.id, req.ip ?? 'unknown', deps.config.limits) } }
    },
  }),

  defineRoute({
    method: 'get',
    path: '/reports/:id/photo',
    access: 'public',
    params: idParams,
    async handle({ params, auth, deps }) {
      return { file: await reportPhoto(deps.db, params.id, auth !== null, scopeOf(auth)) }
    },
  }),

  defineRoute({
    method: 'get',
    path: '/reports',
    access: 'staff',
    query: staffReportQuery,
    async handle({ query, auth, deps }) {
      return { body: { reports: await listStaffReports(deps.db, query, scopeOf(auth)) } }
    },
  }),

  defineRoute({
    method: 'patch',
    path: '/reports/:id',
    access: ['kommun', 'admin'],
    params: idParams,
    body: moderateReportBody,
    async handle({ params, body, auth, deps, req }) {
      return { body: await moderateReport(deps.db, params.id, body, actorOf(auth), req.id as string, scopeOf(auth)) }
    },
  }),

  defineRoute({
    method: 'get',
    path: '/reports/:id/original-texts',
    access: ['kommun', 'admin'],
    personalData: true,
    params: idParams,
    query: z.object({}).strict(),
    async handle({ params, auth, deps }) {
      return { body: { originals: await originalTexts(deps.db, params.id, scopeOf(auth)) } }
    },
  }),
]
