import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { WalkSummary } from '../../../server/shared/api/walk-schemas.ts'
import { problemFor } from '../forms/form-problems.ts'
import { useForm } from '../forms/use-form.ts'
import type { PlanTool } from '../map/walk-planning-map-adapter.ts'
import { useSession } from '../session/session-context.ts'
import { onTopLevelFields } from '../walk-planning/field-paths.ts'
import { MAX_DURATION, MIN_DURATION, walkBody } from '../walk-planning/walk-draft.ts'
import type { WalkDraft } from '../walk-planning/walk-draft.ts'
import { createWalk, replaceWalk } from '../walks/walk-api.ts'
import { MAX_PARTICIPANTS, SUGGESTED_PARTICIPANTS, walkLights, walkStatuses } from '../walks/walk-options.ts'
import type { WalkLight } from '../walks/walk-options.ts'
import { ErrorSummary } from './error-summary.tsx'
import { SelectField } from './select-field.tsx'
import { TextAreaField } from './text-area-field.tsx'
import { TextField } from './text-field.tsx'
import { WalkPlanPlaceFields } from './walk-plan-place-fields.tsx'
import type { RouteState } from './walk-plan-place-fields.tsx'

export const walkFormId = 'walk-plan'
const formId = walkFormId
// The server's field names, and the time beside the date.
const fields = [
  'title',
  'starts_at',
  'starts_at_time',
  'duration_minutes',
  'light',
  'status',
  'meeting_point_name',
  'meeting_point',
  'route',
  'invited',
  'max_participants',
  'pre_meeting_on',
  'follow_up_on',
  'how_to_join',
]

interface WalkPlanFormProps {
  /** The walk being changed; null for a new one. */
  walk: WalkSummary | null
  draft: WalkDraft
  onDraft(change: Partial<WalkDraft>): void
  tool: Exclude<PlanTool, 'none'>
  onTool(tool: Exclude<PlanTool, 'none'>): void
  routeState: RouteState
  onFinishRoute(): void
  onClearRoute(): void
  onSaved(walk: WalkSummary, created: boolean): void
  onClose(): void
}

/**
 * A walk as the method plans it: the walk itself, where it starts and goes, who is invited and
 * how many may come, the pre-meeting before it and the follow-up after, and how the public joins.
 * The server's problems (a pre-meeting after the walk, a route outside the municipality) are
 * shown at their fields.
 */
