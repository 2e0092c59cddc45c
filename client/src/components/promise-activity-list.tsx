import { useTranslation } from 'react-i18next'
import type { PromiseActivity } from '../../../server/shared/api/promise-schemas.ts'
import { formatDate } from '../features/format-value.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { intlLocales } from '../i18n/languages.ts'

/** An entry made after its year was over changed a verdict already given: the page says so. */
const addedAfterItsYear = (activity: PromiseActivity) => activity.recorded_on.slice(0, 4) > activity.happened_on.slice(0, 4)

/** Activities, newest first, each with its day; the titles and descriptions are staff's Swedish words. */
export function PromiseActivityList({ activities, id }: { activities: readonly PromiseActivity[]; id?: string }) {
  const { language } = useFormatContext()
  const { t } = useTranslation()
  return (
    <ul id={id} className="pp-activities__list">
      {activities.map((activity) => (
        <li key={activity.id} className="pp-activity">
          <time className="pp-activity__date" dateTime={activity.happened_on}>
            {formatDate(activity.happened_on, intlLocales[language])}
          </time>
          <span className="pp-activity__title" lang="sv">
            {activity.title}
          </span>
          {activity.description !== '' && (
            <span className="pp-activity__description" lang="sv">
              {activity.description}
            </span>
          )}
          {addedAfterItsYear(activity) && (
            <span className="pp-activity__recorded">
              {t('promises.activities.recordedLater', { date: formatDate(activity.recorded_on, intlLocales[language]) })}
            </span>
          )}
        </li>
      ))}
    </ul>
  )
}
