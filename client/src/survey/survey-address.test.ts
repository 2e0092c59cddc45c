import { describe, expect, it } from 'vitest'
import { surveyAddress, surveyIdFromSearch } from './survey-address.ts'

describe('the survey page’s address', () => {
  it('names one survey by a positive whole id', () => {
    expect(surveyIdFromSearch('?id=12')).toBe(12)
    expect(surveyAddress('/enkat', 12)).toBe('/enkat?id=12')
  })

  it('otherwise asks for the open survey', () => {
    for (const search of ['', '?id=', '?id=0', '?id=-3', '?id=1.5', '?id=abc', '?id=99999999999']) expect(surveyIdFromSearch(search), search).toBeNull()
  })
})
