import { describe, expect, it } from 'vitest'
import { measureStates } from '../measures/measure-options.ts'
import { measureClickLayerIds, measureLineLayerId, measureOverlaySources, measureStatusOrder, measureStyleLayers, measureStyles } from './measure-layers.ts'

const sources = measureOverlaySources()

/** WCAG relative luminance contrast of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
  }
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (light! + 0.05) / (dark! + 0.05)
}

describe('the measures map layers', () => {
  it('have unique ids and only use sources the overlay declares', () => {
    const ids = measureStyleLayers.map((layer) => layer.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const layer of measureStyleLayers) {
      expect('source' in layer && typeof layer.source === 'string' && layer.source in sources, layer.id).toBe(true)
    }
  })

  it('style every status, each with its own line layer and a click target', () => {
    expect([...measureStatusOrder].sort()).toEqual([...measureStates].sort())
    const ids = new Set(measureStyleLayers.map((layer) => layer.id))
    for (const status of measureStates) {
      expect(measureStyles.status[status], status).toBeDefined()
      expect(ids.has(measureLineLayerId(status)), status).toBe(true)
    }
    for (const id of measureClickLayerIds) expect(ids.has(id), id).toBe(true)
  })

  it('tell the statuses apart by more than hue: line pattern, width or point ring', () => {
    const looks = measureStates.map((status) => {
      const style = measureStyles.status[status]
      return JSON.stringify([style.dash, style.lineWidth, style.pointFill, style.pointStrokeWidth, style.pointRadius])
    })
    expect(new Set(looks).size).toBe(measureStates.length)
  })

  it('keep lines and point edges at 3:1 against the light basemap', () => {
    for (const status of measureStates) {
      const style = measureStyles.status[status]
      expect(contrast(style.line, '#f7f5f0'), `${status} line`).toBeGreaterThanOrEqual(3)
      expect(contrast(style.pointStroke, '#f7f5f0'), `${status} point edge`).toBeGreaterThanOrEqual(3)
    }
    expect(contrast(measureStyles.drawing.line, '#f7f5f0')).toBeGreaterThanOrEqual(3)
  })
})
