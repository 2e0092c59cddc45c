import { createSituationMap } from '../map/situation-map-adapter.ts'
import type { SituationMapData } from '../situation/situation-map-data.ts'
import { PrintableMapView } from './printable-map-view.tsx'
import type { PrintableMapViewProps } from './printable-map-view.tsx'

/** The lägesbild's map; loaded with the screen, so the map library comes only then. */
export function SituationMapView(props: PrintableMapViewProps<SituationMapData>) {
  return <PrintableMapView {...props} create={createSituationMap} texts="situation.map" />
}
