import { useTranslation } from 'react-i18next'
import { useFormatContext } from '../features/use-format-context.ts'

/**
 * Under which terms the data may be used, and what it never shows about people. Those terms are
 * the open layers'; when staff see their own layers on the page too, a last line says that those
 * are not open data and may show exact places.
 */
export function OpenDataTerms({ staffLayersShown }: { staffLayersShown: boolean }) {
  const { t } = useTranslation()
  const deed = useFormatContext().language
  return (
    <section aria-labelledby="od-terms-heading">
      <h2 id="od-terms-heading">{t('openData.terms.heading')}</h2>
      <ul>
        <li>
          {t('openData.terms.licence')}{' '}
          <a href={`https://creativecommons.org/publicdomain/zero/1.0/deed.${deed}`} hrefLang={deed}>
            CC0 1.0
          </a>
        </li>
        <li>{t('openData.terms.lantmateriet')}</li>
        <li>{t('openData.terms.rounded')}</li>
        <li>{t('openData.terms.demo')}</li>
        {staffLayersShown && (
          <li className="od-terms__staff">
            <strong>{t('openData.terms.staffOnly')}</strong>
          </li>
        )}
      </ul>
    </section>
  )
}
