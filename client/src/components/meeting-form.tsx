import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Meeting, MeetingBody } from '../../../server/shared/api/meeting-schemas.ts'
import type { RegisterEntry } from '../../../server/shared/api/watch-area-schemas.ts'
import { logMeeting } from '../data/grannsamverkan-api.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { problemFor } from '../forms/form-problems.ts'
import { useForm } from '../forms/use-form.ts'
import { intlLocales } from '../i18n/languages.ts'
import { useSession } from '../session/session-context.ts'
import { ErrorSummary } from './error-summary.tsx'
import { SelectField } from './select-field.tsx'
import { TextAreaField } from './text-area-field.tsx'
import { TextField } from './text-field.tsx'

const kinds = ['startup', 'yearly', 'update_visit'] as const
const hosts = ['polis', 'kommun', 'polis_kommun'] as const
const formId = 'gs-meeting'

/** Today in Sweden as YYYY-MM-DD, the default date of a meeting just held. */
const todayInSweden = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date())

interface MeetingFormProps {
  areas: readonly RegisterEntry[]
  /** Ticked from the start: the area whose details are open. */
  preselected: number | null
  onLogged(meeting: Meeting): void
  onCancel(): void
}

/** "Logga möte": one meeting, possibly for several areas (a start-up meeting often is). */
export function MeetingForm({ areas, preselected, onLogged, onCancel }: MeetingFormProps) {
  const { t } = useTranslation()
  const { language } = useFormatContext()
  const { call } = useSession()
  const form = useForm({ fields: ['kind', 'held_on', 'area_ids', 'attendees', 'held_by', 'notes'] })
  const [kind, setKind] = useState<MeetingBody['kind']>('startup')
  const [heldOn, setHeldOn] = useState(todayInSweden)
  const [areaIds, setAreaIds] = useState<ReadonlySet<number>>(() => new Set(preselected === null ? [] : [preselected]))
  const [attendees, setAttendees] = useState('')
  const [heldBy, setHeldBy] = useState<MeetingBody['held_by']>('polis')
  const [notes, setNotes] = useState('')
  const byName = [...areas].sort((a, b) => a.name.localeCompare(b.name, intlLocales[language]))

  const toggle = (id: number, on: boolean) =>
    setAreaIds((previous) => {
      const next = new Set(previous)
      if (on) next.add(id)
      else next.delete(id)
      return next
    })

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const problems = []
    if (areaIds.size === 0) problems.push({ field: 'area_ids', message: t('grannsamverkan.meetingForm.noAreas') })
    if (heldOn === '') problems.push({ field: 'held_on', message: t('grannsamverkan.meetingForm.noDate') })
    if (problems.length > 0) return form.fail(problems)
    const count = attendees.trim()
    const body = {
      kind,
      held_on: heldOn,
      area_ids: [...areaIds],
      attendees: count === '' ? null : /^\d+$/.test(count) ? Number(count) : count,
      held_by: heldBy,
      notes,
    } as MeetingBody
    await form.run(async () => onLogged(await logMeeting(call, body)))
  }

  const areaError = problemFor(form.problems, 'area_ids')
  return (
    <form id={formId} className="staff-form gs-form" noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary formId={formId} problems={form.problems} attempt={form.attempt} headingLevel="h3" />
      <SelectField id={`${formId}-kind`} label={t('grannsamverkan.meetingForm.kind')} value={kind} onChange={(event) => setKind(event.target.value as MeetingBody['kind'])} error={problemFor(form.problems, 'kind')}>
        {kinds.map((value) => (
          <option key={value} value={value}>
            {t(`grannsamverkan.meetingKinds.${value}`)}
          </option>
        ))}
      </SelectField>
      <TextField id={`${formId}-held_on`} label={t('grannsamverkan.meetingForm.date')} hint={t('grannsamverkan.meetingForm.dateHint')} type="date" value={heldOn} onChange={(event) => setHeldOn(event.target.value)} error={problemFor(form.problems, 'held_on')} />
      <fieldset
        id={`${formId}-area_ids`}
        className={areaError ? 'gs-areas-pick field--error' : 'gs-areas-pick'}
        tabIndex={-1}
        aria-describedby={areaError ? `${formId}-area_ids-error` : undefined}
      >
        <legend className="field__label">{t('grannsamverkan.meetingForm.areas')}</legend>
        {areaError && (
          <p id={`${formId}-area_ids-error`} className="field__error">
            <span className="visually-hidden">{t('form.errorPrefix')} </span>
            {areaError}
          </p>
        )}
        <ul className="gs-areas-pick__list">
          {byName.map((area) => (
            <li key={area.id} className="gs-check">
              <input
                id={`${formId}-area-${area.id}`}
                type="checkbox"
                className="gs-check__input"
                checked={areaIds.has(area.id)}
                onChange={(event) => toggle(area.id, event.target.checked)}
              />
              <label htmlFor={`${formId}-area-${area.id}`} className="gs-check__label">
                {area.name}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <TextField id={`${formId}-attendees`} label={t('grannsamverkan.meetingForm.attendees')} inputMode="numeric" autoComplete="off" value={attendees} onChange={(event) => setAttendees(event.target.value)} error={problemFor(form.problems, 'attendees')} />
      <SelectField id={`${formId}-held_by`} label={t('grannsamverkan.meetingForm.heldBy')} value={heldBy} onChange={(event) => setHeldBy(event.target.value as MeetingBody['held_by'])} error={problemFor(form.problems, 'held_by')}>
        {hosts.map((value) => (
          <option key={value} value={value}>
            {t(`grannsamverkan.hosts.${value}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField id={`${formId}-notes`} label={t('grannsamverkan.meetingForm.notes')} value={notes} onChange={(event) => setNotes(event.target.value)} error={problemFor(form.problems, 'notes')} />
      <div className="gs-form__actions">
        <button type="submit" className="button" aria-disabled={form.busy || undefined}>
          {form.busy ? t('form.busy') : t('grannsamverkan.meetingForm.submit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('grannsamverkan.cancel')}
        </button>
      </div>
    </form>
  )
}
