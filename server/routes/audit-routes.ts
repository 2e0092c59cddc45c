import { listAudit } from '../audit/audit-log.ts'
import { auditQuery } from '../shared/api/audit-schemas.ts'
import { defineRoute } from './api-route.ts'

export const auditRoutes = [
  defineRoute({
    method: 'get',
    path: '/audit',
    access: ['admin'],
    // Entries hold the before and after of every change, residents' original texts too.
    personalData: true,
    query: auditQuery,
    async handle({ query, deps }) {
      return { body: await listAudit(deps.db, query) }
    },
  }),
]
