import { describe, expect, it } from 'vitest'
import { periodBody, periodUpdateBody } from '../../../server/shared/api/promise-schemas.ts'
import type { PromisePeriod } from '../../../server/shared/api/promise-schemas.ts'
import { emptyPeriodForm, formFromPeriod, periodBodyFrom } from './period-form.ts'

const period: PromisePeriod = {
  id: 4,
  municipality_code: '1781',
  title: 'Medborgarlöfte 2016-2017',
  starts_on: '2016-01-01',
  ends_on: '2017-12-31',
  in_force_until: null,
  published_at: '2016-02-01T10:00:00Z',
  introduction: 'Inledning',
  problem_title: 'Otrygghet i centrum',
  problem_picture: 'Problembild',
  goal: 'Mål',
  follow_up: 'Uppföljning',
  validity: 'Giltighet',
  updated_at: '2016-02-01T10:00:00Z',
}

describe('the period form', () => {
  it('names what is missing before sending', () => {
    const result = periodBodyFrom(emptyPeriodForm(), false)
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: 'title', key: 'titleMissing' },
        { field: 'starts_on', key: 'dateMissing' },
        { field: 'ends_on', key: 'dateMissing' },
      ],
    })
  })

  it('sends a body the server takes, trimmed, the reason only for a published period', () => {
    const form = { ...formFromPeriod(period), title: '  Medborgarlöfte 2016-2017 ', correctionReason: ' Fel datum ' }
    const draft = periodBodyFrom(form, false)
    expect(draft.ok && draft.body.title).toBe('Medborgarlöfte 2016-2017')
    expect(draft.ok && 'correction_reason' in draft.body).toBe(false)
    const published = periodBodyFrom(form, true)
    expect(published.ok && published.body.correction_reason).toBe('Fel datum')
    expect(published.ok && periodUpdateBody.safeParse(published.body).success).toBe(true)
    expect(draft.ok && periodBody.safeParse(draft.body).success).toBe(true)
  })

  it('sends the chosen municipality, and none when it is left to the server', () => {
    const chosen = periodBodyFrom({ ...emptyPeriodForm(), municipalityCode: '1782', title: 'Medborgarlöfte Filipstad', startsOn: '2026-01-01', endsOn: '2026-12-31' }, false)
    expect(chosen.ok && chosen.body.municipality_code).toBe('1782')
    expect(chosen.ok && periodBody.safeParse(chosen.body).success).toBe(true)
    const left = periodBodyFrom({ ...emptyPeriodForm(), title: 'Medborgarlöfte', startsOn: '2026-01-01', endsOn: '2026-12-31' }, false)
    expect(left.ok && 'municipality_code' in left.body).toBe(false)
    // A period's own municipality goes back with every change, which the server accepts.
    const changed = periodBodyFrom(formFromPeriod({ ...period, municipality_code: '1760' }), true)
    expect(changed.ok && changed.body.municipality_code).toBe('1760')
  })

  it('leaves an empty reason out, so the server asks for it at its field', () => {
    const result = periodBodyFrom({ ...formFromPeriod(period), correctionReason: '  ' }, true)
    expect(result.ok && 'correction_reason' in result.body).toBe(false)
  })
})
