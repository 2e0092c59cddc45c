import { describe, expect, it } from 'vitest'
import { activitiesId, indicatorLink } from './indicator-links.ts'
import { indicatorKinds } from './promise-options.ts'
import { svContext } from './test-context.ts'

describe('the link behind each indicator', () => {
  it('leads walks to the walks page, areas and measures to the map, activities to the list', () => {
    expect(indicatorLink('walks_done')).toEqual({ type: 'page', to: '/vandringar', text: 'promises.links.walks' })
    expect(indicatorLink('startup_meetings')).toMatchObject({ type: 'page', to: '/' })
    expect(indicatorLink('areas_updated')).toMatchObject({ type: 'page', to: '/' })
    expect(indicatorLink('centrum_measures_done')).toMatchObject({ type: 'page', to: '/', text: 'promises.links.measures' })
    expect(indicatorLink('activities')).toEqual({ type: 'activities', text: 'promises.links.activities' })
    expect(activitiesId(5)).toBe('loefte-5-aktiviteter')
  })

  it('has words for every kind', () => {
    for (const kind of indicatorKinds) {
      const key = indicatorLink(kind).text
      expect(svContext.t(key), kind).not.toBe(key)
    }
  })
})
