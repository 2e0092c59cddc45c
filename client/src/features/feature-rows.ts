import type { CollectionId, Properties } from '../data/collections.ts'
import { detailFields } from './feature-fields.ts'
import { formatValue } from './format-value.ts'
import type { FormatContext } from './translate.ts'

export interface DetailRow {
  key: string
  label: string
  value: string
}

/** The labelled, formatted rows of the details panel; empty values are left out. */
export function featureRows(collection: CollectionId, properties: Properties, context: FormatContext): DetailRow[] {
  return detailFields[collection].flatMap((field) => {
    const value = formatValue(properties[field.key], field.format, context)
    return value === null ? [] : [{ key: field.key, label: context.t(`fields.${field.key}`), value }]
  })
}
