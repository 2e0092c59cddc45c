import type { FeatureCollection } from 'geojson'
import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportAreasBody, ImportFeatureReport, ImportReport } from '../../../server/shared/api/import-schemas.ts'
import { ApiError } from '../data/api-client.ts'
import { importWatchAreas } from '../data/grannsamverkan-api.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage, problemFor } from '../forms/form-problems.ts'
import type { FormProblem } from '../forms/form-problems.ts'
import { useForm } from '../forms/use-form.ts'
import { importPreview, parseImportFile } from '../grannsamverkan/import-file.ts'
import { intlLocales } from '../i18n/languages.ts'
import { useSession } from '../session/session-context.ts'
import { ErrorSummary } from './error-summary.tsx'
import { SelectField } from './select-field.tsx'
import { TextField } from './text-field.tsx'

const formId = 'gs-import'
const crsCodes = ['EPSG:4326', 'EPSG:3006', 'EPSG:3008'] as const satisfies readonly ImportAreasBody['crs'][]
const emptyPreview: FeatureCollection = { type: 'FeatureCollection', features: [] }

interface Reviewed {
  body: Omit<ImportAreasBody, 'dry_run'>
  report: ImportReport
}

interface AreaImportProps {
  /** The outlines to show on the map (empty to clear them). */
  onPreview(preview: FeatureCollection): void
  onImported(count: number): void
}

/**
 * Areas from a GeoJSON file: reviewed by the server first (a dry run), shown on the map and listed
 * feature by feature; imported only when every feature is ok, all in one go.
 */
