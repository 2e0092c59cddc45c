import { describe, expect, it } from 'vitest'
import { loginPathFor, safeReturnPath } from './return-path.ts'

describe('safeReturnPath', () => {
  it('keeps a path on this site with its query', () => {
    expect(safeReturnPath('/konto')).toBe('/konto')
    expect(safeReturnPath('/admin/logg?typ=user&id=3')).toBe('/admin/logg?typ=user&id=3')
  })

  it('sends everything else to the map', () => {
    for (const value of [
      null,
      undefined,
      '',
      'konto',
      'https://elsewhere.example/',
      '//elsewhere.example/x',
      '/\\elsewhere.example',
      '/\t/elsewhere.example',
      'javascript:alert(1)',
      ' /konto',
    ]) {
      expect(safeReturnPath(value), String(value)).toBe('/')
    }
  })

  it('never leads back to the login page', () => {
    expect(safeReturnPath('/logga-in')).toBe('/')
    expect(safeReturnPath('/logga-in/?till=/konto')).toBe('/')
  })
})

describe('loginPathFor', () => {
  it('carries the way back in ?till=', () => {
    expect(loginPathFor('/admin/logg?typ=user&id=3')).toBe('/logga-in?till=%2Fadmin%2Flogg%3Ftyp%3Duser%26id%3D3')
    expect(safeReturnPath(new URLSearchParams(loginPathFor('/konto').split('?')[1]).get('till'))).toBe('/konto')
  })

  it('needs no ?till= for the map', () => {
    expect(loginPathFor('/')).toBe('/logga-in')
    expect(loginPathFor('/logga-in')).toBe('/logga-in')
  })
})
