import { describe, expect, it } from 'vitest'
import type { Auth } from '../auth/sessions.ts'
import { scopeOf } from './staff-scope.ts'

const account = (role: Auth['role'], municipalityCode: string | null, via: Auth['via'] = 'session'): Auth => ({
  via,
  sessionId: 's',
  userId: 1,
  email: 'a@example.se',
  displayName: 'A',
  role,
  municipalityCode,
  csrfToken: '',
  token: null,
})

describe('scopeOf', () => {
  it('keeps kommun staff in their own municipality and gives the police and admins the whole area', () => {
    expect(scopeOf(account('kommun', '1760'))).toBe('1760')
    expect(scopeOf(account('polis', null))).toBeNull()
    expect(scopeOf(account('admin', null))).toBeNull()
    expect(scopeOf(null)).toBeNull()
  })

  it('gives a kommun account without a municipality none at all, never the whole area', () => {
    const scope = scopeOf(account('kommun', null))
    expect(scope).not.toBeNull()
    expect(scope).not.toMatch(/^[0-9]{4}$/)
  })

  it('lets an API token work in the whole area, as documented for tokens', () => {
    expect(scopeOf(account('kommun', null, 'token'))).toBeNull()
  })
})
