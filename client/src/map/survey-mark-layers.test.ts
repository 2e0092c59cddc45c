import { describe, expect, it } from 'vitest'
import { markSteps } from '../survey/mark-cells.ts'
import { byCount, markStepStyles, surveyMarkCircleLayerId, surveyMarkOverlaySources, surveyMarkStyleLayers } from './survey-mark-layers.ts'

describe('the density map’s layers', () => {
  it('draw only from sources the overlay declares, with ids of their own', () => {
    const declared = new Set(Object.keys(surveyMarkOverlaySources()))
    for (const layer of surveyMarkStyleLayers) expect(declared.has((layer as { source: string }).source), layer.id).toBe(true)
    expect(new Set(surveyMarkStyleLayers.map((layer) => layer.id)).size).toBe(surveyMarkStyleLayers.length)
  })

  it('size and colour the squares in the legend’s steps', () => {
    expect(markStepStyles).toHaveLength(markSteps.length)
    expect(byCount('radius')).toEqual(['step', ['get', 'count'], 7, 3, 10, 10, 14, 30, 19])
    const circles = surveyMarkStyleLayers.find((layer) => layer.id === surveyMarkCircleLayerId) as { paint: Record<string, unknown> }
    expect(circles.paint['circle-radius']).toEqual(byCount('radius'))
    expect(circles.paint['circle-color']).toEqual(byCount('fill'))
  })

  it('tell the steps apart by size, not colour alone', () => {
    const radii = markStepStyles.map((style) => style.radius)
    expect([...radii].sort((a, b) => a - b)).toEqual(radii)
    expect(new Set(radii).size).toBe(radii.length)
  })
})
