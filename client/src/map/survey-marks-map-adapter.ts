import type { LngLatBoundsLike } from 'maplibre-gl'
import type { MarkCells } from '../../../server/shared/api/survey-schemas.ts'
import { markBounds } from '../survey/mark-cells.ts'
import { createPrintableMap } from './printable-map.ts'
import type { PrintableMap, PrintableMapOptions } from './printable-map.ts'
import { surveyMarkCircleLayerId, surveyMarkOverlaySources, surveyMarkSources, surveyMarkStyleLayers } from './survey-mark-layers.ts'
import { initialBounds } from './view.ts'

/**
 * The follow-up's density map: the squares with marks, framed to fit (the town when there are
 * none); printable with the yearly report.
 */
export type SurveyMarksMap = PrintableMap<MarkCells>

export function createSurveyMarksMap(options: PrintableMapOptions): SurveyMarksMap {
  return createPrintableMap(options, {
    overlay: { sources: surveyMarkOverlaySources(), layers: surveyMarkStyleLayers },
    backgroundSources: { municipalities: surveyMarkSources.municipalities, urbanAreas: surveyMarkSources.urbanAreas },
    layerIds: {
      municipalities: ['survey-municipality-line'],
      'urban-areas': ['survey-urban-areas-fill'],
      reports: [surveyMarkCircleLayerId],
    },
    // Room for the counts written to the right of the circles and for the zoom buttons; a single
    // square is shown with its streets around it.
    fit: { padding: { top: 40, bottom: 40, left: 40, right: 72 }, maxZoom: 15 },
    draw(cells, source) {
      source(surveyMarkSources.cells)?.setData(cells)
      return (markBounds(cells) ?? initialBounds) as LngLatBoundsLike
    },
  })
}
