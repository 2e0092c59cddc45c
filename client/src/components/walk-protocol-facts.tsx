import { useTranslation } from 'react-i18next'
import { formatDate, formatDateTime, formatValue } from '../features/format-value.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { intlLocales } from '../i18n/languages.ts'
import type { WalkFacts } from '../walk-protocol/walk-facts.ts'
import { durationText } from '../walk-protocol/walk-facts.ts'

interface WalkProtocolFactsProps {
  walk: WalkFacts
  /** For a walk one can still join: how to join and how many may come. */
  forJoining: boolean
}

/** The walk's facts as a definition list; a fact the walk lacks is left out. Never participants' names. */
export function WalkProtocolFacts({ walk, forJoining }: WalkProtocolFactsProps) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const locale = intlLocales[context.language]
  const rows: { key: string; label: string; value: string | null }[] = [
    { key: 'when', label: t('walkProtocol.facts.when'), value: formatDateTime(walk.starts_at, locale) },
    { key: 'duration', label: t('walkProtocol.facts.duration'), value: walk.duration_minutes === null ? null : durationText(walk.duration_minutes, context.t) },
    { key: 'light', label: t('walkProtocol.facts.light'), value: formatValue(walk.light, { type: 'enum', values: 'light' }, context) },
    { key: 'meetingPoint', label: t('walkProtocol.facts.meetingPoint'), value: walk.meeting_point_name || null },
    { key: 'routeLength', label: t('walkProtocol.facts.routeLength'), value: formatValue(walk.length_m, { type: 'metres' }, context) },
    { key: 'invited', label: t('walkProtocol.facts.invited'), value: walk.invited || null },
    ...(forJoining
      ? [
          {
            key: 'maxParticipants',
            label: t('walkProtocol.facts.maxParticipants'),
            value: walk.max_participants === null ? t('walkProtocol.facts.noLimit') : String(walk.max_participants),
          },
          { key: 'howToJoin', label: t('walkProtocol.facts.howToJoin'), value: walk.how_to_join || null },
        ]
      : [
          { key: 'status', label: t('walkProtocol.facts.status'), value: formatValue(walk.status, { type: 'enum', values: 'walkStatus' }, context) },
          { key: 'followUp', label: t('walkProtocol.facts.followUp'), value: walk.follow_up_on ? formatDate(walk.follow_up_on, locale) : null },
        ]),
  ]
  return (
    <dl className="facts wp-facts">
      {rows
        .filter((row) => row.value)
        .map((row) => (
          <div key={row.key} className="facts__row">
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
    </dl>
  )
}
