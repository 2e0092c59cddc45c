import { useTranslation } from 'react-i18next'
import type { Meeting } from '../../../server/shared/api/meeting-schemas.ts'
import { formatDate } from '../features/format-value.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { intlLocales } from '../i18n/languages.ts'
import { ConfirmButton } from './confirm-button.tsx'

interface AreaMeetingsProps {
  areaId: number
  meetings: readonly Meeting[] | null
  loadError: string | null
  canEdit: boolean
  onRemove(meeting: Meeting): Promise<void>
}

/** The meetings held for the area, newest first, and which other areas each one covered. */
export function AreaMeetings({ areaId, meetings, loadError, canEdit, onRemove }: AreaMeetingsProps) {
  const { t } = useTranslation()
  const { language } = useFormatContext()
  const locale = intlLocales[language]
  return (
    <section className="gs-subsection" aria-labelledby="gs-meetings-heading">
      <h3 id="gs-meetings-heading" className="gs-subsection__heading">
        {t('grannsamverkan.meetings.heading')} <span className="gs-count">({meetings?.length ?? 0})</span>
      </h3>
      {loadError && <p className="message message--error">{loadError}</p>}
      {meetings && meetings.length === 0 && <p>{t('grannsamverkan.meetings.none')}</p>}
      {meetings && meetings.length > 0 && (
        <ul className="gs-meetings">
          {meetings.map((meeting) => {
            const others = meeting.areas.filter((area) => area.id !== areaId)
            const title = `${t(`grannsamverkan.meetingKinds.${meeting.kind}`)}, ${formatDate(meeting.held_on, locale)}`
            return (
              <li key={meeting.id} className="gs-meeting">
                <p className="gs-meeting__title">{title}</p>
                <p className="gs-meeting__meta">
                  {t('grannsamverkan.meetings.heldBy', { host: t(`grannsamverkan.hosts.${meeting.held_by}`) })}
                  {meeting.attendees !== null && ` · ${t('grannsamverkan.meetings.attendees', { count: meeting.attendees })}`}
                </p>
                {others.length > 0 && <p className="gs-meeting__meta">{t('grannsamverkan.meetings.alsoFor', { areas: others.map((area) => area.name).join(', ') })}</p>}
                {meeting.notes && <p className="gs-meeting__notes">{meeting.notes}</p>}
                {canEdit && (
                  <ConfirmButton
                    label={t('grannsamverkan.remove')}
                    what={title}
                    confirmLabel={t('grannsamverkan.confirmRemove')}
                    onConfirm={() => onRemove(meeting)}
                  />
                )}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
