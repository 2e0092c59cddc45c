import { useEffect, useState } from 'react'
import { filterByPeriod, periodDatetime } from '../features/period-filter.ts'
import type { Period } from '../features/period-filter.ts'
import { initialBounds } from '../map/view.ts'
import { collectionIds } from './collections.ts'
import type { CollectionId, MapFeature, TiledCollections } from './collections.ts'
import { fetchViewItems } from './view-items.ts'
import type { ViewBox } from './view-items.ts'

/** The list of a tiled layer: its features in the map's view and period. */
export type ViewList =
  /** Not asked for (its group is closed). */
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error' }
  | {
      status: 'ready'
      features: MapFeature[]
      /** How many are in the view and period in all. */
      numberMatched: number
      /** Whether there were more than the list shows. */
      capped: boolean
    }

export type ViewLists = Partial<Record<CollectionId, ViewList>>

// After the map stops moving, wait this long, so a few quick moves ask the server once.
const VIEW_DEBOUNCE_MS = 250

// Without a map (no WebGL) there is no view: the list shows the first view's features.
const firstView: ViewBox = [initialBounds[0][0], initialBounds[0][1], initialBounds[1][0], initialBounds[1][1]]

/** Fetches, for every `listed` tiled layer, the features in the view, again when the view or period changes. */
export function useViewItems(tiled: TiledCollections, listed: ReadonlySet<CollectionId>, view: ViewBox | null, period: Period, now: Date): ViewLists {
  const [lists, setLists] = useState<ViewLists>({})
  const wanted = collectionIds.filter((id) => tiled[id] && listed.has(id)).join(',')
  const [west, south, east, north] = view ?? firstView

  useEffect(() => {
    if (!wanted) return
    const controller = new AbortController()
    const { signal } = controller
    const box: ViewBox = [west, south, east, north]
    const timer = setTimeout(() => {
      for (const collection of wanted.split(',') as CollectionId[]) {
        fetchViewItems(collection, box, periodDatetime(collection, period, now), { signal, origin: window.location.origin }).then(
          (items) => {
            // The server's period is as wide as the map's or a little wider (see periodDatetime).
            const shown = filterByPeriod({ [collection]: { type: 'FeatureCollection', features: items.features } }, period, now)[collection]
            const list: ViewList = {
              status: 'ready',
              features: shown?.features ?? [],
              numberMatched: items.numberMatched,
              capped: items.numberMatched > items.features.length,
            }
            setLists((previous) => ({ ...previous, [collection]: list }))
          },
          () => {
            if (!signal.aborted) setLists((previous) => ({ ...previous, [collection]: { status: 'error' } }))
          },
        )
      }
    }, VIEW_DEBOUNCE_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [wanted, west, south, east, north, period, now])

  return lists
}
