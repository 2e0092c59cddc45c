import { describe, expect, it } from 'vitest'
import { pageForPath } from './pages.ts'

describe('pageForPath', () => {
  it('finds the known pages', () => {
    expect(pageForPath('/')).toBe('map')
    expect(pageForPath('/om')).toBe('about')
    expect(pageForPath('/tillganglighet')).toBe('accessibility')
  })

  it('forgives a trailing slash', () => {
    expect(pageForPath('/om/')).toBe('about')
  })

  it('treats anything else as not found', () => {
    expect(pageForPath('/finns-inte')).toBe('notFound')
    expect(pageForPath('/om/mer')).toBe('notFound')
  })
})
