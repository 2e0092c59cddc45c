/** The languages of the app; Swedish is the default because the service is Swedish public service. */
export const languages = ['sv', 'en'] as const
export type Language = (typeof languages)[number]
export const defaultLanguage: Language = 'sv'

/** The names a person looks for in the switch, each in its own language. */
export const languageNames: Record<Language, string> = { sv: 'Svenska', en: 'English' }

/** BCP 47 tags for dates and numbers. */
export const intlLocales: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' }

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (languages as readonly string[]).includes(value)
