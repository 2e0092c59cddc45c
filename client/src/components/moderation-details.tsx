import { useEffect, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ModerateReportBody, StaffReport } from '../../../server/shared/api/report-schemas.ts'
import { pagePaths } from '../../../server/shared/page-paths.ts'
import { auditSearchFor } from '../audit/audit-filter.ts'
import { formatShortDateTime } from '../features/format-value.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage } from '../forms/form-problems.ts'
import { intlLocales } from '../i18n/languages.ts'
import { canMerge, canPublish, canReject } from '../moderation/moderation-change.ts'
import { reportStage, statusWord } from '../moderation/report-queue.ts'
import { revealDetails } from '../pages/reveal-details.ts'
import { AppLink } from '../routing/app-link.tsx'
import { ModerationAnswerForm } from './moderation-answer-form.tsx'
import { ModerationCategoryForm } from './moderation-category-form.tsx'
import { ModerationMergeForm } from './moderation-merge-form.tsx'
import { ModerationPhoto } from './moderation-photo.tsx'
import { ModerationReasonForm } from './moderation-reason-form.tsx'
import { ModerationTextForm } from './moderation-text-form.tsx'
import { StartMeasureButton } from './start-measure-button.tsx'

type Action = 'reject' | 'status' | 'text' | 'merge' | 'category' | 'answer'
const actionButtonId = (action: Action | 'publish') => `mod-action-${action}`

interface ModerationDetailsProps {
  report: StaffReport
  canModerate: boolean
  /** Admins read the audit log: a link to the report's history there. */
  canReadLog: boolean
  /** Sends a change; the updated report comes back and `message` is announced. */
  save(change: ModerateReportBody, message: string): Promise<void>
  onClose(): void
}

/**
 * One report: its text, photo, when it feels unsafe, how many feel the same, and the actions.
 * Focus moves to its heading when it opens; Escape closes it (unless a form is open).
 */
