import { useTranslation } from 'react-i18next'

export interface FollowUpTableRow {
  key: string | number
  /** The row's heading cell, usually the year. */
  head: string
  cells: readonly string[]
}

interface FollowUpTableProps {
  caption: string
  /** The column headings, the first one over the row headings. */
  columns: readonly string[]
  rows: readonly FollowUpTableRow[]
  /** Behind "Show as a table" (the chart's twin), or shown as it is. */
  folded?: boolean
}

/** A chart's numbers as a table with a caption: for screen readers, for copying, and for exact values. */
export function FollowUpTable({ caption, columns, rows, folded = true }: FollowUpTableProps) {
  const { t } = useTranslation()
  const table = (
    <div className="fu-table__scroll">
      <table className="data-table fu-table__table">
        <caption className="fu-table__caption">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.head}</th>
              {row.cells.map((cell, index) => (
                <td key={index}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
  if (!folded) return <div className="fu-table">{table}</div>
  return (
    <details className="fu-table">
      <summary className="fu-table__summary">{t('survey.results.showTable')}</summary>
      {table}
    </details>
  )
}
