import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { en } from './en.ts'
import { defaultLanguage, isLanguage } from './languages.ts'
import type { Language } from './languages.ts'
import { sv } from './sv.ts'

const storageKey = 'trygghetskartan.language'

/** The remembered choice; storage can be blocked (private mode, policies), then Swedish. */
function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(storageKey)
    return isLanguage(value) ? value : defaultLanguage
  } catch {
    return defaultLanguage
  }
}

function remember(language: Language) {
  try {
    window.localStorage.setItem(storageKey, language)
  } catch {
    // Not remembered; the page still switches language.
  }
}

/** Starts i18next synchronously (resources are bundled), so the first render is already translated. */
export function initI18n() {
  const language = storedLanguage()
  void i18next.use(initReactI18next).init({
    resources: { sv: { translation: sv }, en: { translation: en } },
    lng: language,
    fallbackLng: defaultLanguage,
    supportedLngs: ['sv', 'en'],
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  document.documentElement.lang = language
  i18next.on('languageChanged', (next) => {
    if (!isLanguage(next)) return
    document.documentElement.lang = next
    remember(next)
  })
  return i18next
}
