import { describe, expect, it } from 'vitest'
import type { WalkSummary } from '../../../server/shared/api/walk-schemas.ts'
import { orderWalks, walkIdFromSearch } from './walk-order.ts'

const walk = (id: number, startsAt: string, duration = 90) => ({ id, starts_at: startsAt, duration_minutes: duration }) as WalkSummary

describe('the walk list', () => {
  it('puts the coming walks first, soonest on top, then the past ones, latest on top', () => {
    const now = new Date('2026-11-23T12:00:00Z')
    const walks = [walk(1, '2025-05-10T15:30:00Z'), walk(2, '2027-03-16T17:00:00Z'), walk(3, '2026-10-20T17:00:00Z'), walk(4, '2026-12-01T17:00:00Z')]
    const ordered = orderWalks(walks, now)
    expect(ordered.upcoming.map((entry) => entry.id)).toEqual([4, 2])
    expect(ordered.past.map((entry) => entry.id)).toEqual([3, 1])
  })

  it('keeps a walk under way among the coming ones until it is over', () => {
    const now = new Date('2026-11-23T12:00:00Z')
    expect(orderWalks([walk(1, '2026-11-23T11:00:00Z', 90)], now).upcoming).toHaveLength(1)
    expect(orderWalks([walk(1, '2026-11-23T10:00:00Z', 90)], now).past).toHaveLength(1)
  })

  it('reads the walk to open from the address', () => {
    expect(walkIdFromSearch('?id=12')).toBe(12)
    expect(walkIdFromSearch('?id=0')).toBe(null)
    expect(walkIdFromSearch('?id=x')).toBe(null)
    expect(walkIdFromSearch('')).toBe(null)
  })
})
