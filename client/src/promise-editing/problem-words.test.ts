/**
 * The screen checks numbers before sending, and says what the server would say: that the field
 * must be a number. The server's words are the generic ones for a wrong type (field-problems.ts),
 * shown at the same field; the screen names the field in its sentence.
 */
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { indicatorBody, promiseBody } from '../../../server/shared/api/promise-schemas.ts'
import { externalFigureBody, questionBody } from '../../../server/shared/api/survey-schemas.ts'
import { checkInput } from '../../../server/validation/parse-input.ts'
import { fieldProblems } from '../../../server/validation/field-problems.ts'
import { promiseEditingEn } from '../i18n/promise-editing-en.ts'
import { promiseEditingSv } from '../i18n/promise-editing-sv.ts'

/** The server's problem for `field` when it gets text instead of a number. */
function serverProblem(schema: z.ZodType, body: Record<string, unknown>, field: string) {
  const result = checkInput(schema, { ...body, [field]: 'två' })
  return fieldProblems(result.error?.issues ?? []).find((problem) => problem.field === field)
}

const indicator = { position: 1, kind: 'activities', label: 'Aktiviteter', target_per_year: null }
const promise = { position: 1, text: 'Ett löfte', responsible: 'both', responsible_text: '' }
const question = { position: 1, kind: 'scale', text_sv: 'Hur trygg?', text_en: '', scale_max: 5, allows_not_out: false }
const figure = { source: 'scb', year: 2016, label: 'Trygghet', value: 55, national_value: null, citation: 'SCB' }

const cases = [
  [indicatorBody, indicator, 'target_per_year', 'targetNotNumber'],
  [indicatorBody, indicator, 'position', 'positionNotNumber'],
  [promiseBody, promise, 'position', 'positionNotNumber'],
  [questionBody, question, 'position', 'positionNotNumber'],
  [questionBody, question, 'scale_max', 'scaleMaxNotNumber'],
  [externalFigureBody, figure, 'year', 'yearNotNumber'],
  [externalFigureBody, figure, 'value', 'valueNotNumber'],
  [externalFigureBody, figure, 'national_value', 'nationalValueNotNumber'],
] as const

describe('the words for a number that is not one', () => {
  it.each(cases)('say what the server says about %#', (schema, body, field, key) => {
    expect(serverProblem(schema, body, field)).toEqual({ field, message: 'Must be a number.', message_sv: 'Ska vara ett tal.' })
    expect(promiseEditingEn.problems[key]).toMatch(/must be a number/)
    expect(promiseEditingSv.problems[key]).toMatch(/måste vara ett tal/)
  })
})
