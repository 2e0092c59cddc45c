import { useTranslation } from 'react-i18next'
import { pagePaths } from '../../../server/shared/page-paths.ts'
import { saveMeasureDraft } from '../measures/measure-draft.ts'
import type { MeasureDraft } from '../measures/measure-draft.ts'
import { navigate } from '../routing/history.ts'

/** Starts a new measure on the measures screen with this place and the evidence it answers filled in. */
export function StartMeasureButton({ draft, describedBy }: { draft: MeasureDraft; describedBy?: string }) {
  const { t } = useTranslation()
  const start = () => {
    saveMeasureDraft(draft)
    navigate(`${pagePaths.measures}?ny=1`)
  }
  return (
    <button type="button" className="button button--secondary button--small wp-no-print" aria-describedby={describedBy} onClick={start}>
      {t('startMeasure.button')}
    </button>
  )
}
