import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { StaffIncident } from '../../../server/shared/api/incident-schemas.ts'
import type { PlaceMatch } from '../../../server/shared/api/report-schemas.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { problemFor } from '../forms/form-problems.ts'
import { useForm } from '../forms/use-form.ts'
import { intlLocales } from '../i18n/languages.ts'
import { incidentBody } from '../moderation/incident-entry.ts'
import type { IncidentDraft } from '../moderation/incident-entry.ts'
import { createIncident } from '../moderation/moderation-api.ts'
import { incidentOrganisations, incidentTypes } from '../moderation/report-words.ts'
import type { IncidentOrganisation } from '../moderation/report-words.ts'
import { stockholmWallTime } from '../moderation/stockholm-time.ts'
import { useSession } from '../session/session-context.ts'
import { ErrorSummary } from './error-summary.tsx'
import { PlaceSearch } from './place-search.tsx'
import { SelectField } from './select-field.tsx'
import { TextAreaField } from './text-area-field.tsx'
import { TextField } from './text-field.tsx'

const formId = 'incident'
const DESCRIPTION_MAX = 2000

/** The place as the form shows it: from a name, or a point tapped on the map. */
export interface ChosenPlace {
  coordinates: [number, number]
  name: string | null
}

interface IncidentFormProps {
  place: ChosenPlace | null
  onPlace(place: ChosenPlace | null): void
  onSaved(incident: StaffIncident): void
}

/** Staff's own organisation as the first guess; an admin chooses. */
const organisationFor = (role: string | undefined): IncidentOrganisation | '' => (role === 'polis' ? 'polis' : role === 'kommun' ? 'kommun' : '')

/**
 * A quick form for an EST incident: type, exact date and time (now to begin with, Swedish time),
 * who reports, the place (tapped on the map or found by name) and a description of what happened,
 * never of who did it.
 */
export function IncidentForm({ place, onPlace, onSaved }: IncidentFormProps) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const { call, user } = useSession()
  const form = useForm({ fields: ['type', 'date', 'time', 'organisation', 'place', 'description', 'occurred_at', 'geometry'] })
  const [now] = useState(() => stockholmWallTime(new Date()))
  const [draft, setDraft] = useState<Omit<IncidentDraft, 'place'>>(() => ({
    type: '',
    date: now.date,
    time: now.time,
    organisation: organisationFor(user?.role),
    description: '',
  }))
  // A new key starts the place search afresh after a save.
  const [searchKey, setSearchKey] = useState(0)
  const set = <K extends keyof typeof draft>(key: K, value: (typeof draft)[K]) => setDraft((previous) => ({ ...previous, [key]: value }))
  const coordinate = new Intl.NumberFormat(intlLocales[context.language], { minimumFractionDigits: 5, maximumFractionDigits: 5 })

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const result = incidentBody({ ...draft, place: place?.coordinates ?? null })
    if (!result.ok) return form.fail(result.problems.map((problem) => ({ field: problem.field, message: t(`incidents.problems.${problem.key}`) })))
    const saved = await form.run(async () => {
      const incident = await createIncident(call, result.body)
      onSaved(incident)
    })
    if (!saved) return
    const fresh = stockholmWallTime(new Date())
    setDraft((previous) => ({ ...previous, type: '', date: fresh.date, time: fresh.time, description: '' }))
    setSearchKey((value) => value + 1)
    onPlace(null)
  }

  // Once a place is chosen, the problem of its missing is solved.
  const placeError = place ? undefined : (problemFor(form.problems, 'place') ?? problemFor(form.problems, 'geometry'))
  const chosen = place
    ? place.name
      ? t('incidents.form.chosenName', { name: place.name })
      : t('incidents.form.chosenMap', { lat: coordinate.format(place.coordinates[1]), lon: coordinate.format(place.coordinates[0]) })
    : t('incidents.form.noPlace')

  return (
    <form id={formId} className="staff-form gs-form incident-form" noValidate onSubmit={(event) => void submit(event)} aria-labelledby="incident-form-heading">
      <h2 id="incident-form-heading" className="gs-section__heading">
        {t('incidents.form.heading')}
      </h2>
      <ErrorSummary formId={formId} problems={form.problems} attempt={form.attempt} headingLevel="h3" />
      <SelectField id={`${formId}-type`} label={t('incidents.form.type')} value={draft.type} onChange={(event) => set('type', event.target.value as IncidentDraft['type'])} error={problemFor(form.problems, 'type')}>
        <option value="">{t('incidents.form.choose')}</option>
        {incidentTypes.map((value) => (
          <option key={value} value={value}>
            {t(`incidents.type.${value}`)}
          </option>
        ))}
      </SelectField>
      <fieldset className="incident-form__when" aria-describedby={`${formId}-when-hint`}>
        <legend className="visually-hidden">{t('incidents.list.when')}</legend>
        <p id={`${formId}-when-hint`} className="field__hint">
          {t('incidents.form.timeHint')}
        </p>
        <div className="incident-form__when-fields">
          <TextField
            id={`${formId}-date`}
            label={t('incidents.form.date')}
            type="date"
            value={draft.date}
            max={now.date}
            onChange={(event) => set('date', event.target.value)}
            error={problemFor(form.problems, 'date') ?? problemFor(form.problems, 'occurred_at')}
          />
          <TextField id={`${formId}-time`} label={t('incidents.form.time')} type="time" value={draft.time} onChange={(event) => set('time', event.target.value)} error={problemFor(form.problems, 'time')} />
        </div>
      </fieldset>
      <SelectField
        id={`${formId}-organisation`}
        label={t('incidents.form.organisation')}
        value={draft.organisation}
        onChange={(event) => set('organisation', event.target.value as IncidentDraft['organisation'])}
        error={problemFor(form.problems, 'organisation')}
      >
        <option value="">{t('incidents.form.choose')}</option>
        {incidentOrganisations.map((value) => (
          <option key={value} value={value}>
            {t(`incidents.organisation.${value}`)}
          </option>
        ))}
      </SelectField>
      <fieldset id={`${formId}-place`} tabIndex={-1} className={placeError ? 'gs-areas-pick incident-form__place field--error' : 'gs-areas-pick incident-form__place'}>
        <legend className="field__label">{t('incidents.form.place')}</legend>
        <p className="field__hint">{t('incidents.form.placeHint')}</p>
        {placeError && (
          <p className="field__error">
            <span className="visually-hidden">{t('form.errorPrefix')} </span>
            {placeError}
          </p>
        )}
        <PlaceSearch key={searchKey} id={`${formId}-place-search`} onChoose={(match: PlaceMatch) => onPlace({ coordinates: match.coordinates, name: match.name })} />
        <p className="incident-form__chosen" aria-live="polite">
          {chosen}
        </p>
        {place && (
          <button type="button" className="button button--secondary button--small" onClick={() => onPlace(null)}>
            {t('incidents.form.clearPlace')}
          </button>
        )}
      </fieldset>
      <TextAreaField
        id={`${formId}-description`}
        label={t('incidents.form.description')}
        hint={t('incidents.form.descriptionHint')}
        rows={4}
        maxLength={DESCRIPTION_MAX}
        value={draft.description}
        onChange={(event) => set('description', event.target.value)}
        error={problemFor(form.problems, 'description')}
      />
      <div className="gs-form__actions">
        <button type="submit" className="button" aria-disabled={form.busy || undefined}>
          {form.busy ? t('form.busy') : t('incidents.form.submit')}
        </button>
      </div>
    </form>
  )
}
