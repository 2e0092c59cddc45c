import { useTranslation } from 'react-i18next'
import type { SituationPeriod } from '../../../server/shared/api/planning-schemas.ts'
import { situationPeriods } from '../situation/situation-periods.ts'

interface SituationControlsProps {
  period: SituationPeriod
  onPeriod(period: SituationPeriod): void
  canGoBack: boolean
  canGoForward: boolean
  onStep(step: -1 | 1): void
}

/** Week, quarter or year, and a step back or forward; none of it is printed. */
export function SituationControls({ period, onPeriod, canGoBack, canGoForward, onStep }: SituationControlsProps) {
  const { t } = useTranslation()
  return (
    <div className="sp-controls sp-no-print">
      <fieldset className="sp-kind">
        <legend className="sp-kind__legend">{t('situation.kind.legend')}</legend>
        <div className="sp-kind__options">
          {situationPeriods.map((value) => (
            <label key={value} className="sp-kind__option">
              <input type="radio" name="sp-period" value={value} checked={period === value} onChange={() => onPeriod(value)} />
              <span>{t(`situation.kind.${value}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="sp-step" role="group" aria-label={t('situation.step.label')}>
        {/* Disabled buttons stay in the tab order as aria-disabled, so their labels can still be read. */}
        <StepButton label={t(`situation.step.previous.${period}`)} arrow="←" enabled={canGoBack} onClick={() => onStep(-1)} />
        <StepButton label={t(`situation.step.next.${period}`)} arrow="→" enabled={canGoForward} onClick={() => onStep(1)} after />
      </div>
      {!canGoForward && <p className="sp-step__note">{t(`situation.step.latest.${period}`)}</p>}
    </div>
  )
}

function StepButton({ label, arrow, enabled, onClick, after = false }: { label: string; arrow: string; enabled: boolean; onClick(): void; after?: boolean }) {
  return (
    <button type="button" className="button button--secondary sp-step__button" aria-disabled={!enabled} onClick={() => enabled && onClick()}>
      {!after && <span aria-hidden="true">{arrow} </span>}
      {label}
      {after && <span aria-hidden="true"> {arrow}</span>}
    </button>
  )
}
