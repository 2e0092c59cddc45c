import { describe, expect, it } from 'vitest'
import { answerChange, canMerge, canPublish, mergeChange, nextStatus, statusChange, textChange } from './moderation-change.ts'

describe('moderation changes', () => {
  it('sends a status, with the reason only where the public reads one', () => {
    expect(statusChange('under_review', 'ignored')).toEqual({ ok: true, body: { status: 'under_review' } })
    expect(statusChange('rejected', '  Beskriver en person  ')).toEqual({ ok: true, body: { status: 'rejected', status_reason: 'Beskriver en person' } })
  })

  it('asks for a reason to reject or close without a fix', () => {
    expect(statusChange('rejected', ' ')).toEqual({ ok: false, problems: [{ field: 'status_reason', key: 'reasonMissing' }] })
    expect(statusChange('not_actionable', '')).toEqual({ ok: false, problems: [{ field: 'status_reason', key: 'reasonMissing' }] })
  })

  it('merges into another report, never into itself', () => {
    expect(mergeChange({ id: 4 }, 9)).toEqual({ ok: true, body: { status: 'duplicate', duplicate_of: 9 } })
    expect(mergeChange({ id: 4 }, null)).toMatchObject({ ok: false })
    expect(mergeChange({ id: 4 }, 4)).toMatchObject({ ok: false, problems: [{ key: 'targetSelf' }] })
  })

  it('sends an edited text only when it changed', () => {
    expect(textChange({ description: 'Anna säljer här' }, ' Någon säljer här ')).toEqual({ ok: true, body: { description: 'Någon säljer här' } })
    expect(textChange({ description: 'Samma' }, 'Samma ')).toMatchObject({ ok: false, problems: [{ key: 'textUnchanged' }] })
    expect(textChange({ description: 'Samma' }, '  ')).toMatchObject({ ok: false, problems: [{ key: 'textMissing' }] })
  })

  it('sends an answer, an empty one removing it', () => {
    expect(answerChange({ answer: '' }, 'Vi byter lampan i december.')).toEqual({ ok: true, body: { answer: 'Vi byter lampan i december.' } })
    expect(answerChange({ answer: 'Svar' }, '')).toEqual({ ok: true, body: { answer: '' } })
    expect(answerChange({ answer: 'Svar' }, 'Svar')).toMatchObject({ ok: false })
  })

  it('offers publishing only for received reports and merging only for open ones', () => {
    expect(canPublish({ status: 'received' })).toBe(true)
    expect(canPublish({ status: 'published' })).toBe(false)
    expect(canMerge({ status: 'duplicate' })).toBe(false)
    expect(canMerge({ status: 'under_review' })).toBe(true)
  })

  it('proposes the usual next status', () => {
    expect(nextStatus('received')).toBe('published')
    expect(nextStatus('published')).toBe('under_review')
    expect(nextStatus('under_review')).toBe('measure_planned')
    expect(nextStatus('measure_planned')).toBe('fixed')
    expect(nextStatus('fixed')).toBe('under_review')
    expect(nextStatus('rejected')).toBe('under_review')
  })
})
