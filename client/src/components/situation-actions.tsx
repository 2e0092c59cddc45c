import { useTranslation } from 'react-i18next'

interface SituationActionsProps {
  /** Null while the period loads: there is nothing to save yet. */
  onCsv: (() => void) | null
  onGeoJson: (() => void) | null
}

/** Print the page for the weekly meeting, or save its numbers and its map's points as files. */
export function SituationActions({ onCsv, onGeoJson }: SituationActionsProps) {
  const { t } = useTranslation()
  return (
    <div className="sp-actions sp-no-print">
      <button type="button" className="button" onClick={() => window.print()}>
        {t('situation.print')}
      </button>
      <button type="button" className="button button--secondary" aria-disabled={!onCsv} onClick={() => onCsv?.()}>
        {t('situation.export.csv')}
      </button>
      <button type="button" className="button button--secondary" aria-disabled={!onGeoJson} onClick={() => onGeoJson?.()}>
        {t('situation.export.geojson')}
      </button>
    </div>
  )
}
