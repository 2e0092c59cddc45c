import { useTranslation } from 'react-i18next'
import type { MeasureState } from '../../../server/shared/api/planning-schemas.ts'

/** A mark per status, so the status is never told by colour alone (the word is there too). */
const marks: Record<MeasureState, string> = { proposed: '○ ', decided: '◐ ', done: '● ', rejected: '✕ ' }

/** A measure's status in words, with its own border and mark. */
export function MeasureStatusTag({ status }: { status: MeasureState }) {
  const { t } = useTranslation()
  return (
    <span className={`status-tag ms-status ms-status--${status}`}>
      <span aria-hidden="true">{marks[status]}</span>
      {t(`values.measureStatus.${status}`)}
    </span>
  )
}
