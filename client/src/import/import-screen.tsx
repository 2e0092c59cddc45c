import { lazy, Suspense, useMemo, useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { FileImportBody, FileImportResult, FileImportTarget, FilePreview } from '../../../server/shared/api/file-import-schemas.ts'
import { ErrorSummary } from '../components/error-summary.tsx'
import { SelectField } from '../components/select-field.tsx'
import { ApiError } from '../data/api-client.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage, problemFor } from '../forms/form-problems.ts'
import type { FormProblem } from '../forms/form-problems.ts'
import { useForm } from '../forms/use-form.ts'
import { useMapBackground } from '../moderation/use-map-background.ts'
import { useSession } from '../session/session-context.ts'
import { previewFileImport, saveFileImport } from './import-api.ts'
import { importMapData, mappingToSend, targetsFor, toBase64 } from './import-features.ts'
import { ImportFileField } from './import-file-field.tsx'
import { ImportMapping } from './import-mapping.tsx'
import { ImportReport } from './import-report.tsx'
import { ImportResult } from './import-result.tsx'
import './import.css'

// MapLibre is most of the JavaScript: loaded with the first preview.
const ImportMapView = lazy(() => import('./import-map-view.tsx').then((module) => ({ default: module.ImportMapView })))

const formId = 'file-import'
const crsChoices = ['', 'EPSG:4326', 'EPSG:3006', 'EPSG:3008'] as const
type CrsChoice = (typeof crsChoices)[number]
/** Errors about the coordinate system belong beside its select; the rest of a whole-file error beside the file. */
const crsCodes = new Set(['crs_unknown', 'crs_not_accepted', 'crs_mismatch'])

interface Reviewed {
  file_base64: string
  preview: FilePreview
}

/**
 * Import a GIS file: choose what to import into and the file, review what the server makes of it
 * (the CRS, the attribute mapping, every feature on the map and in the report), then save all
 * features at once – possible only when none has a problem.
 */
export function ImportScreen() {
  const { t } = useTranslation()
  const context = useFormatContext()
  const { call, user } = useSession()
  const targets = targetsFor(user?.role)
  const background = useMapBackground()
  const form = useForm({ fields: ['target', 'file', 'crs'] })
  const [target, setTarget] = useState<FileImportTarget>(targets[0] ?? 'watch-areas')
  const [file, setFile] = useState<File | null>(null)
  const [crs, setCrs] = useState<CrsChoice>('')
  const [mapping, setMapping] = useState<Record<string, string> | null>(null)
  const [reviewed, setReviewed] = useState<Reviewed | null>(null)
  const [result, setResult] = useState<FileImportResult | null>(null)
  const [busy, setBusy] = useState(false)
  // The CRS or the mapping changed since the preview: the report no longer says what a save would do.
  const [stale, setStale] = useState(false)
  const [fileKey, setFileKey] = useState(0)
  const mapData = useMemo(() => (reviewed ? importMapData(reviewed.preview) : null), [reviewed])

  const startOver = () => {
    setReviewed(null)
    setMapping(null)
    setStale(false)
  }

  const problemsOf = (error: unknown): FormProblem[] => {
    const message = errorMessage(error, context)
    if (!(error instanceof ApiError)) return [{ field: null, message }]
    if (crsCodes.has(error.code)) return [{ field: 'crs', message }]
    if (error.status === 413 || error.code.startsWith('file_')) return [{ field: 'file', message }]
    if (error.fields.length > 0 && error.code !== 'import_has_problems') {
      return error.fields.map((problem) => ({
        field: problem.field.startsWith('mapping.') ? problem.field : problem.field === 'file_base64' ? 'file' : null,
        message: context.language === 'sv' ? problem.message_sv : problem.message,
      }))
    }
    return [{ field: null, message }]
  }

  const send = async (action: () => Promise<void>) => {
    if (busy) return
    setBusy(true)
    try {
      await action()
      form.fail([])
    } catch (error) {
      form.fail(problemsOf(error))
    } finally {
      setBusy(false)
    }
  }

  const body = (file_base64: string, nextMapping: Record<string, string> | null): FileImportBody => ({
    file_base64,
    ...(crs !== '' && { crs }),
    ...(nextMapping && { mapping: mappingToSend(nextMapping) }),
  })

  const review = async (event: FormEvent) => {
    event.preventDefault()
    setResult(null)
    if (!file) return form.fail([{ field: 'file', message: t('fileImport.noFile') }])
    await send(async () => {
      const file_base64 = reviewed?.file_base64 ?? toBase64(new Uint8Array(await file.arrayBuffer()))
      const preview = await previewFileImport(call, target, body(file_base64, mapping))
      setReviewed({ file_base64, preview })
      setMapping(preview.mapping)
      setStale(false)
      window.setTimeout(() => document.getElementById('file-import-report-heading')?.focus(), 0)
    })
  }

  const saveAll = async () => {
    if (!reviewed) return
    await send(async () => {
      try {
        const saved = await saveFileImport(call, target, body(reviewed.file_base64, mapping))
        setResult(saved)
        setReviewed(null)
        setMapping(null)
        setFile(null)
        setFileKey((key) => key + 1)
        window.setTimeout(() => document.getElementById('file-import-result-heading')?.focus(), 0)
      } catch (error) {
        // Something changed since the preview (another import took a name, the data moved): show it anew.
        if (error instanceof ApiError && error.code === 'import_has_problems') {
          const preview = await previewFileImport(call, target, body(reviewed.file_base64, mapping))
          setReviewed({ ...reviewed, preview })
        }
        throw error
      }
    })
  }

  const allOk = reviewed !== null && !stale && reviewed.preview.problem_count === 0
  const crsHint = reviewed
    ? t('fileImport.crsFound', { declared: reviewed.preview.crs.declared ?? t('fileImport.crsNotSaid'), used: reviewed.preview.crs.used })
    : t('fileImport.crsHint')

  return (
    <div className="file-import">
      <form id={formId} className="staff-form file-import__form" noValidate onSubmit={(event) => void review(event)}>
        <ErrorSummary formId={formId} problems={form.problems} attempt={form.attempt} />
        <SelectField
          id={`${formId}-target`}
          label={t('fileImport.target')}
          value={target}
          onChange={(event) => {
            setTarget(event.target.value as FileImportTarget)
            startOver()
          }}
          error={problemFor(form.problems, 'target')}
        >
          {targets.map((choice) => (
            <option key={choice} value={choice}>
              {t(`fileImport.targets.${choice}`)}
            </option>
          ))}
        </SelectField>
        <ImportFileField
          key={fileKey}
          id={`${formId}-file`}
          error={problemFor(form.problems, 'file')}
          onChange={(next) => {
            setFile(next)
            setResult(null)
            startOver()
          }}
        />
        <SelectField
          id={`${formId}-crs`}
          label={t('fileImport.crs')}
          hint={crsHint}
          value={crs}
          onChange={(event) => {
            setCrs(event.target.value as CrsChoice)
            setStale(reviewed !== null)
          }}
          error={problemFor(form.problems, 'crs')}
        >
          {crsChoices.map((code) => (
            <option key={code} value={code}>
              {code === '' ? t('fileImport.crsFromFile') : t(`fileImport.crsNames.${code.slice(5)}`)}
            </option>
          ))}
        </SelectField>
        {reviewed && mapping && (
          <ImportMapping
            formId={formId}
            preview={reviewed.preview}
            mapping={mapping}
            problems={form.problems}
            onChange={(field, attribute) => {
              setMapping({ ...mapping, [field]: attribute })
              setStale(true)
            }}
          />
        )}
        <div className="file-import__actions">
          <button type="submit" className="button" aria-disabled={busy || undefined}>
            {busy ? t('form.busy') : reviewed ? t('fileImport.reviewAgain') : t('fileImport.review')}
          </button>
        </div>
      </form>

      {reviewed && (
        <div className="file-import__preview">
          <p className="file-import__source">
            {t(`fileImport.formats.${reviewed.preview.format}`)}
            {reviewed.preview.layer && ` · ${t('fileImport.layer', { layer: reviewed.preview.layer })}`}
            {` · ${reviewed.preview.crs.used}`}
          </p>
          <div className="file-import__map">
            <Suspense fallback={null}>
              {background.config && mapData && (
                <ImportMapView background={{ ...background, config: background.config }} data={mapData} onSnapshot={() => undefined} />
              )}
            </Suspense>
          </div>
          <ul className="file-import__legend-list" aria-label={t('fileImport.map.legend')}>
            <li className="file-import__legend-ok">{t('fileImport.map.legendOk')}</li>
            <li className="file-import__legend-problem">{t('fileImport.map.legendProblem')}</li>
          </ul>
          {stale ? (
            <p className="file-import__stale" role="status">
              {t('fileImport.stale')}
            </p>
          ) : (
            <ImportReport preview={reviewed.preview} />
          )}
            {!allOk && (
            <p id="file-import-not-ok" className="field__hint">
              {stale ? t('fileImport.reviewFirst') : t('fileImport.notAllOk')}
            </p>
          )}
          <button
            type="button"
            className="button file-import__save"
            disabled={!allOk}
            aria-describedby={allOk ? undefined : 'file-import-not-ok'}
            aria-disabled={busy || undefined}
            onClick={() => void saveAll()}
          >
            {busy ? t('form.busy') : t('fileImport.saveAll', { count: reviewed.preview.features.length })}
          </button>
        </div>
      )}
      {result && (
        <ImportResult
          result={result}
          onAnother={() => {
            setResult(null)
            document.getElementById(`${formId}-file`)?.focus()
          }}
        />
      )}
    </div>
  )
}
