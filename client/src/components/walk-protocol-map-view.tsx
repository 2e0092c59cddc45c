import { createWalkRouteMap } from '../map/walk-route-map-adapter.ts'
import type { WalkRouteData } from '../walk-protocol/route-features.ts'
import { PrintableMapView } from './printable-map-view.tsx'
import type { PrintableMapViewProps } from './printable-map-view.tsx'

/** The walk's route map; loaded with the screen, so the map library comes only then. */
export function WalkProtocolMapView(props: PrintableMapViewProps<WalkRouteData>) {
  return <PrintableMapView {...props} create={createWalkRouteMap} texts="walkProtocol.map" />
}
