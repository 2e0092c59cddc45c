import { useEffect, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Meeting } from '../../../server/shared/api/meeting-schemas.ts'
import type { RegisterEntry, WatchAreaRecord } from '../../../server/shared/api/watch-area-schemas.ts'
import { fetchMeetings, fetchWatchArea, removeMeeting, updateWatchArea } from '../data/grannsamverkan-api.ts'
import { formatDate } from '../features/format-value.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage } from '../forms/form-problems.ts'
import { areaState } from '../grannsamverkan/area-state.ts'
import { intlLocales } from '../i18n/languages.ts'
import { revealDetails } from '../pages/reveal-details.ts'
import { useSession } from '../session/session-context.ts'
import { AreaMeetings } from './area-meetings.tsx'
import { ContactPersons } from './contact-persons.tsx'
import { WatchAreaRecordForm } from './watch-area-record-form.tsx'

interface WatchAreaDetailsProps {
  entry: RegisterEntry
  thresholdMonths: number
  canEdit: boolean
  /** Changes after anything about the areas was saved elsewhere (a meeting logged): fetch again. */
  version: number
  onChanged(message: string): void
  onEditOutline(record: WatchAreaRecord): void
  onClose(): void
}

/**
 * One area: its record, contact persons and meetings. Focus moves to its heading when it opens,
 * so a screen reader announces it; Escape closes it.
 */
export function WatchAreaDetails({ entry, thresholdMonths, canEdit, version, onChanged, onEditOutline, onClose }: WatchAreaDetailsProps) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const locale = intlLocales[context.language]
  const { call } = useSession()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const sectionRef = useRef<HTMLElement>(null)
  const [record, setRecord] = useState<WatchAreaRecord | null>(null)
  const [meetings, setMeetings] = useState<Meeting[] | null>(null)
  const [loadError, setLoadError] = useState<unknown>(null)
  const [meetingsError, setMeetingsError] = useState<unknown>(null)
  const [editing, setEditing] = useState(false)
  const [round, setRound] = useState(0)
  const areaId = entry.id

  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true })
    if (sectionRef.current) revealDetails(sectionRef.current)
  }, [areaId])

  useEffect(() => {
    let current = true
    fetchWatchArea(call, areaId).then(
      (next) => current && (setRecord(next), setLoadError(null)),
      (error: unknown) => current && setLoadError(error ?? new Error('unknown')),
    )
    fetchMeetings(call, areaId).then(
      (next) => current && (setMeetings(next), setMeetingsError(null)),
      (error: unknown) => current && setMeetingsError(error ?? new Error('unknown')),
    )
    return () => {
      current = false
    }
  }, [call, areaId, version, round])

  const changed = (message: string) => {
    setRound((value) => value + 1)
    onChanged(message)
  }

  const shown = record?.id === areaId ? record : null
  const state = areaState(entry)
  const date = (value: string | null | undefined) => (value ? formatDate(value, locale) : t('grannsamverkan.missing'))
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !editing) onClose()
  }

  return (
    <section ref={sectionRef} className="feature-details gs-details" aria-labelledby="gs-details-heading" onKeyDown={onKeyDown}>
      <div className="feature-details__top">
        <p className="feature-details__layer">{t('grannsamverkan.details.kicker')}</p>
        <button type="button" className="feature-details__close" onClick={onClose}>
          <span aria-hidden="true">×</span>
          <span className="visually-hidden">{t('grannsamverkan.details.close')}</span>
        </button>
      </div>
      <h2 id="gs-details-heading" className="feature-details__heading" ref={headingRef} tabIndex={-1}>
        {entry.name}
      </h2>
      <p>
        <span className={`gs-state gs-state--${state}`}>{t(`grannsamverkan.states.${state}`)}</span>
      </p>
      {entry.reasons.length > 0 && (
        <ul className="gs-reasons">
          {entry.reasons.map((reason) => (
            <li key={reason}>{t(`grannsamverkan.reasons.${reason}`, { months: thresholdMonths })}</li>
          ))}
        </ul>
      )}
      {loadError !== null && <p className="message message--error">{t('grannsamverkan.details.loadError', { message: errorMessage(loadError, context) })}</p>}
      {!shown && loadError === null && <p>{t('grannsamverkan.loading')}</p>}
      {shown && (
        <>
          <dl className="facts gs-facts">
            <Fact label={t('grannsamverkan.record.status')} value={t(`grannsamverkan.status.${shown.status}`)} />
            <Fact label={t('grannsamverkan.record.households')} value={shown.households === null ? t('grannsamverkan.missing') : String(shown.households)} />
            <Fact label={t('grannsamverkan.record.startup')} value={date(shown.startup_meeting_on)} />
            <Fact label={t('grannsamverkan.record.verified')} value={date(shown.last_verified_on)} />
            <Fact label={t('grannsamverkan.details.lastUpdate')} value={date(entry.last_update_on)} />
            <Fact
              label={t('grannsamverkan.details.signs')}
              value={t('grannsamverkan.details.signsValue', {
                count: shown.signs_count,
                condition: shown.signs_condition ? t(`grannsamverkan.signs.${shown.signs_condition}`) : t('grannsamverkan.record.unknown'),
                date: date(shown.signs_checked_on),
              })}
            />
            <Fact label={t('grannsamverkan.details.size')} value={t('grannsamverkan.details.sizeValue', { ha: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(shown.area_m2 / 10_000) })} />
            <Fact label={t('grannsamverkan.record.notes')} value={shown.notes || t('grannsamverkan.missing')} />
          </dl>
          {canEdit && !editing && (
            <div className="gs-row-actions">
              <button type="button" className="button" onClick={() => setEditing(true)}>
                {t('grannsamverkan.details.edit')}
              </button>
              <button type="button" className="button button--secondary" onClick={() => onEditOutline(shown)}>
                {t('grannsamverkan.draw.editOutline')}
              </button>
            </div>
          )}
          {canEdit && editing && (
            <WatchAreaRecordForm
              record={shown}
              onCancel={() => setEditing(false)}
              save={async (change) => {
                // Based on the copy shown: a 409 if someone changed the area since.
                const updated = await updateWatchArea(call, shown.id, { ...change, updated_at: shown.updated_at })
                setRecord(updated)
                setEditing(false)
                onChanged(t('grannsamverkan.record.saved', { name: updated.name }))
              }}
            />
          )}
          <ContactPersons
            areaId={shown.id}
            areaName={shown.name}
            contacts={shown.contacts}
            contactCount={shown.contact_count}
            canEdit={canEdit}
            onChanged={changed}
          />
        </>
      )}
      <AreaMeetings
        areaId={areaId}
        meetings={meetings}
        loadError={meetingsError === null ? null : errorMessage(meetingsError, context)}
        canEdit={canEdit}
        onRemove={async (meeting) => {
          await removeMeeting(call, meeting.id)
          changed(t('grannsamverkan.meetings.removed'))
        }}
      />
    </section>
  )
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div className="facts__row">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  )
}
