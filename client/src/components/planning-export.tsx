import { useTranslation } from 'react-i18next'
import type { HexGridResult, HotspotResult } from '../../../server/shared/api/planning-schemas.ts'
import { downloadCsv, downloadGeoJson } from '../export/download-file.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import type { ScoreWeights } from '../planning/score-words.ts'
import { siteCsvHeader, siteCsvRows } from '../planning/site-export.ts'
import { sitesGeoJson } from '../planning/site-features.ts'

interface PlanningExportProps {
  result: HotspotResult
  weights: ScoreWeights
  /** The grid as the map shows it (the visible box); null while none has come or it is hidden. */
  hexGrid: HexGridResult | null
  onSaved(filename: string): void
}

/** The list as CSV for a spreadsheet, and the clusters and the grid as GeoJSON for a GIS. */
export function PlanningExport({ result, weights, hexGrid, onSaved }: PlanningExportProps) {
  const { t } = useTranslation()
  const context = useFormatContext()
  // The file says which period it counts, so two exports are not mistaken for each other.
  const stem = (name: string) => `${name}-${result.period.from}-${result.period.to}`

  const saveCsv = () => {
    const filename = `${stem('kandidatplatser')}.csv`
    downloadCsv(filename, siteCsvHeader(context), siteCsvRows(result.sites, weights, context))
    onSaved(filename)
  }
  const saveClusters = () => {
    const filename = `${stem('kluster')}.geojson`
    downloadGeoJson(filename, sitesGeoJson(result, weights))
    onSaved(filename)
  }
  const saveHex = () => {
    if (!hexGrid) return
    const filename = `${stem(`tathet-${hexGrid.cell_m}m`)}.geojson`
    downloadGeoJson(filename, hexGrid)
    onSaved(filename)
  }

  return (
    <div className="pl-export">
      <h3 className="pl-export__heading">{t('planning.export.heading')}</h3>
      <div className="pl-export__buttons">
        <button type="button" className="button button--secondary" onClick={saveCsv}>
          {t('planning.export.csv')}
        </button>
        <button type="button" className="button button--secondary" onClick={saveClusters}>
          {t('planning.export.clusters')}
        </button>
        {hexGrid && (
          <button type="button" className="button button--secondary" onClick={saveHex}>
            {t('planning.export.hex')}
          </button>
        )}
      </div>
    </div>
  )
}
