import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatShortDateTime } from '../features/format-value.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage } from '../forms/form-problems.ts'
import { intlLocales } from '../i18n/languages.ts'
import { fetchOriginalTexts } from '../moderation/moderation-api.ts'
import type { OriginalText } from '../moderation/moderation-api.ts'
import { useSession } from '../session/session-context.ts'

/**
 * In the audit log, under an edit of a report's text: the resident's own words, fetched only when
 * asked for (they may hold personal data, which is why the text was edited).
 */
export function ModerationOriginalTexts({ reportId }: { reportId: number }) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const { call } = useSession()
  const [open, setOpen] = useState(false)
  const [originals, setOriginals] = useState<OriginalText[] | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const regionId = `audit-originals-${reportId}`

  const toggle = async () => {
    const next = !open
    setOpen(next)
    if (!next || originals) return
    setFailure(null)
    try {
      setOriginals(await fetchOriginalTexts(call, reportId))
    } catch (error) {
      setFailure(errorMessage(error, context))
    }
  }

  return (
    <div className="mod-originals">
      <button type="button" className="button button--secondary button--small" aria-expanded={open} aria-controls={regionId} onClick={() => void toggle()}>
        {t(open ? 'moderation.originals.hide' : 'moderation.originals.show')}
      </button>
      <div id={regionId} className="mod-originals__body" hidden={!open}>
        {open && !originals && !failure && <p role="status">{t('moderation.originals.loading')}</p>}
        {failure && (
          <p role="alert" className="message message--error">
            {failure}
          </p>
        )}
        {originals && originals.length === 0 && <p>{t('moderation.originals.none')}</p>}
        {originals && originals.length > 0 && (
          <>
            <p className="mod-originals__note">{t('moderation.originals.note')}</p>
            <ol className="mod-originals__list">
              {originals.map((original, index) => (
                <li key={`${original.replaced_at}-${index}`}>
                  <blockquote className="mod-text__quote">{original.description}</blockquote>
                  <p className="mod-originals__when">
                    {t('moderation.originals.replaced', { date: formatShortDateTime(original.replaced_at, intlLocales[context.language]) })}
                  </p>
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
    </div>
  )
}
