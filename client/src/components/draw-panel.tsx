import type { Polygon } from 'geojson'
import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { CreateWatchAreaBody, WatchAreaRecord } from '../../../server/shared/api/watch-area-schemas.ts'
import type { MapFeatureCollection } from '../data/collections.ts'
import { createWatchArea, updateWatchArea } from '../data/grannsamverkan-api.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { problemFor } from '../forms/form-problems.ts'
import { useForm } from '../forms/use-form.ts'
import { estimateOutline, PERSONS_PER_HOUSEHOLD } from '../grannsamverkan/household-estimate.ts'
import { intlLocales } from '../i18n/languages.ts'
import { useSession } from '../session/session-context.ts'
import { ErrorSummary } from './error-summary.tsx'
import { SelectField } from './select-field.tsx'
import { TextField } from './text-field.tsx'

const formId = 'gs-draw'
const statuses = ['planned', 'active', 'inactive'] as const

interface DrawPanelProps {
  /** The area whose outline is changed; null for a new area. */
  area: WatchAreaRecord | null
  outline: Polygon | null
  finished: boolean
  urbanAreas: MapFeatureCollection | undefined
  onSaved(record: WatchAreaRecord, created: boolean): void
  onCancel(): void
}

/**
 * Beside the map while drawing: how to draw, the size and an estimated household count as the
 * outline changes, and saving. A refused outline keeps the drawing, with the server's message.
 */
export function DrawPanel({ area, outline, finished, urbanAreas, onSaved, onCancel }: DrawPanelProps) {
  const { t } = useTranslation()
  const { language } = useFormatContext()
  const { call } = useSession()
  const number = new Intl.NumberFormat(intlLocales[language], { maximumFractionDigits: 1 })
  const form = useForm({ fields: ['name', 'status', 'households', 'geometry'] })
  const [name, setName] = useState('')
  const [status, setStatus] = useState<CreateWatchAreaBody['status']>('planned')
  const [households, setHouseholds] = useState('')
  const estimate = outline ? estimateOutline(outline, urbanAreas) : null

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const problems = []
    if (!outline || !finished) problems.push({ field: 'geometry', message: t('grannsamverkan.draw.notFinished') })
    if (!area && name.trim() === '') problems.push({ field: 'name', message: t('grannsamverkan.record.nameMissing') })
    if (problems.length > 0 || !outline) return form.fail(problems)
    const count = households.trim()
    await form.run(async () => {
      if (area) {
        const change = { geometry: outline as CreateWatchAreaBody['geometry'], updated_at: area.updated_at }
        onSaved(await updateWatchArea(call, area.id, change), false)
      } else {
        const body = {
          name: name.trim(),
          status,
          households: count === '' ? null : /^\d+$/.test(count) ? Number(count) : count,
          geometry: outline,
        } as CreateWatchAreaBody
        onSaved(await createWatchArea(call, body), true)
      }
    })
  }

  return (
    <section className="feature-details gs-draw" aria-labelledby="gs-draw-heading">
      <h2 id="gs-draw-heading" className="feature-details__heading" tabIndex={-1}>
        {area ? t('grannsamverkan.draw.editHeading', { name: area.name }) : t('grannsamverkan.draw.newHeading')}
      </h2>
      <p className="gs-draw__help">{t(area || finished ? 'grannsamverkan.draw.helpEdit' : 'grannsamverkan.draw.helpNew')}</p>
      <form id={formId} className="staff-form gs-form" noValidate onSubmit={(event) => void submit(event)}>
        <ErrorSummary formId={formId} problems={form.problems} attempt={form.attempt} headingLevel="h3" />
        <div id={`${formId}-geometry`} tabIndex={-1} className={problemFor(form.problems, 'geometry') ? 'gs-draw__size field--error' : 'gs-draw__size'}>
          {problemFor(form.problems, 'geometry') && (
            <p className="field__error">
              <span className="visually-hidden">{t('form.errorPrefix')} </span>
              {problemFor(form.problems, 'geometry')}
            </p>
          )}
          {/* Not a live region: it changes with every corner, which would drown a screen reader. */}
          <dl className="gs-draw__figures">
            <div>
              <dt>{t('grannsamverkan.draw.area')}</dt>
              <dd>{estimate ? t('grannsamverkan.draw.areaValue', { m2: number.format(Math.round(estimate.areaM2)), ha: number.format(estimate.areaHa) }) : t('grannsamverkan.draw.noOutline')}</dd>
            </div>
            <div>
              <dt>{t('grannsamverkan.draw.households')}</dt>
              <dd>
                {!estimate && t('grannsamverkan.draw.noOutline')}
                {estimate && estimate.households === null && t('grannsamverkan.draw.outsideTatort')}
                {estimate && estimate.households !== null && t('grannsamverkan.draw.householdsValue', { count: estimate.households, tatort: estimate.urbanArea ?? '' })}
              </dd>
            </div>
          </dl>
          <p className="field__hint">{t('grannsamverkan.draw.estimateNote', { persons: number.format(PERSONS_PER_HOUSEHOLD) })}</p>
        </div>
        {!area && (
          <>
            <TextField id={`${formId}-name`} label={t('grannsamverkan.record.name')} autoComplete="off" value={name} onChange={(event) => setName(event.target.value)} error={problemFor(form.problems, 'name')} />
            <SelectField id={`${formId}-status`} label={t('grannsamverkan.record.status')} value={status} onChange={(event) => setStatus(event.target.value as CreateWatchAreaBody['status'])} error={problemFor(form.problems, 'status')}>
              {statuses.map((value) => (
                <option key={value} value={value}>
                  {t(`grannsamverkan.status.${value}`)}
                </option>
              ))}
            </SelectField>
            <TextField
              id={`${formId}-households`}
              label={t('grannsamverkan.record.households')}
              hint={estimate?.households != null ? t('grannsamverkan.draw.householdsHint', { count: estimate.households }) : undefined}
              inputMode="numeric"
              autoComplete="off"
              value={households}
              onChange={(event) => setHouseholds(event.target.value)}
              error={problemFor(form.problems, 'households')}
            />
            {estimate?.households != null && (
              <p>
                <button type="button" className="button button--secondary button--small" onClick={() => setHouseholds(String(estimate.households))}>
                  {t('grannsamverkan.draw.useEstimate', { count: estimate.households })}
                </button>
              </p>
            )}
          </>
        )}
        <div className="gs-form__actions">
          <button type="submit" className="button" aria-disabled={form.busy || undefined}>
            {form.busy ? t('form.busy') : t(area ? 'grannsamverkan.draw.saveOutline' : 'grannsamverkan.draw.saveNew')}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('grannsamverkan.cancel')}
          </button>
        </div>
      </form>
    </section>
  )
}
