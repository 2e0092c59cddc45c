/**
 * Values from audit entries in words. Everything here ends up as text in React, never as HTML, so
 * whatever a person typed (names, notes) is shown exactly as typed.
 */
import { formatDate, formatShortDateTime } from '../features/format-value.ts'
import type { FormatContext } from '../features/translate.ts'
import { intlLocales } from '../i18n/languages.ts'

// Enumerated fields whose values have words in the translations (the same as on the map and the
// staff screens). A field several objects share (status) is looked up in each group in turn:
// their values do not overlap.
const enumValues: Record<string, readonly string[]> = {
  role: ['roles'],
  status: ['values.watchStatus', 'moderation.status'],
  signs_condition: ['values.signsCondition'],
  category: ['moderation.category'],
  type: ['incidents.type'],
  organisation: ['incidents.organisation'],
}

// Long free text is cut in the table; the whole text is in the entry's object.
const MAX_TEXT = 300
const MAX_DEPTH = 2

/** A field's name for a person: the log's own words, then the map's, then the field name itself. */
export function auditFieldLabel(field: string, context: FormatContext): string {
  for (const key of [`audit.fields.${field}`, `fields.${field}`]) {
    const label = context.t(key)
    if (label !== key) return label
  }
  return field
}

export function auditValueText(field: string, value: unknown, context: FormatContext, depth = 0): string {
  if (value === undefined || value === null || value === '') return context.t('audit.emptyValue')
  // The server writes only the word "changed" for passwords; never show more, whatever it holds.
  if (field === 'password') return context.t('audit.passwordValue')
  const locale = intlLocales[context.language]
  if (typeof value === 'boolean') return context.t(value ? 'values.yes' : 'values.no')
  if (typeof value === 'number') return new Intl.NumberFormat(locale).format(value)
  if (typeof value === 'string') return stringText(field, value, context)
  if (Array.isArray(value)) {
    if (value.every((item) => item === null || typeof item !== 'object')) {
      return value.map((item) => auditValueText(field, item, context, depth + 1)).join(', ')
    }
    return context.t('audit.items', { count: value.length })
  }
  if (typeof value === 'object') {
    const geometry = geometryText(value, context)
    if (geometry) return geometry
    if (depth >= MAX_DEPTH) return context.t('audit.items', { count: Object.keys(value).length })
    return Object.entries(value as Record<string, unknown>)
      .map(([key, inner]) => `${auditFieldLabel(key, context)}: ${auditValueText(key, inner, context, depth + 1)}`)
      .join('; ')
  }
  return String(value)
}

function stringText(field: string, value: string, context: FormatContext): string {
  for (const group of enumValues[field] ?? []) {
    const key = `${group}.${value}`
    const word = context.t(key)
    if (word !== key) return word
  }
  const locale = intlLocales[context.language]
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, locale)
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return formatShortDateTime(value, locale)
  return value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT)}…` : value
}

/** A GeoJSON geometry as its kind and number of corners; the coordinates themselves say nothing to a reader. */
function geometryText(value: object, context: FormatContext): string | null {
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown }
  if (typeof type !== 'string' || !Array.isArray(coordinates)) return null
  return context.t('audit.geometry', { type, count: countPositions(coordinates) })
}

function countPositions(value: unknown): number {
  if (!Array.isArray(value)) return 0
  if (value.length > 0 && value.every((item) => typeof item === 'number')) return 1
  return value.reduce((sum: number, item) => sum + countPositions(item), 0)
}
