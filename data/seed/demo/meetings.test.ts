import { describe, it, expect } from 'vitest'
import { reference, REFERENCE_DATES, time, yearOf } from './test-support.ts'
import { readUrbanAreas } from './urban-areas.ts'
import { buildWatchAreas } from './watch-areas.ts'

// Meetings only exist together with their areas, so they are tested through buildWatchAreas.
describe.each(REFERENCE_DATES)('meetings (%s)', (referenceIso) => {
  const { refDay, ref, laterYears } = reference(referenceIso)
  const data = buildWatchAreas(readUrbanAreas(), refDay)

  it('never lie after the reference date and link existing areas', () => {
    for (const meeting of data.meetings) {
      expect(time(meeting.heldOn)).toBeLessThanOrEqual(ref)
      expect(meeting.areaIndexes.length).toBeGreaterThan(0)
      for (const index of meeting.areaIndexes) expect(data.watchAreas[index]).toBeDefined()
    }
  })

  it('give every started area exactly one start-up meeting on its startup date', () => {
    data.watchAreas.forEach((area, index) => {
      const startups = data.meetings.filter((m) => m.kind === 'startup' && m.areaIndexes.includes(index))
      if (area.startupMeetingOn === null) expect(startups).toHaveLength(0)
      else expect(startups.map((m) => m.heldOn)).toEqual([area.startupMeetingOn])
    })
    expect(data.meetings.some((m) => m.kind === 'startup' && m.areaIndexes.length > 1)).toBe(true)
    expect(data.meetings.some((m) => m.kind === 'yearly')).toBe(true)
  })

  it('hold at least two start-up meetings in 2016, 2017 and most years since', () => {
    const startupsIn = (year: number) =>
      data.meetings.filter((m) => m.kind === 'startup' && yearOf(m.heldOn) === year).length
    expect(startupsIn(2016)).toBeGreaterThanOrEqual(2)
    expect(startupsIn(2017)).toBeGreaterThanOrEqual(2)
    expect(laterYears.filter((year) => startupsIn(year) >= 2).length).toBeGreaterThanOrEqual(laterYears.length / 2)
  })
})
