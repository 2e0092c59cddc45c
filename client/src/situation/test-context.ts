import type { FormatContext } from '../features/translate.ts'
import { en } from '../i18n/en.ts'
import { sv } from '../i18n/sv.ts'

/** The real texts, filled in (with i18next's _one/_other plurals) as on the screen, for the tests. */
export function textContext(language: 'sv' | 'en'): FormatContext {
  const texts = language === 'sv' ? sv : en
  const lookup = (key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], texts)
  return {
    language,
    t: (key, options = {}) => {
      const count = options.count
      const text = (typeof count === 'number' ? lookup(`${key}_${count === 1 ? 'one' : 'other'}`) : undefined) ?? lookup(key)
      return String(text).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options[name]))
    },
  }
}
