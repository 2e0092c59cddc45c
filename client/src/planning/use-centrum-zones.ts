import { useEffect, useState } from 'react'
import type { MapFeatureCollection } from '../data/collections.ts'
import { fetchCollection } from '../data/ogc-client.ts'

/**
 * The focus zones from the open OGC API, for drawing the centrum zone (it adds to a site's
 * score). Fetched once per page; without them the map still shows the clusters.
 */
export function useCentrumZones(): MapFeatureCollection | undefined {
  const [zones, setZones] = useState<MapFeatureCollection | undefined>(undefined)
  useEffect(() => {
    const controller = new AbortController()
    fetchCollection('focus-zones', { signal: controller.signal, origin: window.location.origin }).then(setZones, () => undefined)
    return () => controller.abort()
  }, [])
  return zones
}
