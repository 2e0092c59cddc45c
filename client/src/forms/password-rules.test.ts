import { describe, expect, it } from 'vitest'
import { PASSWORD_MIN_LENGTH as serverMinimum, passwordField } from '../../../server/shared/api/fields.ts'
import { isLongEnough, PASSWORD_MIN_LENGTH } from './password-rules.ts'

describe('the new-password rule', () => {
  it('is the server’s', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(serverMinimum)
  })

  it('accepts exactly what the server accepts at the edge', () => {
    for (const password of ['a'.repeat(PASSWORD_MIN_LENGTH - 1), 'a'.repeat(PASSWORD_MIN_LENGTH), 'ett långt lösenord']) {
      expect(isLongEnough(password), password).toBe(passwordField.safeParse(password).success)
    }
  })
})
