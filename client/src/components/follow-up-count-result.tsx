import { useTranslation } from 'react-i18next'
import type { QuestionKind } from '../../../server/shared/api/survey-schemas.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { formatCount } from '../survey/survey-numbers.ts'
import type { QuestionYearRow } from '../survey/survey-results.ts'
import { FollowUpTable } from './follow-up-table.tsx'

/**
 * Free text and map marks are only counted here: free text is read by staff and never published,
 * and the marks are shown as the density map under the questions.
 */
export function FollowUpCountResult({ kind, rows, text }: { kind: Extract<QuestionKind, 'free_text' | 'map_mark'>; rows: readonly QuestionYearRow[]; text: string }) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const total = rows.reduce((sum, row) => sum + row.answers, 0)
  const freeText = kind === 'free_text'
  return (
    <>
      <p className="fu-count">{freeText ? t('survey.results.freeText', { count: total }) : t('survey.results.marksCount', { count: total })}</p>
      {freeText && <p className="fu-scale">{t('survey.results.freeTextNote')}</p>}
      <FollowUpTable
        caption={t('survey.results.tableCaption', { question: text })}
        columns={[t('survey.results.year'), freeText ? t('survey.results.freeTextColumn') : t('survey.results.marksColumn')]}
        rows={rows.map((row) => ({ key: row.year, head: String(row.year), cells: [formatCount(row.answers, context)] }))}
      />
    </>
  )
}
