import { describe, expect, it } from 'vitest'
import { apiTokenRoles as serverRoles, apiTokenScopes as serverScopes } from '../../../server/shared/api/api-token-schemas.ts'
import { apiTokenRoles, apiTokenScopes, isApiTokenRole, isApiTokenScope } from './api-token-options.ts'

describe('the API token scopes', () => {
  it('are the server’s list, in its order', () => {
    expect([...apiTokenScopes]).toEqual([...serverScopes])
  })

  it('recognise only those', () => {
    expect(isApiTokenScope('read_write')).toBe(true)
    expect(isApiTokenScope('write')).toBe(false)
    expect(isApiTokenScope('')).toBe(false)
  })
})

describe('the API token roles', () => {
  it('are the server’s list, in its order, without admin', () => {
    expect([...apiTokenRoles]).toEqual([...serverRoles])
    expect(isApiTokenRole('kommun')).toBe(true)
    expect(isApiTokenRole('admin')).toBe(false)
  })
})
