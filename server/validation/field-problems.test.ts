import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { idParam, plausibleDate } from '../shared/api/fields.ts'
import { createUserBody } from '../shared/api/user-schemas.ts'
import { fieldProblems } from './field-problems.ts'
import { checkInput } from './parse-input.ts'

const problemsOf = (schema: z.ZodType, value: unknown) => {
  const result = checkInput(schema, value)
  if (result.success) throw new Error('expected the value to be refused')
  return fieldProblems(result.error.issues)
}

describe('field problems', () => {
  it('names each field with a message in Swedish and English', () => {
    const problems = problemsOf(createUserBody, { email: 'inte en adress', role: 'chef', password: 'kort', extra: 1 })
    expect(problems).toEqual([
      { field: 'email', message: 'Give a valid e-mail address.', message_sv: 'Ange en giltig e-postadress.' },
      { field: 'role', message: 'Choose one of: polis, kommun, admin.', message_sv: 'Välj ett av: polis, kommun, admin.' },
      { field: 'password', message: 'At least 12 characters.', message_sv: 'Minst 12 tecken.' },
      { field: 'extra', message: 'This field is not expected here.', message_sv: 'Det här fältet hör inte hit.' },
    ])
  })

  it('says a missing field is required and a wrong type what it should be', () => {
    expect(problemsOf(z.object({ a: z.string(), b: z.boolean() }), { b: 'ja' })).toEqual([
      { field: 'a', message: 'This field is required.', message_sv: 'Fältet måste fyllas i.' },
      { field: 'b', message: 'Must be true or false.', message_sv: 'Ska vara sant eller falskt.' },
    ])
  })

  it('carries the Swedish text of our own rules', () => {
    expect(problemsOf(plausibleDate, '1899-12-31')[0]?.message_sv).toMatch(/^Ange ett datum mellan 2000-01-01/)
    expect(problemsOf(plausibleDate, '2026-02-30')[0]?.message_sv).toBe('Ange ett datum som ÅÅÅÅ-MM-DD.')
    expect(problemsOf(idParam, '99999999999')[0]?.message_sv).toBe('Ange ett positivt heltal (ett id).')
    expect(problemsOf(idParam, "1' OR '1'='1")[0]?.message_sv).toBe('Ange ett positivt heltal (ett id).')
  })
})
