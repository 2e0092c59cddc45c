import { describe, expect, it } from 'vitest'
import { activeSince } from './watch-area-public.ts'
import type { FormatContext } from './translate.ts'

const context: FormatContext = {
  language: 'sv',
  t: (key, options) => `${key} ${String(options?.date)}`,
}

describe('an area on the open map', () => {
  it('is active since its start-up meeting', () => {
    expect(activeSince({ status: 'active', startup_meeting_on: '2021-03-12' }, context)).toBe('details.activeSince 12 mars 2021')
  })

  it('says nothing for a planned area or one without a start-up meeting', () => {
    expect(activeSince({ status: 'planned', startup_meeting_on: '2021-03-12' }, context)).toBeNull()
    expect(activeSince({ status: 'active', startup_meeting_on: null }, context)).toBeNull()
  })
})
