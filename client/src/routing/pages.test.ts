import { describe, expect, it } from 'vitest'
import { pageForPath } from './pages.ts'

describe('pageForPath', () => {
  it('finds the known pages', () => {
    expect(pageForPath('/')).toBe('map')
    expect(pageForPath('/om')).toBe('about')
    expect(pageForPath('/tillganglighet')).toBe('accessibility')
  })

  it('finds the staff pages', () => {
    expect(pageForPath('/logga-in')).toBe('login')
    expect(pageForPath('/konto')).toBe('account')
    expect(pageForPath('/admin/anvandare')).toBe('adminUsers')
    expect(pageForPath('/admin/logg')).toBe('auditLog')
    expect(pageForPath('/admin/drift')).toBe('adminOperations')
  })

  it('forgives a trailing slash', () => {
    expect(pageForPath('/om/')).toBe('about')
    expect(pageForPath('/admin/logg/')).toBe('auditLog')
  })

  it('treats anything else as not found', () => {
    expect(pageForPath('/finns-inte')).toBe('notFound')
    expect(pageForPath('/om/mer')).toBe('notFound')
    expect(pageForPath('/admin')).toBe('notFound')
  })
})
