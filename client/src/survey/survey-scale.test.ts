import { describe, expect, it } from 'vitest'
import { scaleEndsInText, scaleValues } from './survey-scale.ts'

describe('a scale question', () => {
  it('runs from 1 to its top', () => {
    expect(scaleValues(5)).toEqual([1, 2, 3, 4, 5])
    expect(scaleValues(10)).toHaveLength(10)
    expect(scaleValues(0)).toEqual([])
  })

  it('takes the names of its ends from the question when it gives both', () => {
    expect(scaleEndsInText('Hur trygg känner du dig i centrum på kvällen? (1 = mycket otrygg, 5 = mycket trygg)', 5)).toEqual({
      low: 'mycket otrygg',
      high: 'mycket trygg',
    })
    expect(scaleEndsInText('How safe do you feel? 1 = very unsafe and 10 = very safe.', 10)).toEqual({ low: 'very unsafe', high: 'very safe' })
    expect(scaleEndsInText('Betyg 1 – dåligt; 5 – mycket bra', 5)).toEqual({ low: 'dåligt', high: 'mycket bra' })
  })

  it('has no names of its ends when the question does not say both', () => {
    expect(scaleEndsInText('Hur trygg känner du dig i centrum på kvällen?', 5)).toBeNull()
    expect(scaleEndsInText('Hur trygg (1 = mycket otrygg)?', 5)).toBeNull()
    // The top named is another scale's.
    expect(scaleEndsInText('1 = otrygg, 10 = trygg', 5)).toBeNull()
  })
})
