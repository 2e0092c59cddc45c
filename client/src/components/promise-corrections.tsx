import { useTranslation } from 'react-i18next'
import type { PromisePage } from '../../../server/shared/api/promise-schemas.ts'
import { formatDate } from '../features/format-value.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { intlLocales } from '../i18n/languages.ts'
import { correctionAnchor, correctionSubject, fieldChanges } from '../promises/correction-changes.ts'

/** Every change to the published promise, newest first: when, why, and the words before and after. */
export function PromiseCorrections({ page }: { page: PromisePage }) {
  const { t } = useTranslation()
  const context = useFormatContext()
  if (page.corrections.length === 0) return null
  const corrections = [...page.corrections].sort((a, b) => b.corrected_at.localeCompare(a.corrected_at))
  return (
    <section className="pp-section pp-corrections" aria-labelledby="pp-corrections-heading">
      <h2 id="pp-corrections-heading" className="pp-section__heading">
        {t('promises.corrections.heading')}
      </h2>
      <p>{t('promises.corrections.intro')}</p>
      <ol className="pp-corrections__list">
        {corrections.map((correction) => (
          <li key={correction.id} id={correctionAnchor(correction.id)} className="pp-correction" tabIndex={-1}>
            <h3 className="pp-correction__heading">{correctionSubject(correction, page, context)}</h3>
            <p className="pp-correction__date">
              {t('promises.corrections.date', { date: formatDate(correction.corrected_at.slice(0, 10), intlLocales[context.language]) })}
            </p>
            <p>
              <strong>{t('promises.corrections.reason')}</strong> <span lang="sv">{correction.reason}</span>
            </p>
            <dl className="pp-correction__changes">
              {fieldChanges(correction, context).map((change) => (
                <div key={change.field} className="pp-change">
                  <dt>{change.label}</dt>
                  <dd>
                    {change.before !== null && (
                      <span className="pp-change__line pp-change__line--before">
                        <span className="pp-change__label">{change.after === null ? t('promises.corrections.removed') : t('promises.corrections.before')}</span>{' '}
                        <del lang="sv">{change.before}</del>
                      </span>
                    )}
                    {change.after !== null && (
                      <span className="pp-change__line pp-change__line--after">
                        {change.before !== null && (
                          <span className="pp-change__arrow" aria-hidden="true">
                            →{' '}
                          </span>
                        )}
                        <span className="pp-change__label">{change.before === null ? t('promises.corrections.added') : t('promises.corrections.after')}</span>{' '}
                        <ins lang="sv">{change.after}</ins>
                      </span>
                    )}
                  </dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ol>
    </section>
  )
}
