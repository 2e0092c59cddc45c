import { useEffect, useState } from 'react'
import { fetchClientConfig } from '../data/client-config.ts'
import type { ClientConfig } from '../data/client-config.ts'
import type { MapFeatureCollection } from '../data/collections.ts'
import { fetchCollection } from '../data/ogc-client.ts'

export interface MapBackground {
  config: ClientConfig | null
  municipalities?: MapFeatureCollection
  urbanAreas?: MapFeatureCollection
  /** The outlines could not be fetched: the map still shows the points. */
  failed: boolean
}

/**
 * What the staff map needs besides its points: the installation's basemap and, from the open
 * OGC API, the municipality and its tätorter (the offline basemap draws nothing without them).
 * Fetched once per page.
 */
export function useMapBackground(): MapBackground {
  const [background, setBackground] = useState<MapBackground>({ config: null, failed: false })

  useEffect(() => {
    const controller = new AbortController()
    const { signal } = controller
    const origin = window.location.origin
    fetchClientConfig(signal).then(
      (config) => setBackground((previous) => ({ ...previous, config })),
      () => !signal.aborted && setBackground((previous) => ({ ...previous, config: { basemapStyleUrl: null, reportGridMetres: 50 } })),
    )
    Promise.all([fetchCollection('municipalities', { signal, origin }), fetchCollection('urban-areas', { signal, origin })]).then(
      ([municipalities, urbanAreas]) => setBackground((previous) => ({ ...previous, municipalities, urbanAreas, failed: false })),
      () => !signal.aborted && setBackground((previous) => ({ ...previous, failed: true })),
    )
    return () => controller.abort()
  }, [])

  return background
}
