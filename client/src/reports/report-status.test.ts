import { describe, expect, it } from 'vitest'
import type { ReportStatusStep } from '../../../server/shared/api/report-schemas.ts'
import { reportStatuses } from './report-options.ts'
import { historyOldestFirst, isKnownStatus, statusTone } from './report-status.ts'

const step = (status: ReportStatusStep['status'], changed_at: string): ReportStatusStep => ({ status, answer: '', reason: '', changed_at })

describe('a report status', () => {
  it('has a tone for every status', () => {
    for (const status of reportStatuses) expect(statusTone(status)).toBeTruthy()
    expect(statusTone('received')).toBe('waiting')
    expect(statusTone('fixed')).toBe('done')
  })

  it('knows the statuses it can name', () => {
    expect(isKnownStatus('under_review')).toBe(true)
    expect(isKnownStatus('archived')).toBe(false)
  })

  it('orders the history oldest first, keeping ties in the server’s order', () => {
    const history = [step('fixed', '2026-03-01T10:00:00Z'), step('received', '2026-01-01T10:00:00Z'), step('published', '2026-01-01T10:00:00Z')]
    expect(historyOldestFirst(history).map((item) => item.status)).toEqual(['received', 'published', 'fixed'])
  })
})
