import { describe, expect, it } from 'vitest'
import * as server from '../../../server/shared/api/report-schemas.ts'
import * as client from './report-options.ts'

describe('the report value lists', () => {
  it('are the server’s', () => {
    expect(client.reportCategories).toEqual(server.reportCategories)
    expect(client.timesOfDay).toEqual(server.timesOfDay)
    expect(client.weekParts).toEqual(server.weekParts)
    expect(client.reportStatuses).toEqual(server.reportStatuses)
    expect(client.publicReportStatuses).toEqual(server.publicReportStatuses)
    expect(client.placeKinds).toEqual(server.placeKinds)
    expect(client.REPORT_TEXT_MIN).toBe(server.REPORT_TEXT_MIN)
    expect(client.REPORT_TEXT_MAX).toBe(server.REPORT_TEXT_MAX)
  })
})
