/** The activities of one calendar year, for the yearly follow-up report. */
import type { PromiseActivity, PromiseProgress } from '../../../server/shared/api/promise-schemas.ts'

export const activitiesInYear = (activities: readonly PromiseActivity[], year: number) =>
  activities.filter((activity) => activity.happened_on.startsWith(`${year}-`))

/** Whether the five latest already hold every activity, so the full list need not be asked for. */
export const hasAllActivities = (promise: Pick<PromiseProgress, 'latest_activities' | 'activity_count'>) =>
  promise.latest_activities.length >= promise.activity_count

/** Today as the printed report's date, in Sweden's calendar. */
export const swedishDate = (now: Date) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
