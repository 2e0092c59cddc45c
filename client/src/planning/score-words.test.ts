import { describe, expect, it } from 'vitest'
import type { ScoreParts } from '../../../server/shared/api/planning-schemas.ts'
import { defaultWeights } from './planning-options.ts'
import { formulaInWords, scoreSentence, scoreTerms } from './score-words.ts'
import { contextFor } from './words-for-tests.ts'

const sv = contextFor('sv')
const en = contextFor('en')
const busy: ScoreParts = { count: 12, severe: 3, recent: 5, in_centrum: 1, measure_nearby: 1 }

describe('the score in words', () => {
  it('says every part with its count, weight and points, then the sum', () => {
    expect(scoreSentence(busy, 23, defaultWeights, sv)).toBe(
      '12 platser × 1 = 12 · 3 allvarliga × 2 = 6 · 5 från de senaste 90 dagarna × 1 = 5 · i centrumzonen +10 · genomförd åtgärd inom 100 m −10 = 23 poäng',
    )
    expect(scoreSentence(busy, 23, defaultWeights, en)).toBe(
      '12 places × 1 = 12 · 3 serious × 2 = 6 · 5 from the last 90 days × 1 = 5 · in the centrum zone +10 · measure done within 100 m −10 = 23 points',
    )
  })

  it('names what a site lacks, with no points for it', () => {
    const quiet: ScoreParts = { count: 1, severe: 1, recent: 0, in_centrum: 0, measure_nearby: 0 }
    expect(scoreSentence(quiet, 3, defaultWeights, sv)).toBe(
      '1 plats × 1 = 1 · 1 allvarlig × 2 = 2 · 0 från de senaste 90 dagarna × 1 = 0 · utanför centrumzonen 0 · ingen genomförd åtgärd inom 100 m 0 = 3 poäng',
    )
  })

  it('adds up to the score with any weights, decimals written as the language writes them', () => {
    const weights = { w_count: 1.5, w_severity: 0, w_recent: 2, w_centrum: 7.25, w_measure: 3 }
    const terms = scoreTerms(busy, weights, sv)
    expect(terms.map((term) => term.points)).toEqual([18, 0, 10, 7.25, -3])
    expect(terms[0]?.text).toBe('12 platser × 1,5 = 18')
    expect(terms[3]?.text).toBe('i centrumzonen +7,25')
    expect(scoreTerms(busy, weights, en)[3]?.text).toBe('in the centrum zone +7.25')
  })

  it('explains the formula with the weights in force', () => {
    const text = formulaInWords(defaultWeights, sv)
    expect(text).toContain('1 poäng per plats, 2 per allvarlig plats och 1 per plats från de senaste 90 dagarna')
    expect(text).toContain('läggs 10 poäng till')
    expect(text).toContain('inom 100 m dras 10 poäng av')
  })
})
