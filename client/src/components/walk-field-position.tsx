import { useTranslation } from 'react-i18next'
import type { ObservationPoint } from '../walk-field/observation-draft.ts'
import type { FollowedPosition } from '../walk-field/use-followed-position.ts'

interface WalkFieldPositionProps {
  /** The follow button's id: the error summary's "choose the place" links to it. */
  id: string
  position: FollowedPosition
  /** The place the next observation gets; null until one is chosen or the fix is good. */
  point: ObservationPoint | null
  /** The place was chosen on the map or confirmed; the live position is not used. */
  fixedPoint: boolean
  onUsePoor(): void
  onUseMine(): void
}

/**
 * "Följ min position" and what it found: the accuracy in metres, a clear warning for an uncertain
 * fix (never used without the person's word), or why there is no position. Below it, in words,
 * where the next observation will be.
 */
export function WalkFieldPosition({ id, position, point, fixedPoint, onUsePoor, onUseMine }: WalkFieldPositionProps) {
  const { t } = useTranslation()
  const { following, fix, failure } = position
  const poor = following && fix !== null && !fix.good && !fixedPoint

  let status: { text: string; kind: 'info' | 'warning' | 'error' } | null = null
  if (failure && !fix) status = { text: t(`walkField.position.${failure}`), kind: 'error' }
  else if (following && !fix) status = { text: t('walkField.position.locating'), kind: 'info' }
  else if (fix && fix.good) status = { text: t('walkField.position.good', { metres: fix.accuracy }), kind: 'info' }
  else if (fix) {
    const text = Number.isFinite(fix.accuracy) ? t('walkField.position.poor', { metres: fix.accuracy }) : t('walkField.position.poorUnknown')
    status = { text, kind: 'warning' }
  }

  let pointText = t('walkField.point.none')
  if (point?.source === 'map') pointText = t('walkField.point.map')
  else if (point && fixedPoint) pointText = t('walkField.point.confirmed', { metres: point.accuracy })
  else if (point) pointText = t('walkField.point.position', { metres: point.accuracy })

  return (
    <div className="wf-position">
      <div className="wf-position__buttons">
        <button
          id={id}
          type="button"
          className={following ? 'button wf-button wf-button--on' : 'button button--secondary wf-button'}
          aria-pressed={following}
          onClick={following ? position.stop : position.start}
        >
          {t('walkField.position.follow')}
        </button>
        {poor && (
          <button type="button" className="button button--secondary wf-button" onClick={onUsePoor}>
            {t('walkField.position.usePoor')}
          </button>
        )}
        {fixedPoint && following && fix && (
          <button type="button" className="button button--secondary wf-button" onClick={onUseMine}>
            {t('walkField.position.useMine')}
          </button>
        )}
      </div>
      <div role="status" className="wf-position__status">
        {status && <p className={`wf-position__message wf-position__message--${status.kind}`}>{status.text}</p>}
      </div>
      <p className={point ? 'wf-point wf-point--set' : 'wf-point'}>{pointText}</p>
    </div>
  )
}
