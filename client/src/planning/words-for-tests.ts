/** A translate function over the real texts, with i18next's {{placeholders}} and _one/_other plurals, for unit tests. */
import type { FormatContext } from '../features/translate.ts'
import { en } from '../i18n/en.ts'
import { sv } from '../i18n/sv.ts'

export function contextFor(language: 'sv' | 'en'): FormatContext {
  const resources: unknown = language === 'sv' ? sv : en
  const lookup = (key: string): unknown =>
    key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), resources)
  return {
    language,
    t: (key, options = {}) => {
      const count = options.count
      const text = (typeof count === 'number' ? lookup(`${key}_${count === 1 ? 'one' : 'other'}`) : undefined) ?? lookup(key)
      if (typeof text !== 'string') return key
      return text.replace(/\{\{(\w+)\}\}/g, (_match, name: string) => String(options[name]))
    },
  }
}
