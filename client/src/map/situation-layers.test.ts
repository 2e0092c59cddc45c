import { describe, expect, it } from 'vitest'
import { evidenceSources } from '../../../server/shared/api/planning-schemas.ts'
import { bySource, situationOverlaySources, situationPlaceLayerId, situationStyleLayers, sourceStyles } from './situation-layers.ts'

describe('the lägesbild’s layers', () => {
  it('draw only from sources the overlay declares', () => {
    const declared = new Set(Object.keys(situationOverlaySources()))
    for (const layer of situationStyleLayers) expect(declared.has((layer as { source: string }).source), layer.id).toBe(true)
    expect(new Set(situationStyleLayers.map((layer) => layer.id)).size).toBe(situationStyleLayers.length)
  })

  it('give every source its own fill and edge, the ones the legend shows', () => {
    const places = situationStyleLayers.find((layer) => layer.id === situationPlaceLayerId)
    expect(places?.type).toBe('circle')
    expect((places as { paint: Record<string, unknown> }).paint['circle-color']).toEqual(bySource('fill'))
    for (const source of evidenceSources) {
      expect(bySource('fill')).toContain(sourceStyles[source].fill)
      expect(bySource('stroke')).toContain(sourceStyles[source].stroke)
    }
    // Not colour alone: each source differs from the others in fill or edge as well as hue.
    const looks = evidenceSources.map((source) => `${sourceStyles[source].fill}/${sourceStyles[source].stroke}/${sourceStyles[source].strokeWidth}`)
    expect(new Set(looks).size).toBe(evidenceSources.length)
  })
})
