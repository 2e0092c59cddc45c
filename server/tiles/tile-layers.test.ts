import { describe, expect, it } from 'vitest'
import { isCollectionId } from '../../client/src/data/collections.ts'
import { periodFilterExpression } from '../../client/src/features/period-expression.ts'
import { tiledStyleLayers } from '../../client/src/map/tiled-layers.ts'
import { tileLayers } from './tile-layers.ts'

/** Every property an expression reads with `['get', name]`, however deep. */
function propertiesRead(value: unknown, found = new Set<string>()): Set<string> {
  if (!Array.isArray(value)) {
    if (value && typeof value === 'object') for (const nested of Object.values(value)) propertiesRead(nested, found)
    return found
  }
  if (value[0] === 'get' && typeof value[1] === 'string' && value.length === 2) found.add(value[1])
  for (const nested of value) propertiesRead(nested, found)
  return found
}

describe('the properties of zoomed-out tiles', () => {
  const zoomedOutLayers = tileLayers.filter((layer) => layer.zoomedOut)

  it('are listed for the watch areas, whose properties made a zoom 10 tile 263 KB', () => {
    expect(zoomedOutLayers.map((layer) => layer.id)).toContain('watch-areas')
  })

  it.each(zoomedOutLayers.map((layer) => [layer.id, layer] as const))('hold everything the map reads from %s below that zoom', (id, layer) => {
    const { belowZoom, fields } = layer.zoomedOut!
    expect(isCollectionId(id)).toBe(true)
    if (!isCollectionId(id)) return
    const period = periodFilterExpression(id, 'year', new Date('2026-11-25T12:00:00Z'))
    const shownBelow = tiledStyleLayers(id, period).filter((style) => (style.minzoom ?? 0) < belowZoom)
    expect(shownBelow.length).toBeGreaterThan(0)
    const read = new Set<string>()
    for (const style of shownBelow) {
      propertiesRead('filter' in style ? style.filter : undefined, read)
      propertiesRead('paint' in style ? style.paint : undefined, read)
      propertiesRead('layout' in style ? style.layout : undefined, read)
    }
    for (const property of read) expect(fields, `${id} reads ${property} below zoom ${belowZoom}`).toContain(property)
    // And every listed field is one the layer has.
    for (const field of fields) expect(Object.keys(layer.fields)).toContain(field)
  })
})
