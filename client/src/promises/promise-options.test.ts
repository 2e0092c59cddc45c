import { describe, expect, it } from 'vitest'
import * as server from '../../../server/shared/api/promise-schemas.ts'
import * as client from './promise-options.ts'

describe('the promise value lists the browser repeats', () => {
  it('are the server schema lists', () => {
    expect(client.promiseResponsibles).toEqual(server.promiseResponsibles)
    expect(client.indicatorKinds).toEqual(server.indicatorKinds)
    expect(client.yearStatuses).toEqual(server.yearStatuses)
  })
})
