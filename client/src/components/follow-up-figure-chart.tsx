import { useTranslation } from 'react-i18next'
import { useFormatContext } from '../features/use-format-context.ts'
import { valuesInWords } from '../survey/chart-words.ts'
import type { FigureGroup } from '../survey/figure-groups.ts'
import { scbLimits } from '../survey/figure-groups.ts'
import { formatFigure } from '../survey/survey-numbers.ts'
import { FollowUpChartKey } from './follow-up-chart-key.tsx'
import type { ChartSeries } from './follow-up-year-chart.tsx'
import { FollowUpTable } from './follow-up-table.tsx'
import { FollowUpYearChart } from './follow-up-year-chart.tsx'

/**
 * One external figure per year in its own small chart: its scale stated beside it (SCB's index
 * with its limits drawn in, NTU's percentage), the municipality's series under its name, Sweden as
 * a second series where there is one, and the source under it.
 */
export function FollowUpFigureChart({ group, municipalityName }: { group: FigureGroup; municipalityName: string | null }) {
  const { t } = useTranslation()
  // The period's municipality by name; without the list of municipalities, "the municipality".
  const ownLabel = municipalityName ?? t('survey.figures.ownMunicipality')
  const context = useFormatContext()
  const years = group.years.map((year) => year.year)
  const format = (value: number) => formatFigure(value, group.source, context)
  const series: ChartSeries[] = [{ label: ownLabel, values: group.years.map((year) => year.value), look: 'main' }]
  if (group.hasNational) series.push({ label: t('survey.figures.sweden'), values: group.years.map((year) => year.national), look: 'compare' })
  const sourceName = t(`survey.figures.${group.source}`)
  const description = series.map((item) => `${item.label}: ${valuesInWords(years, item.values, format, context.t)}`).join('. ')
  const valueColumn = t(group.source === 'scb' ? 'survey.figures.scbValue' : 'survey.figures.ntuValue')

  return (
    <article className="fu-figure">
      <h4 className="fu-figure__heading">{group.label}</h4>
      <p className="fu-figure__source-name">{sourceName}</p>
      <p className="fu-scale">{t(group.source === 'scb' ? 'survey.figures.scbScale' : 'survey.figures.ntuScale')}</p>
      <FollowUpYearChart
        title={`${group.label} – ${sourceName}. ${t(group.source === 'scb' ? 'survey.figures.scbScale' : 'survey.figures.ntuScale')}`}
        years={years}
        series={series}
        domain={group.domain}
        format={format}
        guides={group.source === 'scb' ? scbLimits : []}
        description={description}
      />
      {series.length > 1 && <FollowUpChartKey series={series} />}
      <FollowUpTable
        caption={t('survey.figures.tableCaption', { label: group.label, source: sourceName })}
        columns={[t('survey.results.year'), `${ownLabel}: ${valueColumn}`, ...(group.hasNational ? [`${t('survey.figures.sweden')}: ${valueColumn}`] : [])]}
        rows={group.years.map((year) => ({
          key: year.year,
          head: String(year.year),
          cells: [format(year.value), ...(group.hasNational ? [year.national === null ? t('survey.results.notAnswered') : format(year.national)] : [])],
        }))}
      />
      {group.citations.map((citation) => (
        <p key={citation} className="fu-figure__citation">
          {t('survey.figures.source', { citation })}
        </p>
      ))}
    </article>
  )
}
