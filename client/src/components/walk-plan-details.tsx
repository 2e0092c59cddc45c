import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { WalkSummary } from '../../../server/shared/api/walk-schemas.ts'
import { formatDate, formatDateTime } from '../features/format-value.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { intlLocales } from '../i18n/languages.ts'
import { lengthInWords } from '../walk-planning/route-length.ts'

/** A walk as those who may not change it read it (the police): every planned fact, the route on the map. */
export function WalkPlanDetails({ walk, onClose }: { walk: WalkSummary; onClose(): void }) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const locale = intlLocales[context.language]
  const missing = <span className="facts__missing">{t('walkPlanning.details.none')}</span>
  const rows: [string, ReactNode][] = [
    [t('walkPlanning.form.date'), formatDateTime(walk.starts_at, locale)],
    [t('walkPlanning.form.duration'), t('walkPlanning.list.minutes', { count: walk.duration_minutes })],
    [t('walkPlanning.form.light'), t(`values.light.${walk.light}`)],
    [t('walkPlanning.form.status'), t(`values.walkStatus.${walk.status}`)],
    [t('walkPlanning.form.meetingPoint'), walk.meeting_point_name],
    [t('walkPlanning.details.length'), lengthInWords(walk.length_m, context)],
    [t('walkPlanning.form.invited'), walk.invited || missing],
    [t('walkPlanning.form.maxParticipants'), walk.max_participants ?? missing],
    [t('walkPlanning.form.preMeeting'), walk.pre_meeting_on ? formatDate(walk.pre_meeting_on, locale) : missing],
    [t('walkPlanning.form.followUp'), walk.follow_up_on ? formatDate(walk.follow_up_on, locale) : missing],
    [t('walkPlanning.form.howToJoin'), walk.how_to_join || missing],
  ]
  return (
    <section className="feature-details plan-details" aria-labelledby="walk-plan-heading">
      <h2 id="walk-plan-heading" className="feature-details__heading" tabIndex={-1}>
        {walk.title}
      </h2>
      <p className="mod-readonly">{t('walkPlanning.details.readOnly')}</p>
      <dl className="facts">
        {rows.map(([label, value]) => (
          <div key={label} className="facts__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="button button--secondary" onClick={onClose}>
        {t('walkPlanning.form.close')}
      </button>
    </section>
  )
}
