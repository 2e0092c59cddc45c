import { useTranslation } from 'react-i18next'
import { useFormatContext } from '../features/use-format-context.ts'
import { valuesInWords } from '../survey/chart-words.ts'
import { formatCount, formatPercent } from '../survey/survey-numbers.ts'
import type { QuestionYearRow } from '../survey/survey-results.ts'
import { FollowUpTable } from './follow-up-table.tsx'
import { FollowUpYearChart } from './follow-up-year-chart.tsx'

/** A yes/no question per year: the share of yes on 0–100 %, and the counts in the table. */
export function FollowUpYesNoResult({ rows, text }: { rows: readonly QuestionYearRow[]; text: string }) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const years = rows.map((row) => row.year)
  const notes = rows.map((row) => t('survey.results.count', { count: row.answers }))
  const shares = rows.map((row) => row.yesShare)
  const percent = (value: number) => formatPercent(value, context)
  return (
    <>
      <p className="fu-scale">{t('survey.results.yesScale')}</p>
      <FollowUpYearChart
        title={t('survey.results.yesChart')}
        years={years}
        notes={notes}
        series={[{ label: t('survey.results.yesShare'), values: shares, look: 'main' }]}
        domain={[0, 100]}
        format={percent}
        description={valuesInWords(years, shares, percent, context.t, notes)}
      />
      <FollowUpTable
        caption={t('survey.results.tableCaption', { question: text })}
        columns={[t('survey.results.year'), t('survey.results.answersColumn'), t('survey.results.yes'), t('survey.results.no'), t('survey.results.yesShare')]}
        rows={rows.map((row) => ({
          key: row.year,
          head: String(row.year),
          cells: [
            formatCount(row.answers, context),
            formatCount(row.yes, context),
            formatCount(row.no, context),
            row.yesShare === null ? t('survey.results.notAnswered') : percent(row.yesShare),
          ],
        }))}
      />
    </>
  )
}
