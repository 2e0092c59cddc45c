import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { defaultLanguage, isLanguage } from '../i18n/languages.ts'
import type { FormatContext } from './translate.ts'

/** The current language and translate function, for the pure formatting helpers. */
export function useFormatContext(): FormatContext {
  const { t, i18n } = useTranslation()
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : defaultLanguage
  return useMemo(() => ({ t: (key: string, options?: Record<string, unknown>) => String(t(key, options)), language }), [t, language])
}
