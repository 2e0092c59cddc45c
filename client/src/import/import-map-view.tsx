import { PrintableMapView } from '../components/printable-map-view.tsx'
import type { PrintableMapViewProps } from '../components/printable-map-view.tsx'
import type { ImportMapData } from './import-features.ts'
import { createImportMap } from './import-map-adapter.ts'

/** The preview map; loaded with the first preview, so the map library comes only then. */
export function ImportMapView(props: PrintableMapViewProps<ImportMapData>) {
  return <PrintableMapView {...props} create={createImportMap} texts="fileImport.map" />
}
