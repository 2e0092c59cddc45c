import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { StaffReport } from '../../../server/shared/api/report-schemas.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage } from '../forms/form-problems.ts'
import { staffPhotoUrl } from '../moderation/moderation-api.ts'

interface ModerationPhotoProps {
  report: StaffReport & { photo: NonNullable<StaffReport['photo']> }
  canModerate: boolean
  setHidden(hidden: boolean): Promise<void>
}

/**
 * The report's photo as staff always see it, and whether the public does. A photo that shows
 * people or a number plate is hidden from the public; the report itself can still be published.
 */
export function ModerationPhoto({ report, canModerate, setHidden }: ModerationPhotoProps) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const hidden = report.photo.hidden

  const toggle = async () => {
    if (busy) return
    setBusy(true)
    setFailure(null)
    try {
      await setHidden(!hidden)
    } catch (error) {
      setFailure(errorMessage(error, context))
    } finally {
      setBusy(false)
    }
  }

  return (
    <figure className="mod-photo">
      <img className="mod-photo__image" src={staffPhotoUrl(report.id)} alt={t('moderation.details.photoAlt', { id: report.id })} />
      <figcaption className={hidden ? 'mod-photo__state mod-photo__state--hidden' : 'mod-photo__state'}>
        {t(hidden ? 'moderation.details.photoHidden' : 'moderation.details.photoShown')}
      </figcaption>
      {canModerate && (
        <button type="button" className="button button--secondary button--small" aria-disabled={busy || undefined} onClick={() => void toggle()}>
          {busy ? t('form.busy') : t(hidden ? 'moderation.details.showPhoto' : 'moderation.details.hidePhoto')}
        </button>
      )}
      {failure && (
        <p role="alert" className="message message--error">
          {failure}
        </p>
      )}
    </figure>
  )
}
