import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { MeasureDetails, MeasureEffect } from '../../../server/shared/api/planning-schemas.ts'
import { pagePaths } from '../../../server/shared/page-paths.ts'
import { formatDate, formatShortDateTime } from '../features/format-value.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage } from '../forms/form-problems.ts'
import { intlLocales } from '../i18n/languages.ts'
import type { EffectsState } from '../measures/use-measure-effects.ts'
import { AppLink } from '../routing/app-link.tsx'
import { MeasureEffectView } from './measure-effect.tsx'
import { MeasureRadiusForm } from './measure-radius-form.tsx'
import { MeasureStatusTag } from './measure-status-tag.tsx'

interface MeasureDetailsViewProps {
  measure: MeasureDetails
  canEdit: boolean
  effects: EffectsState
  onEdit(): void
  onClose(): void
}

/** A saved measure: its facts, the reports and walk observations it answers, and – once done – whether it helped. */
export function MeasureDetailsView({ measure, canEdit, effects, onEdit, onClose }: MeasureDetailsViewProps) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const locale = intlLocales[context.language]
  const money = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })
  const missing = <span className="facts__missing">{t('measures.details.none')}</span>
  const rows: [string, ReactNode][] = [
    [t('measures.form.type'), t(`values.measureType.${measure.type}`)],
    [t('measures.form.status'), <MeasureStatusTag key="status" status={measure.status} />],
    ...(measure.status === 'rejected' ? [[t('measures.form.rejectedReason'), measure.rejected_reason || missing] as [string, ReactNode]] : []),
    [t('measures.form.responsible'), t(`values.responsible.${measure.responsible}`)],
    [t('measures.form.responsibleDetail'), measure.responsible_detail || missing],
    [t('measures.form.proposedOn'), formatDate(measure.proposed_on, locale)],
    // Only the dates the status has come to: a proposal has no decision date yet.
    ...(measure.status !== 'proposed' || measure.decided_on
      ? [[t(measure.status === 'rejected' ? 'measures.form.rejectedOn' : 'measures.form.decidedOn'), measure.decided_on ? formatDate(measure.decided_on, locale) : missing] as [string, ReactNode]]
      : []),
    ...(measure.status === 'done' ? [[t('measures.form.doneOn'), measure.done_on ? formatDate(measure.done_on, locale) : missing] as [string, ReactNode]] : []),
    [t('measures.form.cost'), measure.cost_sek === null ? missing : t('measures.list.cost', { cost: money.format(measure.cost_sek) })],
    [t('measures.details.shape'), t(`measures.details.shapeKind.${measure.geometry.type}`)],
    [t('measures.details.inCentrum'), t(measure.in_centrum ? 'values.yes' : 'values.no')],
    [t('measures.details.updatedAt'), formatShortDateTime(measure.updated_at, locale)],
  ]

  return (
    <section className="feature-details ms-details" aria-labelledby="ms-details-heading">
      <h2 id="ms-details-heading" className="feature-details__heading" tabIndex={-1}>
        {measure.title}
      </h2>
      {!canEdit && <p className="mod-readonly">{t('measures.details.readOnly')}</p>}
      {measure.description && <p className="ms-details__description">{measure.description}</p>}
      <dl className="facts">
        {rows.map(([label, value]) => (
          <div key={label} className="facts__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="gs-form__actions">
        {canEdit && (
          <button type="button" className="button" onClick={onEdit}>
            {t('measures.details.edit')}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('measures.details.back')}
        </button>
      </div>

      <h3 className="ms-details__subheading">{t('measures.details.reports', { count: measure.reports.length })}</h3>
      {measure.reports.length === 0 ? (
        <p>{t('measures.details.noReports')}</p>
      ) : (
        <ul className="ms-linked">
          {measure.reports.map((report) => (
            <li key={report.id} className="ms-linked__item">
              <span className="ms-linked__title">{t('measures.evidence.report', { id: report.id, category: t(`values.category.${report.category}`) })}</span>
              <span className="ms-linked__facts">
                {t(`values.reportStatus.${report.status}`, { defaultValue: report.status })} · {formatDate(report.reported_at, locale)}
              </span>
              {report.description && <span className="ms-linked__text">{report.description}</span>}
              <AppLink className="ms-linked__link" to={`${pagePaths.moderation}?status=${encodeURIComponent(report.status)}`}>
                {t('measures.details.reportLink')}
                <span className="visually-hidden"> {t('measures.details.reportLinkWhich', { id: report.id })}</span>
              </AppLink>
            </li>
          ))}
        </ul>
      )}

      <h3 className="ms-details__subheading">{t('measures.details.observations', { count: measure.observations.length })}</h3>
      {measure.observations.length === 0 ? (
        <p>{t('measures.details.noObservations')}</p>
      ) : (
        <ul className="ms-linked">
          {measure.observations.map((observation) => (
            <li key={observation.id} className="ms-linked__item">
              <span className="ms-linked__title">{t('measures.evidence.observation', { walk: observation.walk_title, category: t(`values.category.${observation.category}`) })}</span>
              <span className="ms-linked__facts">{formatDate(observation.observed_at, locale)}</span>
              {observation.description && <span className="ms-linked__text">{observation.description}</span>}
              <AppLink className="ms-linked__link" to={`${pagePaths.walkProtocol}?id=${observation.walk_id}`}>
                {t('measures.details.protocolLink')}
                <span className="visually-hidden"> {observation.walk_title}</span>
              </AppLink>
            </li>
          ))}
        </ul>
      )}

      <MeasureEffectPart measure={measure} effects={effects} />
    </section>
  )
}

/** The effect of a done measure, with the radius to count it for; before that, when it will be counted. */
function MeasureEffectPart({ measure, effects }: { measure: MeasureDetails; effects: EffectsState }) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const effect: MeasureEffect | undefined = effects.result?.effects.find((candidate) => candidate.measure_id === measure.id)
  return (
    <div className="ms-details__effect" aria-labelledby="ms-effect-heading" role="group">
      <h3 id="ms-effect-heading" className="ms-details__subheading">
        {t('measures.effect.heading')}
      </h3>
      {measure.status !== 'done' ? (
        <p>{t('measures.effect.notDone')}</p>
      ) : (
        <>
          <MeasureRadiusForm effects={effects} id="ms-details" />
          <div role="status" className="status-region">
            {effects.loading && <p>{t('measures.effect.loading')}</p>}
          </div>
          {effects.error !== null && !effects.loading && !(effects.result && effect) && (
            <p className="message message--error">{t('measures.effect.loadError', { message: errorMessage(effects.error, context) })}</p>
          )}
          {effect && effects.result && <MeasureEffectView effect={effect} radius={effects.result.radius_m} />}
          {!effect && effects.result && !effects.loading && <p>{t('measures.effect.missing')}</p>}
        </>
      )}
    </div>
  )
}
