import { describe, expect, it } from 'vitest'
import { ApiError } from '../data/api-client.ts'
import type { FormatContext } from '../features/translate.ts'
import { errorMessage, problemFor, problemsFromError } from './form-problems.ts'

const context = (language: 'sv' | 'en'): FormatContext => ({
  language,
  t: (key, options) => (options ? `${key} ${JSON.stringify(options)}` : key),
})

const invalid = new ApiError(400, 'invalid_input', 'The data is not valid.', 'Uppgifterna är inte giltiga.', [
  { field: 'email', message: 'Give a valid e-mail address.', message_sv: 'Ange en giltig e-postadress.' },
  { field: 'email', message: 'At most 254 characters.', message_sv: 'Högst 254 tecken.' },
  { field: 'password', message: 'At least 12 characters.', message_sv: 'Minst 12 tecken.' },
  { field: 'extra', message: 'This field is not expected here.', message_sv: 'Det här fältet hör inte hit.' },
])

describe('errorMessage', () => {
  it('speaks the page language', () => {
    const error = new ApiError(401, 'wrong_credentials', 'Wrong e-mail address or password.', 'Fel e-postadress eller lösenord.')
    expect(errorMessage(error, context('sv'))).toBe('Fel e-postadress eller lösenord.')
    expect(errorMessage(error, context('en'))).toBe('Wrong e-mail address or password.')
  })

  it('gives the wait in whole minutes from Retry-After', () => {
    const error = new ApiError(429, 'too_many_requests', 'Too many attempts.', 'För många försök.', [], 61)
    expect(errorMessage(error, context('sv'))).toBe('errors.tooManyRequests {"minutes":2}')
    const soon = new ApiError(429, 'too_many_requests', 'Too many attempts.', 'För många försök.', [], 5)
    expect(errorMessage(soon, context('sv'))).toBe('errors.tooManyRequests {"minutes":1}')
  })

  it('has its own words for an unreachable server and for anything unexpected', () => {
    expect(errorMessage(new ApiError(0, 'network_error', '', ''), context('sv'))).toBe('errors.network')
    expect(errorMessage(new Error('boom'), context('sv'))).toBe('errors.unknown')
    expect(errorMessage(new ApiError(502, 'http_502', '', ''), context('en'))).toBe('errors.unknown')
  })
})

describe('problemsFromError', () => {
  it('puts each server problem on its field, first message only, and the rest on the form', () => {
    const problems = problemsFromError(invalid, context('sv'), { fields: ['email', 'password'] })
    expect(problems).toEqual([
      { field: 'email', message: 'Ange en giltig e-postadress.' },
      { field: 'password', message: 'Minst 12 tecken.' },
      { field: null, message: 'extra: Det här fältet hör inte hit.' },
    ])
    expect(problemFor(problems, 'password')).toBe('Minst 12 tecken.')
  })

  it('ties a code to a field when the server names none', () => {
    const taken = new ApiError(409, 'email_taken', 'There is already an account for a@b.se.', 'Det finns redan ett konto för a@b.se.')
    expect(problemsFromError(taken, context('sv'), { fields: ['email'], codeFields: { email_taken: 'email' } })).toEqual([
      { field: 'email', message: 'Det finns redan ett konto för a@b.se.' },
    ])
  })

  it('reports an error without fields for the whole form', () => {
    const own = new ApiError(409, 'own_account', 'You cannot …', 'Du kan inte …')
    expect(problemsFromError(own, context('en'), { fields: ['role'] })).toEqual([{ field: null, message: 'You cannot …' }])
  })
})
