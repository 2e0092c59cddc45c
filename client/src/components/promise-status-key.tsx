import { useTranslation } from 'react-i18next'
import { yearStatuses } from '../promises/promise-options.ts'
import { PromiseStatus } from './promise-status.tsx'

/** What each verdict means, in a sentence each, before the first table uses them. */
export function PromiseStatusKey() {
  const { t } = useTranslation()
  return (
    <section className="pp-key" aria-labelledby="pp-key-heading">
      <h2 id="pp-key-heading" className="pp-key__heading">
        {t('promises.howToRead.heading')}
      </h2>
      <ul className="pp-key__list">
        {yearStatuses.map((status) => (
          <li key={status}>
            <PromiseStatus status={status} /> {t(`promises.howToRead.${status}`)}
          </li>
        ))}
      </ul>
    </section>
  )
}
