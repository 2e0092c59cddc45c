import { describe, expect, it } from 'vitest'
import * as server from '../../../server/shared/api/survey-schemas.ts'
import * as client from './survey-options.ts'

describe('the survey value lists', () => {
  it('are the server’s', () => {
    expect(client.questionKinds).toEqual(server.questionKinds)
    expect(client.figureSources).toEqual(server.figureSources)
    expect(client.FREE_TEXT_MAX).toBe(server.FREE_TEXT_MAX)
    expect(client.MARK_CELL_METRES).toBe(server.MARK_CELL_METRES)
  })
})
