import { useTranslation } from 'react-i18next'
import type { PlaceMatch } from '../../../server/shared/api/report-schemas.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { intlLocales } from '../i18n/languages.ts'
import type { PlanTool } from '../map/walk-planning-map-adapter.ts'
import { lengthInWords, routeLengthMetres } from '../walk-planning/route-length.ts'
import type { WalkDraft } from '../walk-planning/walk-draft.ts'
import { PlaceSearch } from './place-search.tsx'
import { TextField } from './text-field.tsx'

export interface RouteState {
  /** The line to the pointer while drawing, else the route. */
  preview: WalkDraft['route']
  drawing: boolean
}

interface WalkPlanPlaceFieldsProps {
  formId: string
  draft: WalkDraft
  onDraft(change: Partial<WalkDraft>): void
  tool: Exclude<PlanTool, 'none'>
  onTool(tool: Exclude<PlanTool, 'none'>): void
  routeState: RouteState
  onFinishRoute(): void
  onClearRoute(): void
  problem(field: string): string | undefined
}

/**
 * Where the walk starts and goes: what a click on the map does (the meeting point or the route),
 * the meeting point by name, by place search or on the map, and the route's length as it is drawn.
 */
export function WalkPlanPlaceFields({ formId, draft, onDraft, tool, onTool, routeState, onFinishRoute, onClearRoute, problem }: WalkPlanPlaceFieldsProps) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const coordinate = new Intl.NumberFormat(intlLocales[context.language], { minimumFractionDigits: 5, maximumFractionDigits: 5 })
  const meetingError = draft.meetingPoint ? undefined : problem('meeting_point')
  const routeError = problem('route')
  const length = routeLengthMetres(routeState.preview)
  const chooseMatch = (match: PlaceMatch) => onDraft({ meetingPoint: match.coordinates, ...(draft.meetingPointName.trim() === '' && { meetingPointName: match.name }) })

  return (
    <>
      <fieldset className="gs-areas-pick plan-tool">
        <legend className="field__label">{t('walkPlanning.form.tool')}</legend>
        {(['meeting', 'route'] as const).map((value) => (
          <div key={value} className="gs-check">
            <input id={`${formId}-tool-${value}`} className="gs-check__input" type="radio" name={`${formId}-tool`} checked={tool === value} onChange={() => onTool(value)} />
            <label htmlFor={`${formId}-tool-${value}`} className="gs-check__label">
              {t(`walkPlanning.form.toolValue.${value}`)}
            </label>
          </div>
        ))}
      </fieldset>

      <fieldset id={`${formId}-meeting_point`} tabIndex={-1} className={meetingError ? 'gs-areas-pick field--error' : 'gs-areas-pick'}>
        <legend className="field__label">{t('walkPlanning.form.meetingPoint')}</legend>
        {meetingError && (
          <p className="field__error">
            <span className="visually-hidden">{t('form.errorPrefix')} </span>
            {meetingError}
          </p>
        )}
        <TextField
          id={`${formId}-meeting_point_name`}
          label={t('walkPlanning.form.meetingPointName')}
          hint={t('walkPlanning.form.meetingPointNameHint')}
          autoComplete="off"
          value={draft.meetingPointName}
          onChange={(event) => onDraft({ meetingPointName: event.target.value })}
          error={problem('meeting_point_name')}
        />
        <PlaceSearch id={`${formId}-place-search`} onChoose={chooseMatch} />
        <p className="plan-place__chosen" aria-live="polite">
          {draft.meetingPoint
            ? t('walkPlanning.form.meetingPointSet', { lat: coordinate.format(draft.meetingPoint[1]), lon: coordinate.format(draft.meetingPoint[0]) })
            : t('walkPlanning.form.meetingPointNone')}
        </p>
      </fieldset>

      <fieldset id={`${formId}-route`} tabIndex={-1} className={routeError ? 'gs-areas-pick field--error plan-route' : 'gs-areas-pick plan-route'}>
        <legend className="field__label">{t('walkPlanning.form.route')}</legend>
        {routeError && (
          <p className="field__error">
            <span className="visually-hidden">{t('form.errorPrefix')} </span>
            {routeError}
          </p>
        )}
        <p className="field__hint">{t(routeState.drawing ? 'walkPlanning.form.routeHelpDrawing' : draft.route ? 'walkPlanning.form.routeHelpEdit' : 'walkPlanning.form.routeHelpNew')}</p>
        {/* Not a live region: it changes with every move of the pointer, which would drown a screen reader. */}
        <p className="plan-route__length">
          <span className="plan-route__length-label">{t('walkPlanning.form.length')}</span> {length > 0 ? lengthInWords(length, context) : t('walkPlanning.form.noRoute')}
        </p>
        <p className="field__hint">{t('walkPlanning.form.lengthNote')}</p>
        <div className="gs-form__actions">
          {routeState.drawing && (
            <button type="button" className="button button--secondary" onClick={onFinishRoute}>
              {t('walkPlanning.form.finishRoute')}
            </button>
          )}
          {(draft.route || routeState.drawing) && (
            <button type="button" className="button button--secondary" onClick={onClearRoute}>
              {t('walkPlanning.form.clearRoute')}
            </button>
          )}
        </div>
      </fieldset>
    </>
  )
}
