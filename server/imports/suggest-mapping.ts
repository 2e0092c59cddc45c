/**
 * A first mapping of a file's attributes to a target's fields, by name: an attribute whose name is
 * one a field is known by (`namn` for a name, `starttid` for a start time), compared without
 * case, accents or separators. Exact names win over names that merely start with one; each
 * attribute fills one field at most. The person changes it in the preview.
 */
import { squeeze } from './attribute-values.ts'
import type { TargetFieldSpec } from './import-target.ts'

export function suggestMapping(fields: readonly TargetFieldSpec[], attributes: readonly string[]): Record<string, string> {
  const mapping: Record<string, string> = {}
  const used = new Set<string>()
  const squeezed = attributes.map((name) => ({ name, key: squeeze(name) }))
  const pick = (field: TargetFieldSpec, matches: (key: string, word: string) => boolean) => {
    if (mapping[field.name]) return
    const words = [squeeze(field.name), ...field.suggestedBy.map(squeeze)]
    for (const word of words) {
      const found = squeezed.find(({ name, key }) => !used.has(name) && matches(key, word))
      if (found) {
        mapping[field.name] = found.name
        used.add(found.name)
        return
      }
    }
  }
  for (const field of fields) pick(field, (key, word) => key === word)
  for (const field of fields) pick(field, (key, word) => word.length >= 4 && key.startsWith(word))
  return mapping
}
