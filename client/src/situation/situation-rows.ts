/**
 * The lägesbild's numbers as the screen and the CSV file show them: one table per source with
 * every type of that source – the types with nothing in the period nor in the series named on one
 * line, so the page stays short and still says what did not happen – and the change against the
 * average of the four periods before, said in words. The CSV file has a row for every type.
 */
import type { EvidenceSource, SituationPeriod, SituationPicture, SituationRow } from '../../../server/shared/api/planning-schemas.ts'
import type { FormatContext } from '../features/translate.ts'
import { incidentTypes, reportCategories } from '../moderation/report-words.ts'
import { binLabel, localeOf, periodLabel } from './situation-periods.ts'

/** The order on the screen: the EST partners' incidents first, as the method puts them. */
export const situationSources: readonly EvidenceSource[] = ['staff', 'public', 'walk']

const typesOf: Record<EvidenceSource, readonly string[]> = { staff: incidentTypes, public: reportCategories, walk: reportCategories }

export interface SourceTable {
  source: EvidenceSource
  /** Every type of the source, most entries first. */
  rows: SituationRow[]
  /** The rows with an entry in the period, the four before or the series. */
  active: SituationRow[]
  /** The types with none at all. */
  quiet: string[]
  count: number
  previous_average: number
  /** Nothing in the period nor in the four before: the table is left out. */
  empty: boolean
}

export function sourceTables(picture: SituationPicture): SourceTable[] {
  return situationSources.map((source) => {
    const given = picture.rows.filter((row) => row.source === source)
    const types = [...typesOf[source], ...given.map((row) => row.type).filter((type) => !typesOf[source].includes(type))]
    const rows = types.map(
      (type) => given.find((row) => row.type === type) ?? { source, type, count: 0, previous_average: 0, series: picture.bins.map(() => 0) },
    )
    const order = (row: SituationRow) => types.indexOf(row.type)
    rows.sort((a, b) => b.count - a.count || b.previous_average - a.previous_average || order(a) - order(b))
    const count = sum(rows.map((row) => row.count))
    const previous = sum(rows.map((row) => row.previous_average))
    const active = rows.filter((row) => !isQuiet(row))
    const quiet = rows.filter(isQuiet).map((row) => row.type)
    return { source, rows, active, quiet, count, previous_average: previous, empty: active.length === 0 }
  })
}

const isQuiet = (row: SituationRow) => row.count === 0 && row.previous_average === 0 && row.series.every((value) => value === 0)

/** A series summed over the rows, bin by bin. */
export function sumSeries(rows: readonly SituationRow[], bins: number): number[] {
  return Array.from({ length: bins }, (_, index) => sum(rows.map((row) => row.series[index] ?? 0)))
}

/** Whether the period has nothing to show: no entries, no places. */
export const isEmptyPicture = (picture: SituationPicture) => picture.total === 0 && picture.places.features.length === 0

export type Direction = 'up' | 'down' | 'same'

/** The change against the average, rounded to one decimal as it is shown. */
export function changeOf(count: number, average: number): { direction: Direction; difference: number } {
  const difference = Math.round(Math.abs(count - average) * 10) / 10
  if (difference === 0) return { direction: 'same', difference: 0 }
  return { direction: count > average ? 'up' : 'down', difference }
}

export const formatNumber = (value: number, context: FormatContext) =>
  new Intl.NumberFormat(localeOf(context.language), { maximumFractionDigits: 1 }).format(value)

/** "31 händelser, 8 fler än snittet för de fyra veckorna före (23)". */
export function totalInWords(picture: SituationPicture, context: FormatContext): string {
  const { direction, difference } = changeOf(picture.total, picture.previous_average)
  return context.t(`situation.total.${direction}`, {
    entries: context.t('situation.total.entries', { count: picture.total }),
    difference: formatNumber(difference, context),
    average: formatNumber(picture.previous_average, context),
    before: context.t(`situation.before.${picture.period}`),
  })
}

/** A source's count against its average: "20, 3 fler än snittet (17)". */
export function sourceInWords(count: number, average: number, context: FormatContext): string {
  const { direction, difference } = changeOf(count, average)
  return context.t(`situation.summary.${direction}`, {
    count: formatNumber(count, context),
    difference: formatNumber(difference, context),
    average: formatNumber(average, context),
  })
}

/** "3 fler", "2,5 färre", "Oförändrat": the change column, also in the CSV file. */
export function changeInWords(count: number, average: number, context: FormatContext): string {
  const { direction, difference } = changeOf(count, average)
  return context.t(`situation.change.${direction}`, { difference: formatNumber(difference, context) })
}

/** A type of any source in words: an incident type or a report category. */
export function typeLabel(type: string, context: FormatContext): string {
  if ((incidentTypes as readonly string[]).includes(type)) return context.t(`incidents.type.${type}`)
  if ((reportCategories as readonly string[]).includes(type)) return context.t(`values.category.${type}`)
  return type
}

/** Whether a bin of the series lies in the period shown (the rest are the periods before). */
export const inPeriod = (bin: string, picture: Pick<SituationPicture, 'from' | 'to'>) => bin >= picture.from && bin <= picture.to

/** The series for a screen reader: "v. 43: 2, v. 44: 0, …". */
export function seriesInWords(period: SituationPeriod, bins: readonly string[], series: readonly number[], context: FormatContext): string {
  return bins.map((bin, index) => `${binLabel(period, bin, context)}: ${formatNumber(series[index] ?? 0, context)}`).join(', ')
}

/** The tables as one CSV file: source, type, count, average, change, then one column per bin. */
export function situationCsv(picture: SituationPicture, context: FormatContext): { header: string[]; rows: (string | number)[][] } {
  const header = [
    context.t('situation.csv.period'),
    context.t('situation.csv.source'),
    context.t('situation.csv.type'),
    context.t('situation.csv.count'),
    context.t(`situation.table.average.${picture.period}`),
    context.t('situation.csv.change'),
    ...picture.bins.map((bin) => `${binLabel(picture.period, bin, context)} (${bin})`),
  ]
  const period = periodLabel(picture.period, picture.from, context)
  const rows = sourceTables(picture).flatMap((table) =>
    table.rows.map((row) => [
      period,
      context.t(`situation.sources.${row.source}`),
      typeLabel(row.type, context),
      row.count,
      formatNumber(row.previous_average, context),
      changeInWords(row.count, row.previous_average, context),
      ...picture.bins.map((_, index) => row.series[index] ?? 0),
    ]),
  )
  return { header, rows }
}

/** The top places as a CSV file; where they lie is in the GeoJSON file of the map's points. */
export function topPlacesCsv(picture: SituationPicture, context: FormatContext): { header: string[]; rows: (string | number)[][] } {
  const header = ['#', context.t('situation.csv.place'), context.t('situation.csv.count'), context.t('situation.csv.topType')]
  const rows = picture.top_places.map((place, index) => [
    index + 1,
    place.place_name ?? context.t('situation.top.unnamed'),
    place.count,
    typeLabel(place.top_type, context),
  ])
  return { header, rows }
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0)
}
