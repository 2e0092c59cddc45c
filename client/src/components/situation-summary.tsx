import { useTranslation } from 'react-i18next'
import type { SituationPicture } from '../../../server/shared/api/planning-schemas.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { isEmptyPicture, sourceInWords, totalInWords } from '../situation/situation-rows.ts'
import type { SourceTable } from '../situation/situation-rows.ts'

/** The period in one sentence – the total against the four periods before – then each source's count. */
export function SituationSummary({ picture, tables }: { picture: SituationPicture; tables: readonly SourceTable[] }) {
  const { t } = useTranslation()
  const context = useFormatContext()
  return (
    <section className="sp-summary" aria-labelledby="sp-summary-heading">
      <h2 id="sp-summary-heading" className="visually-hidden">
        {t('situation.summary.heading')}
      </h2>
      {isEmptyPicture(picture) && <p className="sp-summary__empty">{t('situation.empty')}</p>}
      {/* Nothing now nor before: "0, as many as the average (0)" would only repeat the line above. */}
      {(picture.total > 0 || picture.previous_average > 0) && (
        <>
          <p className="sp-summary__total">{totalInWords(picture, context)}</p>
          <ul className="sp-summary__sources">
            {tables.map((table) => (
              <li key={table.source}>
                <span className="sp-summary__source">{t(`situation.sources.${table.source}`)}:</span>{' '}
                {sourceInWords(table.count, table.previous_average, context)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
