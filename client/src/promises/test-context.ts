/** The real texts through i18next, as the page uses them, for the tests of the pure wording code. */
import i18next from 'i18next'
import type { FormatContext } from '../features/translate.ts'
import { en } from '../i18n/en.ts'
import { sv } from '../i18n/sv.ts'

const i18n = i18next.createInstance()
await i18n.init({
  resources: { sv: { translation: sv }, en: { translation: en } },
  lng: 'sv',
  interpolation: { escapeValue: false },
})

export const svContext: FormatContext = { t: i18n.getFixedT('sv'), language: 'sv' }
export const enContext: FormatContext = { t: i18n.getFixedT('en'), language: 'en' }
