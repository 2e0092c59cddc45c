import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { AddMunicipalityBody, MunicipalitySummary } from '../../../server/shared/api/municipality-schemas.ts'
import { ErrorSummary } from '../components/error-summary.tsx'
import { SelectField } from '../components/select-field.tsx'
import { problemFor } from '../forms/form-problems.ts'
import { useForm } from '../forms/use-form.ts'
import { toBase64 } from '../import/import-features.ts'
import { useSession } from '../session/session-context.ts'
import { addMunicipality } from './municipality-api.ts'
import { MunicipalityFileField } from './municipality-file-field.tsx'

const formId = 'new-municipality'

type CrsCode = NonNullable<AddMunicipalityBody['crs']>
// The server's list (import-schemas.ts), written out: the client imports only types from the server.
const crsCodes = ['EPSG:4326', 'EPSG:3006', 'EPSG:3008'] as const satisfies readonly CrsCode[]
const isCrs = (value: string): value is CrsCode => (crsCodes as readonly string[]).includes(value)

const base64Of = async (file: File) => toBase64(new Uint8Array(await file.arrayBuffer()))

/**
 * An admin adds a municipality of the police area from its boundary file and, if they have it, its
 * tätorter file. The server reads the code and name from the boundary's properties and checks
 * everything; a refused file saves nothing, and its problems are shown at the file.
 */
export function AddMunicipalityForm({ onAdded }: { onAdded(municipality: MunicipalitySummary): void }) {
  const { t } = useTranslation()
  const { call } = useSession()
  const form = useForm({ fields: ['boundary_base64', 'urban_areas_base64', 'crs'] })
  const [boundary, setBoundary] = useState<File | null>(null)
  const [urbanAreas, setUrbanAreas] = useState<File | null>(null)
  const [crs, setCrs] = useState('')
  // A new form after a save clears the file inputs, which cannot be emptied by value.
  const [round, setRound] = useState(0)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!boundary) return form.fail([{ field: 'boundary_base64', message: t('municipalities.boundaryMissing') }])
    let added: MunicipalitySummary | undefined
    const ok = await form.run(async () => {
      const body: AddMunicipalityBody = {
        boundary_base64: await base64Of(boundary),
        ...(urbanAreas && { urban_areas_base64: await base64Of(urbanAreas) }),
        ...(isCrs(crs) && { crs }),
      }
      added = await addMunicipality(call, body)
    })
    if (!ok || !added) return
    setBoundary(null)
    setUrbanAreas(null)
    setCrs('')
    setRound((value) => value + 1)
    onAdded(added)
  }

  return (
    <form id={formId} key={round} className="staff-form" noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary formId={formId} problems={form.problems} attempt={form.attempt} headingLevel="h3" />
      <MunicipalityFileField
        id={`${formId}-boundary_base64`}
        label={t('municipalities.boundaryFile')}
        hint={t('municipalities.boundaryHint')}
        error={problemFor(form.problems, 'boundary_base64')}
        onChange={setBoundary}
      />
      <MunicipalityFileField
        id={`${formId}-urban_areas_base64`}
        label={t('municipalities.urbanAreasFile')}
        hint={t('municipalities.urbanAreasHint')}
        error={problemFor(form.problems, 'urban_areas_base64')}
        onChange={setUrbanAreas}
      />
      <SelectField
        id={`${formId}-crs`}
        label={t('municipalities.crs')}
        hint={t('municipalities.crsHint')}
        value={crs}
        onChange={(event) => setCrs(event.target.value)}
        error={problemFor(form.problems, 'crs')}
      >
        <option value="">{t('municipalities.crsFromFile')}</option>
        {crsCodes.map((code) => (
          <option key={code} value={code}>
            {t(`municipalities.crsName.${code.slice('EPSG:'.length)}`)}
          </option>
        ))}
      </SelectField>
      <div className="staff-form__actions">
        <button type="submit" className="button" aria-disabled={form.busy || undefined}>
          {form.busy ? t('municipalities.adding') : t('municipalities.add')}
        </button>
      </div>
    </form>
  )
}
