import type { Language } from '../i18n/languages.ts'

/** The slice of i18next the pure formatting code needs, so it can be tested without React. */
export type Translate = (key: string, options?: Record<string, unknown>) => string

export interface FormatContext {
  t: Translate
  language: Language
}
