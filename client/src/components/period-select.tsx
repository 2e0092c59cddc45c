import { useTranslation } from 'react-i18next'
import { periods } from '../features/period-filter.ts'
import type { Period } from '../features/period-filter.ts'

interface PeriodSelectProps {
  period: Period
  onChange(period: Period): void
}

export function PeriodSelect({ period, onChange }: PeriodSelectProps) {
  const { t } = useTranslation()
  return (
    <div className="period-select">
      <label htmlFor="period-select" className="period-select__label">
        {t('period.label')}
      </label>
      <select
        id="period-select"
        className="period-select__input"
        value={period}
        aria-describedby="period-select-help"
        onChange={(event) => onChange(event.target.value as Period)}
      >
        {periods.map((value) => (
          <option key={value} value={value}>
            {t(`period.${value}`)}
          </option>
        ))}
      </select>
      <p id="period-select-help" className="period-select__help">
        {t('period.help')}
      </p>
    </div>
  )
}
