import { useTranslation } from 'react-i18next'
import type { WalkSummary } from '../../../server/shared/api/walk-schemas.ts'
import { pagePaths } from '../../../server/shared/page-paths.ts'
import { formatDateTime } from '../features/format-value.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { intlLocales } from '../i18n/languages.ts'
import { AppLink } from '../routing/app-link.tsx'
import { lengthInWords } from '../walk-planning/route-length.ts'
import { orderWalks } from '../walk-planning/walk-order.ts'

// Past walks beyond these are folded away: the planner mostly looks ahead.
const RECENT_PAST = 4

interface WalkPlanListProps {
  walks: readonly WalkSummary[]
  now: Date
  canPlan: boolean
  /** The walk open in the form, marked in the list. */
  openId: number | null
}

/** The walks, coming ones first (soonest on top), then past ones (latest on top), each with its links. */
export function WalkPlanList({ walks, now, canPlan, openId }: WalkPlanListProps) {
  const { t } = useTranslation()
  const { upcoming, past } = orderWalks(walks, now)
  const item = (walk: WalkSummary) => <WalkPlanItem key={walk.id} walk={walk} canPlan={canPlan} open={walk.id === openId} />
  return (
    <section className="gs-section plan-walks" aria-labelledby="plan-walks-heading">
      <h2 id="plan-walks-heading" className="gs-section__heading">
        {t('walkPlanning.list.heading')}
      </h2>
      <h3 className="gs-subsection__heading">{t('walkPlanning.list.upcoming', { count: upcoming.length })}</h3>
      {upcoming.length === 0 ? <p>{t('walkPlanning.list.noneUpcoming')}</p> : <ul className="plan-walks__list">{upcoming.map(item)}</ul>}
      <h3 className="gs-subsection__heading">{t('walkPlanning.list.past', { count: past.length })}</h3>
      {past.length === 0 && <p>{t('walkPlanning.list.nonePast')}</p>}
      {past.length > 0 && <ul className="plan-walks__list">{past.slice(0, RECENT_PAST).map(item)}</ul>}
      {past.length > RECENT_PAST && (
        <details className="gs-others">
          <summary className="gs-others__summary">{t('walkPlanning.list.earlier', { count: past.length - RECENT_PAST })}</summary>
          <ul className="plan-walks__list">{past.slice(RECENT_PAST).map(item)}</ul>
        </details>
      )}
    </section>
  )
}

function WalkPlanItem({ walk, canPlan, open }: { walk: WalkSummary; canPlan: boolean; open: boolean }) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const locale = intlLocales[context.language]
  return (
    <li className={open ? 'plan-walk plan-walk--open' : 'plan-walk'} aria-current={open ? 'true' : undefined}>
      <h4 className="plan-walk__title">{walk.title}</h4>
      <p className="plan-walk__when">
        {formatDateTime(walk.starts_at, locale)} · {t('walkPlanning.list.minutes', { count: walk.duration_minutes })} · {t(`values.light.${walk.light}`)}
      </p>
      <p className="plan-walk__facts">
        <span className={`plan-status plan-status--${walk.status}`}>{t(`values.walkStatus.${walk.status}`)}</span>{' '}
        {t('walkPlanning.list.meetingPoint', { name: walk.meeting_point_name })} · {lengthInWords(walk.length_m, context)} ·{' '}
        {t('walkPlanning.list.observations', { count: walk.observation_count })}
        {walk.protocol_published_at && <> · {t('walkPlanning.list.published')}</>}
      </p>
      <ul className="plan-walk__links">
        <li>
          <AppLink className="plan-walk__link" to={`${pagePaths.walkPlanning}?id=${walk.id}`}>
            {t(canPlan ? 'walkPlanning.list.edit' : 'walkPlanning.list.show')}
            <span className="visually-hidden">: {walk.title}</span>
          </AppLink>
        </li>
        <li>
          <AppLink className="plan-walk__link" to={`${pagePaths.walkProtocol}?id=${walk.id}`}>
            {t('walkPlanning.list.protocol')}
            <span className="visually-hidden">: {walk.title}</span>
          </AppLink>
        </li>
        <li>
          <AppLink className="plan-walk__link" to={`${pagePaths.walkField}?id=${walk.id}`}>
            {t('walkPlanning.list.field')}
            <span className="visually-hidden">: {walk.title}</span>
          </AppLink>
        </li>
      </ul>
    </li>
  )
}
