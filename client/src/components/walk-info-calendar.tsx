import { useTranslation } from 'react-i18next'
import { CALENDAR_PATH, calendarSubscribeUrl } from '../walks/walk-api.ts'

/** The walks in one's own calendar: a live subscription (webcal:) or a one-off file. */
export function WalkInfoCalendar() {
  const { t } = useTranslation()
  return (
    <section className="wi-section" aria-labelledby="wi-calendar-heading">
      <h2 id="wi-calendar-heading" className="wp-section__heading">
        {t('walkInfo.calendar.heading')}
      </h2>
      <p id="wi-calendar-explain">{t('walkInfo.calendar.explain')}</p>
      <ul className="wi-calendar__links">
        <li>
          <a className="button-link" href={calendarSubscribeUrl(window.location.origin)} aria-describedby="wi-calendar-explain">
            {t('walkInfo.calendar.subscribe')}
          </a>
        </li>
        <li>
          <a className="button-link button--secondary" href={CALENDAR_PATH} download="trygghetsvandringar.ics">
            {t('walkInfo.calendar.download')}
          </a>
        </li>
      </ul>
    </section>
  )
}
