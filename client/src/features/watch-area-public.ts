import type { Properties } from '../data/collections.ts'
import { intlLocales } from '../i18n/languages.ts'
import { formatDate } from './format-value.ts'
import type { FormatContext } from './translate.ts'

/**
 * "Aktivt sedan 12 mars 2021" for an active grannsamverkan area, from its start-up meeting. Null
 * for a planned or inactive area, or an active one whose start-up meeting was never recorded.
 */
export function activeSince(properties: Properties, context: FormatContext): string | null {
  const date = properties.startup_meeting_on
  if (properties.status !== 'active' || typeof date !== 'string' || date === '') return null
  return context.t('details.activeSince', { date: formatDate(date, intlLocales[context.language]) })
}