export function WalkPlanForm(props: WalkPlanFormProps) {
  const { walk, draft, onDraft, onSaved, onClose } = props
  const { t } = useTranslation()
  const { call } = useSession()
  const form = useForm({ fields })
  const problem = (field: string) => problemFor(form.problems, field)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const result = walkBody(draft)
    if (!result.ok) return form.fail(result.problems.map((entry) => ({ field: entry.field, message: t(`walkPlanning.problems.${entry.key}`) })))
    await form.run(async () => {
      try {
        const saved = walk ? await replaceWalk(call, walk.id, result.body) : await createWalk(call, result.body)
        onSaved(saved, walk === null)
      } catch (failure) {
        throw onTopLevelFields(failure)
      }
    })
  }

  return (
    <section className="feature-details plan-form" aria-labelledby="walk-plan-heading">
      <h2 id="walk-plan-heading" className="feature-details__heading" tabIndex={-1}>
        {walk ? t('walkPlanning.form.editHeading', { title: walk.title }) : t('walkPlanning.form.newHeading')}
      </h2>
      <form id={formId} className="staff-form gs-form" noValidate onSubmit={(event) => void submit(event)}>
        <ErrorSummary formId={formId} problems={form.problems} attempt={form.attempt} headingLevel="h3" />
        <TextField id={`${formId}-title`} label={t('walkPlanning.form.title')} autoComplete="off" value={draft.title} onChange={(event) => onDraft({ title: event.target.value })} error={problem('title')} />
        <div className="plan-form__row">
          <TextField id={`${formId}-starts_at`} label={t('walkPlanning.form.date')} type="date" value={draft.date} onChange={(event) => onDraft({ date: event.target.value })} error={problem('starts_at')} />
          <TextField id={`${formId}-starts_at_time`} label={t('walkPlanning.form.time')} type="time" value={draft.time} onChange={(event) => onDraft({ time: event.target.value })} error={problem('starts_at_time')} />
        </div>
        <TextField
          id={`${formId}-duration_minutes`}
          label={t('walkPlanning.form.duration')}
          hint={t('walkPlanning.form.durationHint', { min: MIN_DURATION, max: MAX_DURATION })}
          inputMode="numeric"
          autoComplete="off"
          value={draft.duration}
          onChange={(event) => onDraft({ duration: event.target.value })}
          error={problem('duration_minutes')}
        />
        <div className="plan-form__row">
          <SelectField id={`${formId}-light`} label={t('walkPlanning.form.light')} value={draft.light} onChange={(event) => onDraft({ light: event.target.value as WalkLight })} error={problem('light')}>
            {walkLights.map((value) => (
              <option key={value} value={value}>
                {t(`values.light.${value}`)}
              </option>
            ))}
          </SelectField>
          <SelectField id={`${formId}-status`} label={t('walkPlanning.form.status')} value={draft.status} onChange={(event) => onDraft({ status: event.target.value as WalkDraft['status'] })} error={problem('status')}>
            {walkStatuses.map((value) => (
              <option key={value} value={value}>
                {t(`values.walkStatus.${value}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <WalkPlanPlaceFields
          formId={formId}
          draft={draft}
          onDraft={onDraft}
          tool={props.tool}
          onTool={props.onTool}
          routeState={props.routeState}
          onFinishRoute={props.onFinishRoute}
          onClearRoute={props.onClearRoute}
          problem={problem}
        />
        <TextAreaField
          id={`${formId}-invited`}
          label={t('walkPlanning.form.invited')}
          hint={t('walkPlanning.form.invitedHint')}
          maxLength={1000}
          value={draft.invited}
          onChange={(event) => onDraft({ invited: event.target.value })}
          error={problem('invited')}
        />
        <TextField
          id={`${formId}-max_participants`}
          label={t('walkPlanning.form.maxParticipants')}
          hint={t('walkPlanning.form.maxParticipantsHint', { suggested: SUGGESTED_PARTICIPANTS, max: MAX_PARTICIPANTS })}
          inputMode="numeric"
          autoComplete="off"
          value={draft.maxParticipants}
          onChange={(event) => onDraft({ maxParticipants: event.target.value })}
          error={problem('max_participants')}
        />
        <p className="field__hint plan-form__meetings-hint">{t('walkPlanning.form.meetingsHint')}</p>
        <div className="plan-form__row">
          <TextField id={`${formId}-pre_meeting_on`} label={t('walkPlanning.form.preMeeting')} type="date" value={draft.preMeetingOn} onChange={(event) => onDraft({ preMeetingOn: event.target.value })} error={problem('pre_meeting_on')} />
          <TextField id={`${formId}-follow_up_on`} label={t('walkPlanning.form.followUp')} type="date" value={draft.followUpOn} onChange={(event) => onDraft({ followUpOn: event.target.value })} error={problem('follow_up_on')} />
        </div>
        <TextAreaField
          id={`${formId}-how_to_join`}
          label={t('walkPlanning.form.howToJoin')}
          hint={t('walkPlanning.form.howToJoinHint')}
          maxLength={2000}
          value={draft.howToJoin}
          onChange={(event) => onDraft({ howToJoin: event.target.value })}
          error={problem('how_to_join')}
        />
        <div className="gs-form__actions">
          <button type="submit" className="button" aria-disabled={form.busy || undefined}>
            {form.busy ? t('form.busy') : t(walk ? 'walkPlanning.form.save' : 'walkPlanning.form.create')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('walkPlanning.form.close')}
          </button>
        </div>
      </form>
    </section>
  )
}
