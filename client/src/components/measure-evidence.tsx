import { useTranslation } from 'react-i18next'
import type { LinkedObservation, LinkedReport, MeasureGeometry } from '../../../server/shared/api/planning-schemas.ts'
import { formatDate } from '../features/format-value.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage } from '../forms/form-problems.ts'
import { intlLocales } from '../i18n/languages.ts'
import { toggleId } from '../measures/measure-form.ts'
import { DEFAULT_EFFECT_RADIUS_METRES } from '../measures/measure-options.ts'
import { useNearbyEvidence } from '../measures/use-nearby-evidence.ts'
import { useSession } from '../session/session-context.ts'

interface MeasureEvidenceProps {
  formId: string
  geometry: MeasureGeometry | null
  /** A line or area is being drawn: wait until it is finished. */
  drawing: boolean
  reportIds: readonly number[]
  observationIds: readonly number[]
  /** The saved measure's links, shown even when its shape no longer lies near them. */
  linkedReports: readonly LinkedReport[]
  linkedObservations: readonly LinkedObservation[]
  onChange(change: { reportIds?: number[]; observationIds?: number[] }): void
  reportError: string | undefined
  observationError: string | undefined
}

/**
 * The reports and walk observations near the drawn shape, to tick the ones the measure answers.
 * Those ticked before (from the planning screen or the saved measure) stay in the list, ticked,
 * even when the shape has moved away from them.
 */
export function MeasureEvidence(props: MeasureEvidenceProps) {
  const { formId, geometry, drawing, reportIds, observationIds, linkedReports, linkedObservations, onChange, reportError, observationError } = props
  const { t } = useTranslation()
  const context = useFormatContext()
  const { call } = useSession()
  const nearby = useNearbyEvidence(call, geometry, !drawing)
  const radius = DEFAULT_EFFECT_RADIUS_METRES

  const reports = mergeById(nearby.evidence?.reports ?? [], linkedReports)
  const observations = mergeById(nearby.evidence?.observations ?? [], linkedObservations)
  const nearReports = new Set((nearby.evidence?.reports ?? []).map((report) => report.id))
  const nearObservations = new Set((nearby.evidence?.observations ?? []).map((observation) => observation.id))
  const unknownReports = reportIds.filter((id) => !reports.some((report) => report.id === id))
  const unknownObservations = observationIds.filter((id) => !observations.some((observation) => observation.id === id))
  const locale = intlLocales[context.language]
  const farNote = nearby.evidence ? t('measures.evidence.notNear', { radius }) : null

  return (
    <div className="ms-evidence">
      <h3 className="ms-evidence__heading">{t('measures.evidence.heading')}</h3>
      <p className="field__hint">{t('measures.evidence.intro', { radius })}</p>
      <div role="status" className="status-region">
        {!geometry && !drawing && <p>{t('measures.evidence.noShape')}</p>}
        {nearby.loading && <p>{t('measures.evidence.loading')}</p>}
        {nearby.evidence && !nearby.loading && reports.length + observations.length === 0 && <p>{t('measures.evidence.none', { radius })}</p>}
      </div>
      {nearby.error !== null && (
        <p role="alert" className="message message--error">
          {t('measures.evidence.loadError', { message: errorMessage(nearby.error, context) })}
        </p>
      )}

      <fieldset id={`${formId}-report_ids`} tabIndex={-1} className={reportError ? 'ms-evidence__group field--error' : 'ms-evidence__group'}>
        <legend className="ms-evidence__legend">{t('measures.evidence.reports', { count: reportIds.length })}</legend>
        {reportError && <FieldError text={reportError} />}
        {reports.length === 0 && unknownReports.length === 0 && <p className="ms-evidence__empty">{t('measures.evidence.noReports')}</p>}
        <ul className="ms-evidence__list">
          {reports.map((report) => (
            <EvidenceItem
              key={report.id}
              id={`${formId}-report-${report.id}`}
              checked={reportIds.includes(report.id)}
              onToggle={() => onChange({ reportIds: toggleId(reportIds, report.id) })}
              title={t('measures.evidence.report', { id: report.id, category: t(`values.category.${report.category}`) })}
              facts={`${t(`values.reportStatus.${report.status}`, { defaultValue: report.status })} · ${formatDate(report.reported_at, locale)}`}
              description={report.description}
              note={nearReports.has(report.id) ? null : farNote}
            />
          ))}
          {unknownReports.map((id) => (
            <EvidenceItem key={id} id={`${formId}-report-${id}`} checked onToggle={() => onChange({ reportIds: toggleId(reportIds, id) })} title={t('measures.evidence.reportUnknown', { id })} facts="" description="" note={null} />
          ))}
        </ul>
      </fieldset>

      <fieldset id={`${formId}-observation_ids`} tabIndex={-1} className={observationError ? 'ms-evidence__group field--error' : 'ms-evidence__group'}>
        <legend className="ms-evidence__legend">{t('measures.evidence.observations', { count: observationIds.length })}</legend>
        {observationError && <FieldError text={observationError} />}
        {observations.length === 0 && unknownObservations.length === 0 && <p className="ms-evidence__empty">{t('measures.evidence.noObservations')}</p>}
        <ul className="ms-evidence__list">
          {observations.map((observation) => (
            <EvidenceItem
              key={observation.id}
              id={`${formId}-observation-${observation.id}`}
              checked={observationIds.includes(observation.id)}
              onToggle={() => onChange({ observationIds: toggleId(observationIds, observation.id) })}
              title={t('measures.evidence.observation', { walk: observation.walk_title, category: t(`values.category.${observation.category}`) })}
              facts={formatDate(observation.observed_at, locale)}
              description={observation.description}
              note={nearObservations.has(observation.id) ? null : farNote}
            />
          ))}
          {unknownObservations.map((id) => (
            <EvidenceItem key={id} id={`${formId}-observation-${id}`} checked onToggle={() => onChange({ observationIds: toggleId(observationIds, id) })} title={t('measures.evidence.observationUnknown', { id })} facts="" description="" note={null} />
          ))}
        </ul>
      </fieldset>
    </div>
  )
}

