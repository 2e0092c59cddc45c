import { describe, expect, it } from 'vitest'
import * as server from '../../../server/shared/api/walk-schemas.ts'
import * as client from './walk-options.ts'

describe('the walk value lists the browser repeats', () => {
  it('are the server schema lists', () => {
    expect(client.walkLights).toEqual(server.walkLights)
    expect(client.walkStatuses).toEqual(server.walkStatuses)
    expect(client.assessments).toEqual(server.assessments)
    expect(client.responsibleParties).toEqual(server.responsibleParties)
    expect(client.priorities).toEqual(server.priorities)
    expect(client.measureStatuses).toEqual(server.measureStatuses)
    expect(client.MAX_PARTICIPANTS).toBe(server.MAX_PARTICIPANTS)
    expect(client.FAR_FROM_ROUTE_METRES).toBe(server.FAR_FROM_ROUTE_METRES)
    expect(client.WALKS_PROMISED_PER_YEAR).toBe(server.WALKS_PROMISED_PER_YEAR)
    expect(client.MAX_ROUTE_STOPS).toBe(server.MAX_ROUTE_STOPS)
  })
})
