import { useEffect, useRef, useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportPlacesBody, PlaceImportReport } from '../../../server/shared/api/report-schemas.ts'
import { ApiError } from '../data/api-client.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage, problemFor } from '../forms/form-problems.ts'
import type { FormProblem } from '../forms/form-problems.ts'
import { useForm } from '../forms/use-form.ts'
import { importPlaces } from '../moderation/moderation-api.ts'
import { guessSrid, MAX_PLACE_FILE_BYTES, placeFileFormat, placeSrids } from '../moderation/place-import-file.ts'
import type { PlaceSrid } from '../moderation/place-import-file.ts'
import { useSession } from '../session/session-context.ts'
import { ErrorSummary } from './error-summary.tsx'
import { SelectField } from './select-field.tsx'

const formId = 'mod-import'

interface Reviewed {
  body: Omit<ImportPlacesBody, 'dry_run'>
  report: PlaceImportReport
}

/**
 * "Importera ortnamn och adresser": an address list (CSV or GeoJSON) in WGS84 or SWEREF 99, checked
 * by the server first (a dry run) with a report row by row, then saved all in one go.
 */
export function PlaceImport({ onImported }: { onImported(message: string): void }) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const { call } = useSession()
  const form = useForm({ fields: ['file', 'srid'] })
  const [file, setFile] = useState<File | null>(null)
  const [srid, setSrid] = useState<PlaceSrid>(3006)
  const [reviewed, setReviewed] = useState<Reviewed | null>(null)
  const [busy, setBusy] = useState(false)
  // A new key empties the file input after an import.
  const [fileKey, setFileKey] = useState(0)
  const reportHeading = useRef<HTMLHeadingElement>(null)

  // A new report takes focus, so a screen reader reads it and a keyboard user goes on from it.
  useEffect(() => {
    if (reviewed) reportHeading.current?.focus()
  }, [reviewed])

  const problemsOf = (error: unknown): FormProblem[] => {
    if (error instanceof ApiError && error.status === 413) return [{ field: 'file', message: t('moderation.import.tooLarge') }]
    if (error instanceof ApiError && error.fields.length > 0) {
      return error.fields.map((problem) => ({
        field: problem.field === 'srid' ? 'srid' : problem.field === 'content' ? 'file' : null,
        message: context.language === 'sv' ? problem.message_sv : problem.message,
      }))
    }
    return [{ field: null, message: errorMessage(error, context) }]
  }

  const send = async (action: () => Promise<void>) => {
    if (busy) return
    setBusy(true)
    try {
      await action()
    } catch (error) {
      form.fail(problemsOf(error))
    } finally {
      setBusy(false)
    }
  }

  const review = async (event: FormEvent) => {
    event.preventDefault()
    setReviewed(null)
    if (!file) return form.fail([{ field: 'file', message: t('moderation.import.noFile') }])
    if (file.size > MAX_PLACE_FILE_BYTES) return form.fail([{ field: 'file', message: t('moderation.import.tooLarge') }])
    const content = await file.text()
    const body = { format: placeFileFormat(file.name, content), content, srid }
    await send(async () => {
      const report = await importPlaces(call, { ...body, dry_run: true })
      form.fail([])
      setReviewed({ body, report })
    })
  }

  const save = async () => {
    if (!reviewed) return
    await send(async () => {
      const result = await importPlaces(call, { ...reviewed.body, dry_run: false })
      form.fail([])
      setReviewed(null)
      setFile(null)
      setFileKey((value) => value + 1)
      onImported(t('moderation.import.done', { count: result.accepted }))
      document.getElementById('mod-import-heading')?.focus()
    })
  }

  const onFile = async (next: File | null) => {
    setFile(next)
    setReviewed(null)
    if (!next || next.size > MAX_PLACE_FILE_BYTES) return
    // A CSV with lon and lat columns is in degrees: preselect WGS84 (the officer can change it).
    const head = await next.slice(0, 512).text()
    const guess = guessSrid(placeFileFormat(next.name, head), head)
    if (guess !== null) setSrid(guess)
  }

  const report = reviewed?.report
  const allOk = report !== undefined && report.problems.length === 0 && report.accepted > 0
  const fileError = problemFor(form.problems, 'file')
  const fileId = `${formId}-file`

  return (
    <section className="gs-section mod-import" aria-labelledby="mod-import-heading">
      <h2 id="mod-import-heading" className="gs-section__heading" tabIndex={-1}>
        {t('moderation.import.heading')}
      </h2>
      <p className="gs-section__intro">{t('moderation.import.intro')}</p>
      <form id={formId} className="staff-form gs-form" noValidate onSubmit={(event) => void review(event)}>
        <ErrorSummary formId={formId} problems={form.problems} attempt={form.attempt} headingLevel="h3" />
        <div className={fileError ? 'field field--error' : 'field'}>
          <label className="field__label" htmlFor={fileId}>
            {t('moderation.import.file')}
          </label>
          <p id={`${fileId}-hint`} className="field__hint">
            {t('moderation.import.fileHint')}
          </p>
          {fileError && (
            <p id={`${fileId}-error`} className="field__error">
              <span className="visually-hidden">{t('form.errorPrefix')} </span>
              {fileError}
            </p>
          )}
          <input
            key={fileKey}
            id={fileId}
            className="gs-import__file"
            type="file"
            accept=".csv,.txt,.geojson,.json,text/csv,application/geo+json,application/json"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={[`${fileId}-hint`, fileError ? `${fileId}-error` : null].filter(Boolean).join(' ')}
            onChange={(event) => void onFile(event.target.files?.[0] ?? null)}
          />
        </div>
        <SelectField
          id={`${formId}-srid`}
          label={t('moderation.import.crs')}
          value={String(srid)}
          onChange={(event) => {
            setSrid(Number(event.target.value) as PlaceSrid)
            setReviewed(null)
          }}
          error={problemFor(form.problems, 'srid')}
        >
          {placeSrids.map((code) => (
            <option key={code} value={code}>
              {t(`moderation.import.crs_${code}`)}
            </option>
          ))}
        </SelectField>
        <div className="gs-form__actions">
          <button type="submit" className="button" aria-disabled={busy || undefined}>
            {busy && !reviewed ? t('form.busy') : t('moderation.import.review')}
          </button>
        </div>
      </form>
      {report && (
        <div className="gs-import__report">
          <h3 id="mod-import-report-heading" ref={reportHeading} className="gs-subsection__heading" tabIndex={-1}>
            {t('moderation.import.reportHeading')}
          </h3>
          <p className="gs-import__summary">{t('moderation.import.accepted', { count: report.accepted })}</p>
          {report.problems.length > 0 && (
            <>
              <p className="gs-import__summary">{t('moderation.import.problems', { count: report.problems.length })}</p>
              <ul className="gs-import__features">
                {report.problems.map((problem, index) => (
                  <li key={`${problem.row}-${index}`} className="gs-import__feature gs-import__feature--problem">
                    <span className="gs-import__name">{t('moderation.import.row', { row: problem.row })}</span>:{' '}
                    {context.language === 'sv' ? problem.message_sv : problem.message}
                  </li>
                ))}
              </ul>
            </>
          )}
          {!allOk && (
            <p id="mod-import-not-ok" className="field__hint">
              {t('moderation.import.notAllOk')}
            </p>
          )}
          <button
            type="button"
            className="button"
            disabled={!allOk}
            aria-describedby={allOk ? undefined : 'mod-import-not-ok'}
            aria-disabled={busy || undefined}
            onClick={() => void save()}
          >
            {busy ? t('form.busy') : t('moderation.import.save', { count: report.accepted })}
          </button>
        </div>
      )}
    </section>
  )
}