interface EvidenceItemProps {
  id: string
  checked: boolean
  onToggle(): void
  title: string
  facts: string
  description: string
  note: string | null
}

function EvidenceItem({ id, checked, onToggle, title, facts, description, note }: EvidenceItemProps) {
  return (
    <li className="ms-evidence__item">
      <div className="gs-check ms-evidence__check">
        <input id={id} className="gs-check__input" type="checkbox" checked={checked} onChange={onToggle} />
        <label htmlFor={id} className="gs-check__label">
          <span className="ms-evidence__title">{title}</span>
          {facts && <span className="ms-evidence__facts">{facts}</span>}
          {description && <span className="ms-evidence__text">{shortened(description)}</span>}
          {note && <span className="ms-evidence__note">{note}</span>}
        </label>
      </div>
    </li>
  )
}

function FieldError({ text }: { text: string }) {
  const { t } = useTranslation()
  return (
    <p className="field__error">
      <span className="visually-hidden">{t('form.errorPrefix')} </span>
      {text}
    </p>
  )
}

/** Nearby first (as the server orders them), then the saved links that are no longer near, so they can be ticked again. */
function mergeById<T extends { id: number }>(near: readonly T[], linked: readonly T[]): T[] {
  const seen = new Set(near.map((item) => item.id))
  return [...near, ...linked.filter((item) => !seen.has(item.id))]
}

// A long report is cut in the list; the whole text is in the report queue.
const SHOWN_CHARACTERS = 240
const shortened = (text: string) => (text.length > SHOWN_CHARACTERS ? `${text.slice(0, SHOWN_CHARACTERS).trimEnd()} …` : text)
