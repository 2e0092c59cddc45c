import { describe, expect, it } from 'vitest'
import { reportFeedQuery } from '../../../server/shared/api/report-schemas.ts'
import { reportFeedUrl, reportPhotoUrl } from './report-api.ts'

describe('report links', () => {
  it('follows the whole municipality or a box that always covers the view', () => {
    expect(reportFeedUrl()).toBe('/api/reports/feed.atom')
    const url = reportFeedUrl([14.06571234, 59.29031234, 14.15519876, 59.34379876])
    expect(url).toBe('/api/reports/feed.atom?bbox=14.0657,59.2903,14.1552,59.3438')
    const bbox = new URL(url, 'http://x').searchParams.get('bbox')
    expect(reportFeedQuery.safeParse({ bbox }).success).toBe(true)
  })

  it('writes negative coordinates the server accepts', () => {
    const bbox = new URL(reportFeedUrl([-0.5, -1, 0.5, 1]), 'http://x').searchParams.get('bbox')
    expect(bbox).toBe('-0.5000,-1.0000,0.5000,1.0000')
    expect(reportFeedQuery.safeParse({ bbox }).success).toBe(true)
  })

  it('points at a report’s photo', () => {
    expect(reportPhotoUrl(12)).toBe('/api/reports/12/photo')
  })
})
