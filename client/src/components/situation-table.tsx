import { useTranslation } from 'react-i18next'
import type { SituationPicture } from '../../../server/shared/api/planning-schemas.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { periodLabel } from '../situation/situation-periods.ts'
import { changeInWords, changeOf, formatNumber, inPeriod, sumSeries, typeLabel } from '../situation/situation-rows.ts'
import type { Direction, SourceTable } from '../situation/situation-rows.ts'
import { SituationBars } from './situation-bars.tsx'

const arrows: Record<Direction, string> = { up: '↑', down: '↓', same: '=' }

/**
 * One source's types with the count in the period, the average of the four before, the change
 * (an arrow and words, never colour alone) and the counts per week or month as small bars.
 */
export function SituationTable({ table, picture }: { table: SourceTable; picture: SituationPicture }) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const headingId = `sp-source-${table.source}`
  const current = picture.bins.map((bin) => inPeriod(bin, picture))
  const rows = [
    ...table.active.map((row) => ({ key: row.type, label: typeLabel(row.type, context), count: row.count, average: row.previous_average, series: row.series, total: false })),
    {
      key: 'total',
      label: t('situation.table.total'),
      count: table.count,
      average: table.previous_average,
      series: sumSeries(table.rows, picture.bins.length),
      total: true,
    },
  ]
  return (
    <section className="sp-source" aria-labelledby={headingId}>
      <h2 id={headingId} className="sp-section__heading">
        {t(`situation.sources.${table.source}`)}
      </h2>
      {table.empty ? (
        <p className="sp-source__none">{t(`situation.table.none.${picture.period}`)}</p>
      ) : (
        <div className="sp-table__scroll">
          <table className="data-table sp-table">
            <caption className="visually-hidden">
              {t('situation.table.caption', { source: t(`situation.sources.${table.source}`), period: periodLabel(picture.period, picture.from, context) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('situation.table.type')}</th>
                <th scope="col" className="sp-table__number">
                  {t('situation.table.count')}
                </th>
                <th scope="col" className="sp-table__number">
                  {t(`situation.table.average.${picture.period}`)}
                </th>
                <th scope="col">{t('situation.table.change')}</th>
                <th scope="col">{t(`situation.table.trend.${picture.period}`)}</th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, -1).map((row) => (
                <TableRow key={row.key} row={row} picture={picture} current={current} />
              ))}
              {table.quiet.length > 0 && (
                <tr className="sp-table__quiet">
                  <th scope="row">{t('situation.table.quiet')}</th>
                  <td colSpan={4}>{table.quiet.map((type) => typeLabel(type, context)).join(', ')}</td>
                </tr>
              )}
            </tbody>
            <tfoot>
              <TableRow row={rows[rows.length - 1]!} picture={picture} current={current} />
            </tfoot>
          </table>
        </div>
      )}
    </section>
  )
}

interface RowData {
  label: string
  count: number
  average: number
  series: readonly number[]
  total: boolean
}

function TableRow({ row, picture, current }: { row: RowData; picture: SituationPicture; current: readonly boolean[] }) {
  const context = useFormatContext()
  const { direction } = changeOf(row.count, row.average)
  return (
    <tr className={row.total ? 'sp-table__total' : undefined}>
      <th scope="row">{row.label}</th>
      <td className="sp-table__number">{formatNumber(row.count, context)}</td>
      <td className="sp-table__number">{formatNumber(row.average, context)}</td>
      <td className={`sp-change sp-change--${direction}`}>
        <span aria-hidden="true" className="sp-change__arrow">
          {arrows[direction]}
        </span>{' '}
        {changeInWords(row.count, row.average, context)}
      </td>
      <td>
        <SituationBars period={picture.period} bins={picture.bins} series={row.series} current={current} />
      </td>
    </tr>
  )
}
