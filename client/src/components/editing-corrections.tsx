import { useTranslation } from 'react-i18next'
import type { PromiseCorrection } from '../../../server/shared/api/promise-schemas.ts'
import { todayInSweden } from '../../../server/today.ts'
import { formatDate } from '../features/format-value.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { intlLocales } from '../i18n/languages.ts'

/** The corrections the public sees for this period, newest first, so staff see their reason as it is shown. */
export function EditingCorrections({ corrections }: { corrections: readonly PromiseCorrection[] }) {
  const { t } = useTranslation()
  const { language } = useFormatContext()
  return (
    <section className="pe-sub" aria-labelledby="pe-corrections-heading">
      <h3 id="pe-corrections-heading" className="pe-sub__heading">
        {t('promiseEditing.corrections.heading')}
      </h3>
      {corrections.length === 0 ? (
        <p className="pe-empty">{t('promiseEditing.corrections.none')}</p>
      ) : (
        <ul className="pe-items pe-corrections">
          {corrections.map((correction) => (
            <li key={correction.id} className="pe-item">
              {t('promiseEditing.corrections.item', {
                date: formatDate(todayInSweden(new Date(correction.corrected_at)), intlLocales[language]),
                what: t(`promiseEditing.corrections.what.${correction.object_type}`),
                reason: correction.reason,
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
