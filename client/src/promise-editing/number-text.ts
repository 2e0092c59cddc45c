/**
 * Numbers as people type them in a text field: "2", " 2,5 ", "1 000". The fields are text, not
 * `type=number`, because a number input hands the page '' for "två" and a non-number would then
 * be sent as "no target" without a word; here it is caught and named.
 */

/** '' → null (left empty); a number → the number; anything else → undefined. */
export function parseNumberText(text: string, options: { integer?: boolean } = {}): number | null | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.')
  if (compact === '') return null
  const pattern = options.integer ? /^-?\d+$/ : /^-?(\d+(\.\d*)?|\.\d+)$/
  if (!pattern.test(compact)) return undefined
  const value = Number(compact)
  return Number.isFinite(value) ? value : undefined
}

/** A number back into a field: a decimal comma in Swedish, as people write it. */
export function numberText(value: number | null, language: 'sv' | 'en'): string {
  if (value === null) return ''
  const text = String(value)
  return language === 'sv' ? text.replace('.', ',') : text
}
