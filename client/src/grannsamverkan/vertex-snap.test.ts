import { describe, expect, it } from 'vitest'
import { nearestVertex, polygonVertices } from './vertex-snap.ts'

const project = (lng: number, lat: number) => ({ x: lng * 1000, y: -lat * 1000 })

describe('polygonVertices', () => {
  it('lists each corner once', () => {
    const vertices = polygonVertices([
      { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] },
      { type: 'Point', coordinates: [5, 5] },
    ])
    expect(vertices).toEqual([[0, 0], [1, 0], [1, 1]])
  })
})

describe('nearestVertex', () => {
  const vertices = [[14, 59], [14.005, 59], [14.02, 59]]
  const degrees = { lng: 0.02, lat: 0.02 }

  it('snaps to the nearest corner within the tolerance', () => {
    const pointer = { lng: 14.004, lat: 59, ...project(14.004, 59) }
    expect(nearestVertex(pointer, vertices, project, 10, degrees)).toEqual([14.005, 59])
  })

  it('leaves the pointer alone when nothing is close', () => {
    const pointer = { lng: 14.012, lat: 59, ...project(14.012, 59) }
    expect(nearestVertex(pointer, vertices, project, 5, degrees)).toBeUndefined()
  })
})
