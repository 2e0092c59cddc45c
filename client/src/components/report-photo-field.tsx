import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormatContext } from '../features/use-format-context.ts'
import { intlLocales } from '../i18n/languages.ts'
import { checkPhotoFile, MAX_ORIGINAL_BYTES, megabytes, photoAccept } from '../reports/photo-file.ts'
import { preparePhoto } from '../reports/photo-resize.ts'
import type { PreparedPhoto } from '../reports/photo-resize.ts'

interface ReportPhotoFieldProps {
  id: string
  photo: PreparedPhoto | null
  /** A problem from the server (the photo could not be read there). */
  error?: string | undefined
  onChange(photo: PreparedPhoto | null): void
}

/**
 * The optional photo: checked and downscaled in the browser (which also drops its location data)
 * before anything is sent, then shown as a preview that can be removed.
 */
export function ReportPhotoField({ id, photo, error, onChange }: ReportPhotoFieldProps) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const shownError = problem ?? error
  const titleId = `${id}-title`
  const buttonId = `${id}-button`
  const hintId = `${id}-hint`
  const errorId = shownError ? `${id}-error` : undefined

  const choose = async (file: File | undefined) => {
    setProblem(null)
    setMessage(null)
    if (!file) return
    const check = checkPhotoFile(file)
    if (check === 'type') return setProblem(t('reports.form.photoType'))
    if (check === 'tooLarge') {
      return setProblem(t('reports.form.photoTooLarge', { megabytes: megabytes(MAX_ORIGINAL_BYTES, intlLocales[context.language]) }))
    }
    setBusy(true)
    setMessage(t('reports.form.photoPreparing'))
    try {
      const prepared = await preparePhoto(file)
      onChange(prepared)
      setMessage(t('reports.form.photoReady', { width: prepared.width, height: prepared.height }))
    } catch {
      setProblem(t('reports.form.photoUnreadable'))
      setMessage(null)
    } finally {
      setBusy(false)
    }
  }

  const remove = () => {
    onChange(null)
    setMessage(t('reports.form.photoRemoved'))
    document.getElementById(id)?.focus()
  }

  return (
    <div className={shownError ? 'field field--error report-photo' : 'field report-photo'}>
      <p id={titleId} className="field__label">
        {t('reports.form.photo')}
      </p>
      <p id={hintId} className="field__hint">
        {t('reports.form.photoHint')}
      </p>
      {shownError && (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {shownError}
        </p>
      )}
      {/* The browser's own file button speaks the browser's language, not the page's: a label stands in for it. */}
      <input
        id={id}
        className="visually-hidden report-photo__input"
        type="file"
        accept={photoAccept}
        aria-labelledby={`${titleId} ${buttonId}`}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ')}
        aria-invalid={shownError ? true : undefined}
        disabled={busy}
        onChange={(event) => {
          void choose(event.target.files?.[0])
          // The same file can be chosen again after removing it.
          event.target.value = ''
        }}
      />
      <label id={buttonId} htmlFor={id} className="button button--secondary report-photo__choose" aria-disabled={busy ? true : undefined}>
        {photo ? t('reports.form.changePhoto') : t('reports.form.choosePhoto')}
      </label>
      <div role="status" className="report-photo__status">
        {message && <p>{message}</p>}
      </div>
      {photo && (
        <figure className="report-photo__preview">
          <img src={photo.previewUrl} alt={t('reports.form.photoPreview')} width={photo.width} height={photo.height} />
          <figcaption>
            <button type="button" className="button button--secondary" onClick={remove}>
              {t('reports.form.removePhoto')}
            </button>
          </figcaption>
        </figure>
      )}
    </div>
  )
}
