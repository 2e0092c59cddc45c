import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProtocolEntryBody, WalkObservation } from '../../../server/shared/api/walk-schemas.ts'
import { formatDate } from '../features/format-value.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { intlLocales } from '../i18n/languages.ts'
import { observationPhotoUrl } from '../walks/walk-api.ts'
import { StartMeasureButton } from './start-measure-button.tsx'
import { WalkProtocolEntryForm } from './walk-protocol-entry-form.tsx'

interface WalkProtocolEntryProps {
  observation: WalkObservation
  /** Its place in the protocol, as on the map. */
  number: number
  /** Given to those who may edit: saves the row's columns (throws the server's problems). */
  onSave?: (observation: WalkObservation, body: ProtocolEntryBody) => Promise<void>
}

/**
 * One observation of the protocol: what was noted (category, safe or unsafe, rating, text, photo)
 * and the protocol's columns as text – the same for readers, editors and the printed page. An
 * editor opens the row's form below it; focus goes to the form and back to the button after.
 */
export function WalkProtocolEntry({ observation, number, onSave }: WalkProtocolEntryProps) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const locale = intlLocales[context.language]
  const [editing, setEditing] = useState(false)
  const editRef = useRef<HTMLButtonElement>(null)
  const wasEditing = useRef(false)
  const headingId = `wp-entry-${observation.id}-heading`
  const formId = `wp-entry-${observation.id}`

  useEffect(() => {
    if (!editing && wasEditing.current) editRef.current?.focus()
    wasEditing.current = editing
  }, [editing])

  const notSet = <span className="facts__missing">{t('walkProtocol.observations.notSet')}</span>
  const enumValue = (value: string | null, values: 'responsible' | 'priority' | 'observationMeasure') => (value === null ? notSet : t(`values.${values}.${value}`))
  const columns = [
    { key: 'measure', label: t('walkProtocol.observations.measure'), value: observation.proposed_measure || notSet },
    { key: 'responsible', label: t('walkProtocol.observations.responsible'), value: enumValue(observation.responsible, 'responsible') },
    { key: 'priority', label: t('walkProtocol.observations.priority'), value: enumValue(observation.priority, 'priority') },
    { key: 'deadline', label: t('walkProtocol.observations.deadline'), value: observation.deadline_on ? formatDate(observation.deadline_on, locale) : notSet },
    { key: 'status', label: t('walkProtocol.observations.status'), value: enumValue(observation.measure_status, 'observationMeasure') },
    ...(observation.measure_status === 'not_done' ? [{ key: 'reason', label: t('walkProtocol.observations.reason'), value: observation.measure_reason || notSet }] : []),
    ...(observation.measure_status === 'done' && observation.measure_done_on
      ? [{ key: 'doneOn', label: t('walkProtocol.observations.doneOn'), value: formatDate(observation.measure_done_on, locale) }]
      : []),
  ]

  // A place that needs nothing shows just that, not a row of empty columns.
  const shown = observation.measure_status === 'none' ? columns.filter((column) => column.value !== notSet) : columns

  return (
    <li className={`wp-entry wp-entry--${observation.assessment}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="wp-entry__heading">
        <span className="wp-entry__number" aria-hidden="true">
          {number}
        </span>
        <span className="visually-hidden">{t('walkProtocol.observations.number', { number })}: </span>
        {t(`values.category.${observation.category}`)}
      </h3>
      <p className="wp-entry__meta">
        <span className={`wp-badge wp-badge--${observation.assessment}`}>{t(`values.assessment.${observation.assessment}`)}</span>
        <span>
          {t('walkProtocol.observations.ratingLabel')}:{' '}
          {observation.rating === null ? t('walkProtocol.observations.noRating') : t('values.rating', { value: observation.rating })}
        </span>
      </p>
      <div className="wp-entry__body">
        {observation.has_photo && (
          <a className="wp-entry__photo" href={observationPhotoUrl(observation.id)}>
            <img src={observationPhotoUrl(observation.id)} alt={t('walkProtocol.observations.photoAlt', { number })} loading="lazy" />
            <span className="wp-entry__photo-link wp-no-print">{t('walkProtocol.observations.photoLink')}</span>
          </a>
        )}
        <p className="wp-entry__text">{observation.description}</p>
      </div>
      <dl className="wp-entry__columns">
        {shown.map((column) => (
          <div key={column.key} className="wp-entry__column">
            <dt>{column.label}</dt>
            <dd>{column.value}</dd>
          </div>
        ))}
      </dl>
      {onSave && !editing && (
        <button ref={editRef} type="button" className="button button--secondary wp-no-print" aria-describedby={headingId} onClick={() => setEditing(true)}>
          {t('walkProtocol.entry.edit')}
          <span className="visually-hidden"> {t('walkProtocol.entry.editWhat', { number })}</span>
        </button>
      )}
      {onSave && !editing && observation.assessment === 'unsafe' && (
        <StartMeasureButton
          describedBy={headingId}
          draft={{
            title: t('startMeasure.observationTitle', { category: t(`values.category.${observation.category}`) }),
            geometry: observation.geometry,
            report_ids: [],
            observation_ids: [observation.id],
          }}
        />
      )}
      {onSave && editing && (
        <WalkProtocolEntryForm
          formId={formId}
          number={number}
          observation={observation}
          onSave={async (body) => {
            await onSave(observation, body)
            setEditing(false)
          }}
          onCancel={() => setEditing(false)}
        />
      )}
    </li>
  )
}