export function AreaImport({ onPreview, onImported }: AreaImportProps) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const { call } = useSession()
  const form = useForm({ fields: ['file', 'crs', 'name_property'] })
  const [file, setFile] = useState<File | null>(null)
  const [crs, setCrs] = useState<ImportAreasBody['crs']>('EPSG:3006')
  const [nameProperty, setNameProperty] = useState('')
  const [reviewed, setReviewed] = useState<Reviewed | null>(null)
  const [busy, setBusy] = useState(false)
  // A new key empties the file input after an import.
  const [fileKey, setFileKey] = useState(0)
  const number = new Intl.NumberFormat(intlLocales[context.language], { maximumFractionDigits: 2 })

  const label = (feature: ImportFeatureReport) => feature.name ?? t('grannsamverkan.import.featureFallback', { number: feature.index + 1 })

  const forget = () => {
    setReviewed(null)
    onPreview(emptyPreview)
  }

  // The server's problems per feature already name the feature; anything else is about the whole file.
  const problemsOf = (error: unknown): FormProblem[] => {
    if (error instanceof ApiError && error.status === 413) return [{ field: 'file', message: t('grannsamverkan.import.tooLarge') }]
    if (error instanceof ApiError && error.fields.length > 0) {
      return error.fields.map((problem) => ({
        field: problem.field === 'crs' || problem.field === 'name_property' ? problem.field : null,
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
    forget()
    if (!file) return form.fail([{ field: 'file', message: t('grannsamverkan.import.noFile') }])
    const parsed = parseImportFile(await file.text())
    if (!parsed.ok) return form.fail([{ field: 'file', message: t(`grannsamverkan.import.${parsed.problem}`) }])
    const property = nameProperty.trim()
    const body = { crs, collection: parsed.collection, ...(property !== '' && { name_property: property }) }
    await send(async () => {
      const report = await importWatchAreas(call, { ...body, dry_run: true })
      form.fail([])
      setReviewed({ body, report })
      onPreview(importPreview(report.features, label))
      window.setTimeout(() => document.getElementById('gs-import-report-heading')?.focus(), 0)
    })
  }

  const importAll = async () => {
    if (!reviewed) return
    await send(async () => {
      const result = await importWatchAreas(call, { ...reviewed.body, dry_run: false })
      form.fail([])
      forget()
      setFile(null)
      setFileKey((value) => value + 1)
      onImported(result.created_ids.length)
    })
  }

  const features = reviewed?.report.features ?? []
  const okCount = features.filter((feature) => feature.ok).length
  const allOk = features.length > 0 && okCount === features.length

  return (
    <section className="gs-section gs-import" aria-labelledby="gs-import-heading">
      <h2 id="gs-import-heading" className="gs-section__heading">
        {t('grannsamverkan.import.heading')}
      </h2>
      <p className="gs-section__intro">{t('grannsamverkan.import.intro')}</p>
      <form id={formId} className="staff-form gs-form" noValidate onSubmit={(event) => void review(event)}>
        <ErrorSummary formId={formId} problems={form.problems} attempt={form.attempt} headingLevel="h3" />
        <FileField
          key={fileKey}
          error={problemFor(form.problems, 'file')}
          onChange={(next) => {
            setFile(next)
            forget()
          }}
        />
        <SelectField
          id={`${formId}-crs`}
          label={t('grannsamverkan.import.crs')}
          value={crs}
          onChange={(event) => {
            setCrs(event.target.value as ImportAreasBody['crs'])
            forget()
          }}
          error={problemFor(form.problems, 'crs')}
        >
          {crsCodes.map((code) => (
            <option key={code} value={code}>
              {t(`grannsamverkan.import.crs_${code.slice(5)}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id={`${formId}-name_property`}
          label={t('grannsamverkan.import.nameProperty')}
          hint={t('grannsamverkan.import.namePropertyHint')}
          autoComplete="off"
          spellCheck={false}
          value={nameProperty}
          onChange={(event) => {
            setNameProperty(event.target.value)
            forget()
          }}
          error={problemFor(form.problems, 'name_property')}
        />
        <div className="gs-form__actions">
          <button type="submit" className="button" aria-disabled={busy || undefined}>
            {busy && !reviewed ? t('form.busy') : t('grannsamverkan.import.review')}
          </button>
        </div>
      </form>
      {reviewed && (
        <div className="gs-import__report">
          <h3 id="gs-import-report-heading" className="gs-subsection__heading" tabIndex={-1}>
            {t('grannsamverkan.import.reportHeading')}
          </h3>
          <p className="gs-import__summary">{t('grannsamverkan.import.summary', { ok: okCount, total: features.length })}</p>
          <ul className="gs-import__features">
            {features.map((feature) => (
              <li key={feature.index} className={feature.ok ? 'gs-import__feature' : 'gs-import__feature gs-import__feature--problem'}>
                <span className="gs-import__name">{label(feature)}</span>{' '}
                <span className="gs-import__area">
                  {feature.area_m2 === null ? t('grannsamverkan.import.noArea') : t('grannsamverkan.import.areaHa', { ha: number.format(feature.area_m2 / 10_000) })}
                </span>{' '}
                <strong className="gs-import__verdict">{t(feature.ok ? 'grannsamverkan.import.ok' : 'grannsamverkan.import.problem')}</strong>
                {feature.repaired && <span className="gs-import__repaired"> ({t('grannsamverkan.import.repaired')})</span>}
                {feature.problems.length > 0 && (
                  <ul className="gs-import__problems">
                    {feature.problems.map((problem, index) => (
                      <li key={index}>{context.language === 'sv' ? problem.message_sv : problem.message}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
          {!allOk && (
            <p id="gs-import-not-ok" className="field__hint">
              {t('grannsamverkan.import.notAllOk')}
            </p>
          )}
          <button
            type="button"
            className="button"
            disabled={!allOk}
            aria-describedby={allOk ? undefined : 'gs-import-not-ok'}
            aria-disabled={busy || undefined}
            onClick={() => void importAll()}
          >
            {busy ? t('form.busy') : t('grannsamverkan.import.import', { count: features.length })}
          </button>
        </div>
      )}
    </section>
  )
}

/** A file input with its label, hint and error tied to it as TextField ties them. */
function FileField({ error, onChange }: { error: string | undefined; onChange(file: File | null): void }) {
  const { t } = useTranslation()
  const id = `${formId}-file`
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ')
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {t('grannsamverkan.import.file')}
      </label>
      <p id={`${id}-hint`} className="field__hint">
        {t('grannsamverkan.import.fileHint')}
      </p>
      {error && (
        <p id={`${id}-error`} className="field__error">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      <input
        id={id}
        className="gs-import__file"
        type="file"
        accept=".geojson,.json,application/geo+json,application/json"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.files?.[0] ?? null)}
      />
    </div>
  )
}
