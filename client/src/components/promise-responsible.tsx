import { useTranslation } from 'react-i18next'
import type { PromiseProgress } from '../../../server/shared/api/promise-schemas.ts'

/** Who answers for a promise: a tag (Kommunen, Polisen, both) and the document's own words. */
export function PromiseResponsible({ promise }: { promise: Pick<PromiseProgress, 'responsible' | 'responsible_text'> }) {
  const { t } = useTranslation()
  return (
    <p className="pp-responsible">
      <span className={`pp-tag pp-tag--${promise.responsible}`}>
        <span className="visually-hidden">{t('promises.promise.party')} </span>
        {t(`promises.responsible.${promise.responsible}`)}
      </span>
      {promise.responsible_text !== '' && (
        <span className="pp-responsible__text">
          {t('promises.promise.responsible')} <span lang="sv">{promise.responsible_text}</span>
        </span>
      )}
    </p>
  )
}
