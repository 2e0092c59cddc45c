import { useTranslation } from 'react-i18next'
import type { StaffIncident } from '../../../server/shared/api/incident-schemas.ts'
import { formatShortDateTime } from '../features/format-value.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { intlLocales } from '../i18n/languages.ts'
import { countsByType, INCIDENT_DAYS } from '../moderation/incident-entry.ts'

/**
 * The last 90 days: a count per type (what the weekly situation picture starts from), then every
 * incident, newest first, as a list that reads as well in the narrow column as on a phone.
 */
export function IncidentList({ incidents }: { incidents: readonly StaffIncident[] }) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const locale = intlLocales[context.language]
  const counts = countsByType(incidents)
  const days = INCIDENT_DAYS
  return (
    <>
      <table className="data-table incident-counts">
        <caption className="incident-counts__caption">{t('incidents.list.countsCaption', { days })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('incidents.list.type')}</th>
            <th scope="col" className="incident-counts__number">
              {t('incidents.list.count')}
            </th>
          </tr>
        </thead>
        <tbody>
          {counts.map(({ type, count }) => (
            <tr key={type}>
              <th scope="row">{t(`incidents.type.${type}`)}</th>
              <td className="incident-counts__number">{count}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('incidents.list.total')}</th>
            <td className="incident-counts__number">{incidents.length}</td>
          </tr>
        </tfoot>
      </table>
      {incidents.length === 0 ? (
        <p>{t('incidents.list.empty', { days })}</p>
      ) : (
        <ol className="incident-list" aria-label={t('incidents.list.caption', { days })}>
          {incidents.map((incident) => (
            <li key={incident.id} className="incident-list__item">
              <p className="incident-list__title">
                <strong>{t(`incidents.type.${incident.type}`)}</strong>{' '}
                <time className="incident-list__when" dateTime={incident.occurred_at}>
                  {formatShortDateTime(incident.occurred_at, locale)}
                </time>
              </p>
              <p className="incident-list__meta">
                {t('incidents.list.byline', {
                  organisation: t(`incidents.organisation.${incident.organisation}`),
                  person: incident.reported_by ?? t('incidents.list.unknown'),
                })}
              </p>
              {incident.description && <p className="incident-list__text">{incident.description}</p>}
            </li>
          ))}
        </ol>
      )}
    </>
  )
}
