import { useTranslation } from 'react-i18next'
import type { SurveyQuestion } from '../../../server/shared/api/survey-schemas.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { valuesInWords } from '../survey/chart-words.ts'
import { formatCount, formatMean, formatPercent } from '../survey/survey-numbers.ts'
import type { QuestionYearRow } from '../survey/survey-results.ts'
import { percentTop } from '../survey/year-chart.ts'
import { FollowUpTable } from './follow-up-table.tsx'
import { FollowUpYearChart } from './follow-up-year-chart.tsx'

/**
 * A scale question per year: the mean on its own scale (1–5 or 1–10, stated), and beside it the
 * share who do not go out, which is a percentage and so gets a chart of its own.
 */
export function FollowUpScaleResult({ question, rows, text }: { question: SurveyQuestion; rows: readonly QuestionYearRow[]; text: string }) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const max = question.scale_max ?? 5
  const years = rows.map((row) => row.year)
  const notes = rows.map((row) => t('survey.results.count', { count: row.answers }))
  const means = rows.map((row) => row.mean)
  const mean = (value: number) => formatMean(value, context)
  const percent = (value: number) => formatPercent(value, context)
  const shares = rows.map((row) => row.notOutShare)

  const columns = [t('survey.results.year'), t('survey.results.answersColumn'), t('survey.results.meanColumn', { max })]
  // The count and its share in one column, so the table fits a phone.
  if (question.allows_not_out) columns.push(t('survey.results.notOut'))

  return (
    <>
      <p className="fu-scale">{t('survey.results.meanScale', { max })}</p>
      <FollowUpYearChart
        title={t('survey.results.meanChart', { max })}
        years={years}
        notes={notes}
        series={[{ label: t('survey.results.mean', { max }), values: means, look: 'main' }]}
        domain={[1, max]}
        format={mean}
        formatTick={String}
        description={valuesInWords(years, means, mean, context.t, notes)}
      />
      {question.allows_not_out && (
        <>
          <p className="fu-scale">{t('survey.results.notOutScale')}</p>
          <FollowUpYearChart
            title={t('survey.results.notOutChart')}
            years={years}
            notes={notes}
            series={[{ label: t('survey.results.notOutShare'), values: shares, look: 'main' }]}
            domain={[0, percentTop(shares)]}
            format={percent}
            description={valuesInWords(years, shares, percent, context.t, notes)}
          />
        </>
      )}
      <FollowUpTable
        caption={t('survey.results.tableCaption', { question: text })}
        columns={columns}
        rows={rows.map((row) => ({
          key: row.year,
          head: String(row.year),
          cells: [
            formatCount(row.answers, context),
            row.mean === null ? t('survey.results.notAnswered') : mean(row.mean),
            ...(question.allows_not_out ? [row.notOutShare === null ? formatCount(row.notOut, context) : t('survey.results.notOutCell', { count: formatCount(row.notOut, context), share: percent(row.notOutShare) })] : []),
          ],
        }))}
      />
    </>
  )
}