export function ModerationDetails({ report, canModerate, canReadLog, save, onClose }: ModerationDetailsProps) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const locale = intlLocales[context.language]
  const headingRef = useRef<HTMLHeadingElement>(null)
  const sectionRef = useRef<HTMLElement>(null)
  const [action, setAction] = useState<Action | null>(null)
  const [publishBusy, setPublishBusy] = useState(false)
  const [publishError, setPublishError] = useState<string | null>(null)
  const reportId = report.id

  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true })
    if (sectionRef.current) revealDetails(sectionRef.current)
  }, [reportId])

  const close = (done: Action) => {
    setAction(null)
    // Back to the button that opened the form, or the heading when that button is gone.
    window.setTimeout(() => (document.getElementById(actionButtonId(done)) ?? document.getElementById('mod-details-heading'))?.focus(), 0)
  }
  const saveFromForm = async (change: ModerateReportBody, message: string) => {
    await save(change, message)
    if (action) close(action)
  }

  const publish = async () => {
    if (publishBusy) return
    setPublishBusy(true)
    setPublishError(null)
    try {
      await save({ status: 'published' }, t('moderation.actions.published', { id: report.id }))
      document.getElementById('mod-details-heading')?.focus()
    } catch (error) {
      setPublishError(errorMessage(error, context))
    } finally {
      setPublishBusy(false)
    }
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && action === null) onClose()
  }
  const date = (value: string) => formatShortDateTime(value, locale)
  const coordinate = new Intl.NumberFormat(locale, { minimumFractionDigits: 5, maximumFractionDigits: 5 })
  const [lon, lat] = report.coordinates
  const formProps = { report, onCancel: () => close(action ?? 'status') }
  const actionButton = (name: Action, label: string) => (
    <button
      type="button"
      id={actionButtonId(name)}
      className="button button--secondary button--small"
      aria-expanded={action === name}
      onClick={() => setAction(action === name ? null : name)}
    >
      {label}
    </button>
  )

  return (
    <section ref={sectionRef} className="feature-details mod-details" aria-labelledby="mod-details-heading" onKeyDown={onKeyDown}>
      <div className="feature-details__top">
        <p className="feature-details__layer">{t('moderation.details.kicker', { id: report.id })}</p>
        <button type="button" className="feature-details__close" onClick={onClose}>
          <span aria-hidden="true">×</span>
          <span className="visually-hidden">{t('moderation.details.close')}</span>
        </button>
      </div>
      <h2 id="mod-details-heading" className="feature-details__heading" ref={headingRef} tabIndex={-1}>
        {t('moderation.details.heading', { category: t(`moderation.category.${report.category}`) })}
      </h2>
      <p>
        <span className={`mod-status mod-status--${reportStage(report.status)}`}>{statusWord(report, t)}</span>
      </p>

      {report.text_removed ? (
        <p className="feature-details__note">{t('moderation.details.removed')}</p>
      ) : (
        <div className="mod-text">
          <h3 className="visually-hidden">{t('moderation.details.text')}</h3>
          <blockquote className="mod-text__quote">{report.description}</blockquote>
          {report.text_edited && <p className="mod-text__edited">{t('moderation.details.edited')}</p>}
        </div>
      )}

      {report.photo && !report.text_removed && (
        <ModerationPhoto
          report={{ ...report, photo: report.photo }}
          canModerate={canModerate}
          setHidden={(hidden) =>
            save({ photo_hidden: hidden }, t(hidden ? 'moderation.details.photoHiddenDone' : 'moderation.details.photoShownDone', { id: report.id }))
          }
        />
      )}

      <dl className="facts gs-facts mod-facts">
        <Fact label={t('moderation.details.when')} value={t('moderation.details.whenValue', { time: t(`moderation.timeOfDay.${report.time_of_day}`), week: t(`moderation.weekPart.${report.week_part}`) })} />
        <Fact label={t('moderation.details.meToo')} value={String(report.me_too_count)} />
        <Fact label={t('moderation.details.reported')} value={date(report.reported_at)} />
        {report.updated_at !== report.reported_at && <Fact label={t('moderation.details.updated')} value={date(report.updated_at)} />}
        {report.status_reason && <Fact label={t('moderation.details.reason')} value={report.status_reason} />}
        <Fact label={t('moderation.details.answer')} value={report.answer || t('moderation.details.noAnswer')} />
        <Fact label={t('moderation.details.place')} value={t('moderation.details.placeValue', { lat: coordinate.format(lat), lon: coordinate.format(lon) })} />
      </dl>
      {canReadLog && (
        <p className="mod-details__history">
          <AppLink to={`${pagePaths.auditLog}${auditSearchFor({ objectType: 'report', objectId: String(report.id) })}`}>{t('moderation.details.history')}</AppLink>
        </p>
      )}

      {!canModerate && <p className="mod-readonly">{t('moderation.details.readOnly')}</p>}
      {canModerate && (
        <div className="mod-actions" role="group" aria-labelledby="mod-actions-heading">
          <h3 id="mod-actions-heading" className="gs-subsection__heading">
            {t('moderation.actions.heading')}
          </h3>
          {canPublish(report) && (
            <div className="mod-actions__publish">
              <button type="button" id={actionButtonId('publish')} className="button" aria-describedby="mod-publish-hint" aria-disabled={publishBusy || undefined} onClick={() => void publish()}>
                {publishBusy ? t('form.busy') : t('moderation.actions.publish')}
              </button>
              <p id="mod-publish-hint" className="field__hint">
                {t('moderation.actions.publishHint')}
              </p>
              {publishError && (
                <p role="alert" className="message message--error">
                  {publishError}
                </p>
              )}
            </div>
          )}
          <div className="gs-row-actions">
            {canReject(report) && actionButton('reject', t('moderation.actions.reject'))}
            {actionButton('status', t('moderation.actions.status'))}
            {!report.text_removed && actionButton('text', t('moderation.actions.editText'))}
            {canMerge(report) && actionButton('merge', t('moderation.actions.merge'))}
            {actionButton('category', t('moderation.actions.category'))}
            {actionButton('answer', t(report.answer ? 'moderation.actions.editAnswer' : 'moderation.actions.answer'))}
            {linkableToMeasure(report) && (
              <StartMeasureButton
                draft={{
                  title: t('startMeasure.reportTitle', { id: report.id }),
                  geometry: { type: 'Point', coordinates: report.coordinates },
                  report_ids: [report.id],
                  observation_ids: [],
                }}
              />
            )}
          </div>
          {action === 'reject' && <ModerationReasonForm {...formProps} mode="reject" save={saveFromForm} />}
          {action === 'status' && <ModerationReasonForm {...formProps} mode="status" save={saveFromForm} />}
          {action === 'text' && <ModerationTextForm {...formProps} save={saveFromForm} />}
          {action === 'merge' && <ModerationMergeForm {...formProps} save={saveFromForm} />}
          {action === 'category' && <ModerationCategoryForm {...formProps} save={saveFromForm} />}
          {action === 'answer' && <ModerationAnswerForm {...formProps} save={saveFromForm} />}
        </div>
      )}
    </section>
  )
}

/** A measure may answer a report staff have read that is not closed without a fix (server/measures/linked-reports.ts). */
const linkableToMeasure = (report: StaffReport) => !['received', 'rejected', 'duplicate', 'not_actionable'].includes(report.status)

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div className="facts__row">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  )
}
