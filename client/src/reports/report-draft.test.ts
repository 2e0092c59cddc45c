import { describe, expect, it } from 'vitest'
import { createReportBody } from '../../../server/shared/api/report-schemas.ts'
import { descriptionLength, draftProblems, emptyDraft, reportBody } from './report-draft.ts'
import type { ChosenPlace, ReportDraft } from './report-draft.ts'

const t = (key: string, options?: Record<string, unknown>) => (options ? `${key} ${JSON.stringify(options)}` : key)
const place: ChosenPlace = { coordinates: [14.10781234567, 59.30912345678], source: 'search', name: 'Stora torget', accuracy: null }
const full: ReportDraft = { ...emptyDraft, category: 'lighting', time_of_day: 'evening', week_part: 'all_week', description: '  Mörk gångväg utan lampor.  ' }

describe('a report draft', () => {
  it('lists what is missing in page order', () => {
    expect(draftProblems(emptyDraft, null, t).map((problem) => problem.field)).toEqual(['geometry', 'category', 'time_of_day', 'week_part', 'description'])
  })

  it('has no problems when complete', () => {
    expect(draftProblems(full, place, t)).toEqual([])
  })

  it('counts the description as the server does', () => {
    expect(descriptionLength('   abcd   ')).toBe(4)
    expect(draftProblems({ ...full, description: ' abcd ' }, place, t)).toEqual([{ field: 'description', message: 'reports.form.descriptionShort {"count":5}' }])
    expect(draftProblems({ ...full, description: 'a'.repeat(2001) }, place, t)[0]?.message).toContain('descriptionLong')
  })

  it('builds a body the server accepts, with the text trimmed and no empty honeypot or photo', () => {
    const body = reportBody(full, place)
    expect(body).toEqual({
      category: 'lighting',
      time_of_day: 'evening',
      week_part: 'all_week',
      description: 'Mörk gångväg utan lampor.',
      geometry: { type: 'Point', coordinates: [14.107812, 59.309123] },
    })
    expect(createReportBody.safeParse(body).success).toBe(true)
    expect(createReportBody.safeParse(reportBody({ ...full, photo: 'aGVq', website: 'x' }, place)).success).toBe(true)
  })

  it('refuses to build an incomplete body', () => {
    expect(() => reportBody(emptyDraft, place)).toThrow()
  })
})
