import { describe, expect, it } from 'vitest'
import { markerSpecs, renderMarker } from './marker-images.ts'
import type { MarkerSpec } from './marker-images.ts'

const pixel = (image: ReturnType<typeof renderMarker>, x: number, y: number) => {
  const offset = (y * image.width + x) * 4
  return Array.from(image.data.slice(offset, offset + 4))
}

const spec = (shape: MarkerSpec['shape']): MarkerSpec => ({
  id: `test-${shape}`,
  shape,
  fill: '#ff0000',
  stroke: '#0000ff',
  size: 20,
  strokeWidth: 3,
})

describe('renderMarker', () => {
  it('makes an image of size × pixel ratio with RGBA pixels', () => {
    const image = renderMarker(spec('circle'), 2)
    expect(image.width).toBe(40)
    expect(image.height).toBe(40)
    expect(image.data).toHaveLength(40 * 40 * 4)
  })

  it('fills the middle and draws the outline at the edge', () => {
    const image = renderMarker(spec('square'), 1)
    expect(pixel(image, 10, 10)).toEqual([255, 0, 0, 255])
    expect(pixel(image, 10, 3)).toEqual([0, 0, 255, 255])
  })

  it('leaves the corners of a circle and the top corners of a triangle transparent', () => {
    expect(pixel(renderMarker(spec('circle'), 1), 0, 0)[3]).toBe(0)
    const triangle = renderMarker(spec('triangle'), 1)
    expect(pixel(triangle, 1, 1)[3]).toBe(0)
    expect(pixel(triangle, 18, 1)[3]).toBe(0)
    expect(pixel(triangle, 10, 12)).toEqual([255, 0, 0, 255])
  })

  it('has distinct ids for every marker of the map', () => {
    const ids = markerSpecs.map((marker) => marker.id)
    expect(new Set(ids).size).toBe(ids.length)
  })
})
