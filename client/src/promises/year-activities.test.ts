import { describe, expect, it } from 'vitest'
import { activitiesInYear, hasAllActivities, swedishDate } from './year-activities.ts'

const activity = (id: number, happened_on: string) => ({ id, promise_id: 1, happened_on, recorded_on: happened_on, title: `Aktivitet ${id}`, description: '' })

describe('the activities of a year', () => {
  it('keeps the ones that happened that year', () => {
    const list = [activity(1, '2018-01-02'), activity(2, '2017-12-31'), activity(3, '2017-01-01'), activity(4, '2016-06-01')]
    expect(activitiesInYear(list, 2017).map((item) => item.id)).toEqual([2, 3])
    expect(activitiesInYear(list, 2019)).toEqual([])
  })

  it('knows when the latest five are all there is', () => {
    expect(hasAllActivities({ latest_activities: [activity(1, '2017-01-01')], activity_count: 1 })).toBe(true)
    expect(hasAllActivities({ latest_activities: [activity(1, '2017-01-01')], activity_count: 7 })).toBe(false)
  })

  it('dates the print in Swedish time', () => {
    // 23:30 UTC on New Year's Eve is already the new year in Sweden.
    expect(swedishDate(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01')
  })
})
