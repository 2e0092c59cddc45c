import { describe, expect, it } from 'vitest'
import { auditObjectTypes } from '../../../server/shared/api/audit-schemas.ts'
import { auditFilterFromSearch } from '../audit/audit-filter.ts'
import { auditLinkFor, editingAuditTypes } from './audit-links.ts'

describe('links to the audit log', () => {
  it('filter by type, and by id when given', () => {
    expect(auditLinkFor('promise_period', 4)).toBe('/admin/logg?typ=promise_period&id=4')
    expect(auditLinkFor('survey_question')).toBe('/admin/logg?typ=survey_question')
  })

  it('name types the audit log knows, so the filter is kept on the log page', () => {
    for (const type of editingAuditTypes) {
      expect(auditObjectTypes).toContain(type)
      expect(auditFilterFromSearch(`?typ=${type}`).objectType).toBe(type)
    }
  })
})
