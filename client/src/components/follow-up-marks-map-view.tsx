import type { MarkCells } from '../../../server/shared/api/survey-schemas.ts'
import { createSurveyMarksMap } from '../map/survey-marks-map-adapter.ts'
import { PrintableMapView } from './printable-map-view.tsx'
import type { PrintableMapViewProps } from './printable-map-view.tsx'

/** The density map of the survey's marks; loaded with the section, so the map library comes only then. */
export function FollowUpMarksMapView(props: PrintableMapViewProps<MarkCells>) {
  return <PrintableMapView {...props} create={createSurveyMarksMap} texts="survey.marks" />
}
