import { describe, expect, it } from 'vitest'
import { hexBreaks, hexClassRanges } from '../planning/hex-classes.ts'
import { hexColour, planningHexLayerIds, planningOverlaySources, planningStyleLayers, planningStyles } from './planning-layers.ts'

describe('the planning map layers', () => {
  it('draw only from their own sources, with unique ids', () => {
    const sources = new Set(Object.keys(planningOverlaySources()))
    for (const layer of planningStyleLayers) if ('source' in layer) expect(sources.has(layer.source as string), layer.id).toBe(true)
    const ids = planningStyleLayers.map((layer) => layer.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of planningHexLayerIds) expect(ids).toContain(id)
  })

  it('colour the grid in the legend’s classes: one colour per range, stepping at its breaks', () => {
    const ranges = hexClassRanges()
    expect(ranges).toHaveLength(planningStyles.hexRamp.length)
    expect(ranges[0]).toEqual({ from: null, to: 1 })
    expect(ranges.at(-1)).toEqual({ from: 16, to: null })
    expect(hexColour).toEqual(['step', ['get', 'weight'], planningStyles.hexRamp[0], ...hexBreaks.flatMap((limit, index) => [limit, planningStyles.hexRamp[index + 1]])])
  })

  it('put the grid under the clusters and the ranks on top', () => {
    const ids = planningStyleLayers.map((layer) => layer.id)
    expect(ids.indexOf('pl-hex-fill')).toBeLessThan(ids.indexOf('pl-sites-fill'))
    expect(ids.at(-1)).toBe('pl-sites-rank-number')
  })
})
