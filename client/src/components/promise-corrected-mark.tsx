import { useTranslation } from 'react-i18next'
import type { PromiseCorrection } from '../../../server/shared/api/promise-schemas.ts'
import { formatDate } from '../features/format-value.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { intlLocales } from '../i18n/languages.ts'
import { correctionAnchor } from '../promises/correction-changes.ts'

/** A small "Rättad" beside a corrected text, linking to its latest correction: a changed text is never silent. */
export function PromiseCorrectedMark({ corrections }: { corrections: readonly PromiseCorrection[] }) {
  const { t } = useTranslation()
  const { language } = useFormatContext()
  const latest = [...corrections].sort((a, b) => b.corrected_at.localeCompare(a.corrected_at))[0]
  if (!latest) return null
  const date = formatDate(latest.corrected_at.slice(0, 10), intlLocales[language])
  return (
    <a className="pp-corrected" href={`#${correctionAnchor(latest.id)}`} aria-label={t('promises.corrections.correctedLabel', { date })}>
      {t('promises.corrections.corrected')}
    </a>
  )
}
