import { useTranslation } from 'react-i18next'
import { defaultLanguage, isLanguage, languageNames } from '../i18n/languages.ts'

/**
 * Offers the other language, named in itself and marked with its `lang` so screen readers say it
 * right ("English" on Swedish pages, "Svenska" on English ones). One button fits a phone header.
 */
export function LanguageSwitch() {
  const { i18n } = useTranslation()
  const current = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : defaultLanguage
  const other = current === 'sv' ? 'en' : 'sv'
  return (
    <button type="button" lang={other} className="language-switch" onClick={() => void i18n.changeLanguage(other)}>
      <svg className="language-switch__icon" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
        <circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="M2 10h16M10 2c2.5 2.6 2.5 13.4 0 16M10 2c-2.5 2.6-2.5 13.4 0 16" fill="none" stroke="currentColor" strokeWidth="1.5" />
      </svg>
      {languageNames[other]}
    </button>
  )
}
