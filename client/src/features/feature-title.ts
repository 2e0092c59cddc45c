import type { CollectionId, Properties } from '../data/collections.ts'
import { intlLocales } from '../i18n/languages.ts'
import { titleFields } from './feature-fields.ts'
import { formatMonth, formatValue } from './format-value.ts'
import type { FormatContext } from './translate.ts'

/** The name a person sees in the list and as the heading of the details panel. */
export function featureTitle(collection: CollectionId, properties: Properties, context: FormatContext): string {
  const field = titleFields[collection]
  const named = field ? properties[field] : undefined
  if (typeof named === 'string' && named.trim() !== '') return named
  const word = (values: 'category' | 'assessment', key: string) => formatValue(properties[key], { type: 'enum', values }, context) ?? ''
  if (collection === 'reports') {
    return context.t('titles.report', {
      category: word('category', 'category'),
      month: formatMonth(properties.reported_month, intlLocales[context.language]),
    })
  }
  if (collection === 'walk-observations') {
    return context.t('titles.observation', { assessment: word('assessment', 'assessment'), category: word('category', 'category') })
  }
  return context.t('titles.untitled')
}

/** A short second line for the list, so features with similar names can be told apart. */
export function featureSubtitle(collection: CollectionId, properties: Properties, context: FormatContext): string | null {
  switch (collection) {
    case 'urban-areas':
      return formatValue(properties.kind, { type: 'enum', values: 'urbanKind' }, context)
    case 'watch-areas':
      return formatValue(properties.status, { type: 'enum', values: 'watchStatus' }, context)
    case 'safety-walks': {
      const status = formatValue(properties.status, { type: 'enum', values: 'walkStatus' }, context)
      const date = formatValue(properties.starts_at, { type: 'date' }, context)
      return [status, date].filter(Boolean).join(', ') || null
    }
    case 'walk-observations':
      return formatValue(properties.walk_title, { type: 'text' }, context)
    case 'reports':
      return formatValue(properties.status, { type: 'enum', values: 'reportStatus' }, context)
    case 'measures':
      return formatValue(properties.status, { type: 'enum', values: 'measureStatus' }, context)
    default:
      return null
  }
}
