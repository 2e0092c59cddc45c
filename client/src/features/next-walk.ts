import type { MapFeature, MapFeatureCollection } from '../data/collections.ts'

/**
 * The walk the public can join next: the earliest planned walk that has not started yet. If
 * every planned walk lies in the past (old example data), the earliest planned one is still
 * shown, because it has not been marked as done. With `municipalityCode`, only that municipality's walks.
 */
export function findNextWalk(walks: MapFeatureCollection | undefined, now: Date, municipalityCode: string | null = null): MapFeature | undefined {
  const planned = (walks?.features ?? [])
    .filter((walk) => walk.properties.status === 'planned')
    .filter((walk) => municipalityCode === null || walk.properties.municipality_code === municipalityCode)
    .map((walk) => ({ walk, start: Date.parse(String(walk.properties.starts_at)) }))
    .filter(({ start }) => !Number.isNaN(start))
    .sort((a, b) => a.start - b.start)
  return (planned.find(({ start }) => start >= now.getTime()) ?? planned[0])?.walk
}
