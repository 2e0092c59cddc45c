import { describe, expect, it } from 'vitest'
import { collectionIds } from '../data/collections.ts'
import { sv } from '../i18n/sv.ts'
import {
  interactiveLayerIds,
  labelledCollections,
  labelSourceId,
  layerMetadata,
  overlaySources,
  overlayStyleLayers,
  selectionStyleLayers,
  styleLayerIds,
} from './layers.ts'
import { legendEntries } from './legend-entries.ts'
import { markerSpecs } from './marker-images.ts'

const allLayers = [...overlayStyleLayers, ...selectionStyleLayers]
const sources = overlaySources(collectionIds)

describe('overlay layers', () => {
  it('have unique ids', () => {
    const ids = allLayers.map((layer) => layer.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('only use sources the overlay declares', () => {
    for (const layer of allLayers) {
      expect('source' in layer && typeof layer.source === 'string' && layer.source in sources, layer.id).toBe(true)
    }
  })

  it('give every collection at least one clickable layer', () => {
    const all = new Set(collectionIds)
    for (const collection of collectionIds) {
      expect(styleLayerIds(collection).length, collection).toBeGreaterThan(0)
    }
    const clickable = interactiveLayerIds(all).map((id) => layerMetadata(allLayers.find((layer) => layer.id === id) ?? {})?.collection)
    expect(new Set(clickable)).toEqual(all)
  })

  it('list clickable layers topmost first and only for visible collections', () => {
    const ids = interactiveLayerIds(new Set(['reports', 'urban-areas']))
    expect(ids).toEqual(['reports-circle', 'urban-areas-fill'])
  })

  it('declare a label source for each labelled collection', () => {
    for (const collection of Object.keys(labelledCollections)) {
      expect(sources).toHaveProperty([labelSourceId(collection as never)])
    }
  })

  it('use only markers that are drawn', () => {
    const markers = new Set(markerSpecs.map((marker) => marker.id))
    const used = JSON.stringify(overlayStyleLayers).match(/marker-[a-z-]+/g) ?? []
    for (const id of used) expect(markers.has(id), id).toBe(true)
  })
})

describe('legend entries', () => {
  it('cover every collection exactly once', () => {
    expect(legendEntries.map((entry) => entry.collection).sort()).toEqual([...collectionIds].sort())
  })

  it('name every key and layer in the translations', () => {
    for (const entry of legendEntries) {
      expect(sv.layers).toHaveProperty([entry.collection])
      for (const key of entry.keys) expect(sv.legendKeys, key.label).toHaveProperty([key.label])
    }
  })
})
