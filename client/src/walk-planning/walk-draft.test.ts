import { describe, expect, it } from 'vitest'
import * as server from '../../../server/shared/api/walk-schemas.ts'
import type { WalkSummary } from '../../../server/shared/api/walk-schemas.ts'
import { draftFromWalk, emptyDraft, walkBody } from './walk-draft.ts'
import type { WalkDraft } from './walk-draft.ts'

const filled = (extra: Partial<WalkDraft> = {}): WalkDraft => ({
  ...emptyDraft(),
  title: 'Kvällsvandring i centrum',
  date: '2027-03-16',
  time: '18:30',
  meetingPointName: 'Stora torget',
  meetingPoint: [14.1075, 59.3098],
  route: [
    [14.1075, 59.3098],
    [14.1096, 59.3106],
  ],
  preMeetingOn: '2027-03-02',
  followUpOn: '2027-04-06',
  ...extra,
})

describe('the walk form', () => {
  it('sends a body the server schema accepts, in Swedish time', () => {
    const result = walkBody(filled({ route: [[14.10751234567, 59.3098], [14.1096, 59.3106]] }))
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    expect(result.body.starts_at).toBe('2027-03-16T18:30:00+01:00')
    expect(result.body.max_participants).toBe(20)
    expect(result.body.route.coordinates[0]).toEqual([14.107512, 59.3098])
    expect(server.walkBody.safeParse(result.body).success).toBe(true)
  })

  it('says what is missing, field by field, using the server’s field names', () => {
    const result = walkBody({ ...emptyDraft(), duration: '10', maxParticipants: 'many' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems.map((problem) => problem.field)).toEqual([
      'title',
      'starts_at',
      'duration_minutes',
      'meeting_point_name',
      'meeting_point',
      'route',
      'max_participants',
    ])
  })

  it('leaves the order of the meetings to the server, whose message names the walk’s date', () => {
    const result = walkBody(filled({ preMeetingOn: '2027-03-20' }))
    if (!result.ok) throw new Error('expected a body')
    const parsed = server.walkBody.safeParse(result.body)
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues[0]?.path).toEqual(['pre_meeting_on'])
  })

  it('an empty maximum means no maximum', () => {
    const result = walkBody(filled({ maxParticipants: ' ' }))
    expect(result.ok && result.body.max_participants).toBe(null)
  })

  it('opens a saved walk as it was sent', () => {
    const sent = walkBody(filled())
    if (!sent.ok) throw new Error('expected a body')
    const saved = {
      ...sent.body,
      id: 7,
      starts_at: '2027-03-16T17:30:00.000Z',
      length_m: 130,
      protocol_summary: '',
      protocol_published_at: null,
      observation_count: 0,
      updated_at: '2026-11-23T12:00:00Z',
    } as WalkSummary
    expect(draftFromWalk(saved)).toEqual(filled())
  })
})
