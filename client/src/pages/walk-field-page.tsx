import { lazy, Suspense, useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { StaffGate } from '../components/staff-gate.tsx'
import { StatusRegion } from '../components/status-region.tsx'
import { observationFormId, WalkFieldForm } from '../components/walk-field-form.tsx'
import { WalkFieldLegend } from '../components/walk-field-legend.tsx'
import { WalkFieldPosition } from '../components/walk-field-position.tsx'
import { queueHeadingId, WalkFieldQueue } from '../components/walk-field-queue.tsx'
import { WalkFieldQueueSummary } from '../components/walk-field-queue-summary.tsx'
import { ApiError } from '../data/api-client.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage, problemsFromError } from '../forms/form-problems.ts'
import { useForm } from '../forms/use-form.ts'
import { useStatus } from '../forms/use-status.ts'
import { useMapBackground } from '../moderation/use-map-background.ts'
import type { PreparedPhoto } from '../reports/photo-resize.ts'
import { pageHeadingId } from '../routing/use-focus-on-navigation.ts'
import { useSearch } from '../routing/use-search.ts'
import { useSession } from '../session/session-context.ts'
import { newClientId } from '../walk-field/client-id.ts'
import { draftFromQueued, draftProblems, emptyDraft, observationBody, observationFields } from '../walk-field/observation-draft.ts'
import type { ObservationDraft, ObservationPoint } from '../walk-field/observation-draft.ts'
import { newQueuedObservation, queueSummary } from '../walk-field/observation-queue.ts'
import type { QueuedObservation } from '../walk-field/observation-queue.ts'
import { useFollowedPosition } from '../walk-field/use-followed-position.ts'
import { useObservationQueue } from '../walk-field/use-observation-queue.ts'
import { useWalkOnPhone } from '../walk-field/use-walk-on-phone.ts'
import { FAR_FROM_ROUTE_METRES } from '../walks/walk-options.ts'
import { useDocumentTitle } from './use-document-title.ts'

// MapLibre is most of the JavaScript: the position and the form work before it arrives, or without it.
const WalkFieldMapView = lazy(() => import('../components/walk-field-map-view.tsx').then((module) => ({ default: module.WalkFieldMapView })))

/** A participant's phone on the walk: every staff member may note observations. */
export function WalkFieldPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('walkField.title'))
  return (
    <StaffGate heading={t('walkField.heading')}>
      <WalkFieldScreen />
    </StaffGate>
  )
}

function WalkFieldScreen() {
  const { t } = useTranslation()
  const walkId = walkIdFrom(useSearch())
  const { user } = useSession()
  if (walkId === null || !user) {
    return (
      <article className="text-page">
        <h1 id={pageHeadingId} tabIndex={-1}>
          {t('walkField.heading')}
        </h1>
        <p>{t('walkField.noId')}</p>
      </article>
    )
  }
  return <WalkOnPhone key={walkId} walkId={walkId} userId={user.id} />
}

/**
 * The place of the next observation: the live position while it is good, or a point fixed by a
 * tap on the map, a dragged marker or "use it anyway" for an uncertain position.
 */
type PointChoice = { mode: 'position' } | { mode: 'fixed'; point: ObservationPoint }

function WalkOnPhone({ walkId, userId }: { walkId: number; userId: number }) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const { call } = useSession()
  const walk = useWalkOnPhone(call, walkId)
  const background = useMapBackground()
  const position = useFollowedPosition()
  const [status, announce] = useStatus()
  const form = useForm({ fields: observationFields })
  const [draft, setDraft] = useState<ObservationDraft>(emptyDraft)
  const [photo, setPhoto] = useState<PreparedPhoto | null>(null)
  const [choice, setChoice] = useState<PointChoice>({ mode: 'position' })
  const [correcting, setCorrecting] = useState<string | null>(null)

  const { refresh } = walk
  const onSent = useCallback(
    (item: QueuedObservation) => {
      refresh()
      if (item.walkId !== walkId) return
      announce(item.sent?.farFromRoute ? t('walkField.queue.farMessage', { metres: FAR_FROM_ROUTE_METRES }) : t('walkField.queue.sentMessage'))
    },
    [refresh, walkId, announce, t],
  )
  const [queue, sender] = useObservationQueue(call, userId, onSent)
  const mine = useMemo(() => queue.items.filter((item) => item.walkId === walkId), [queue.items, walkId])
  const summary = useMemo(() => queueSummary(queue.items, walkId), [queue.items, walkId])

  const { fix } = position
  const point: ObservationPoint | null =
    choice.mode === 'fixed' ? choice.point : fix?.good ? { coordinates: fix.coordinates, source: 'position', accuracy: fix.accuracy } : null
  // The server knows best: a protocol published after this page was opened shows as a refusal.
  const closedByServer = mine.some((item) => item.problem?.code === 'walk_closed')
  const closed = walk.walk?.status === 'cancelled' ? 'closedCancelled' : walk.walk?.protocol_published_at || closedByServer ? 'closedPublished' : null

  const onPick = useCallback((coordinates: [number, number]) => setChoice({ mode: 'fixed', point: { coordinates, source: 'map', accuracy: null } }), [])
  const usePoor = () => fix && setChoice({ mode: 'fixed', point: { coordinates: fix.coordinates, source: 'position', accuracy: fix.accuracy } })

  const reset = () => {
    setDraft(emptyDraft)
    setPhoto(null)
    setChoice({ mode: 'position' })
    setCorrecting(null)
    form.fail([])
  }

  const submit = async () => {
    const full = { ...draft, photo: photo?.base64 ?? null }
    const problems = draftProblems(full, point, context.t)
    if (problems.length > 0) return form.fail(problems)
    const body = observationBody(full, point)
    if (correcting) {
      await sender.correct(correcting, body)
      announce(t('walkField.form.corrected'))
    } else {
      await sender.add(newQueuedObservation({ clientId: newClientId(), walkId, userId, now: new Date(), body }))
      announce(t('walkField.form.stored'))
    }
    reset()
  }

  const fixItem = (item: QueuedObservation) => {
    const back = draftFromQueued(item)
    setDraft({ ...back.draft, photo: null })
    setPhoto(back.draft.photo ? { base64: back.draft.photo, previewUrl: `data:image/jpeg;base64,${back.draft.photo}`, width: 4, height: 3 } : null)
    setChoice({ mode: 'fixed', point: back.point })
    setCorrecting(item.clientId)
    const { problem } = item
    // The server's field problems beside their fields, as after any refused form.
    if (problem) form.fail(problemsFromError(new ApiError(problem.status, problem.code, problem.messageEn, problem.messageSv, problem.fields), context, { fields: observationFields }))
    document.getElementById('wf-form-heading')?.scrollIntoView({ block: 'start' })
  }

  const discard = async (item: QueuedObservation) => {
    await sender.discard(item.clientId)
    if (correcting === item.clientId) reset()
    announce(t('walkField.queue.discarded'))
    document.getElementById(queueHeadingId)?.focus()
  }

  return (
    <div className="wf-page">
      <h1 id={pageHeadingId} tabIndex={-1} className="wf-page__heading">
        {t('walkField.heading')}
      </h1>
      {walk.walk && <p className="wf-page__walk">{t('walkField.walkLine', { title: walk.walk.title, meetingPoint: walk.walk.meeting_point_name })}</p>}
      <div role="status" className="status-region">
        {!walk.walk && walk.error === null && <p>{t('walkField.loading')}</p>}
      </div>
      {walk.error !== null && !walk.walk && (
        <p role="alert" className="message message--error">
          {t('walkField.loadError', { message: errorMessage(walk.error, context) })}
        </p>
      )}
      <StatusRegion message={status} />
      <WalkFieldQueueSummary summary={summary} storage={queue.storage} onRetry={sender.retryNow} />
      {closed && <p className="wf-closed">{t(`walkField.${closed}`)}</p>}

      {walk.walk && (
        <>
          {background.failed && <p className="message message--error">{t('walkField.map.loadError')}</p>}
          <Suspense fallback={<div className="wf-map wf-map--loading" />}>
            {background.config ? (
              <WalkFieldMapView
                background={{ ...background, config: background.config }}
                walk={walk.walk}
                observations={walk.observations}
                queued={queue.items}
                fix={fix}
                following={position.following}
                pick={choice.mode === 'fixed' ? choice.point.coordinates : null}
                onPick={onPick}
              />
            ) : (
              <div className="wf-map wf-map--loading" />
            )}
          </Suspense>
          <WalkFieldLegend />
          {!closed && (
            <WalkFieldPosition
              id={`${observationFormId}-geometry`}
              position={position}
              point={point}
              fixedPoint={choice.mode === 'fixed'}
              onUsePoor={usePoor}
              onUseMine={() => setChoice({ mode: 'position' })}
            />
          )}
          {!closed && (
            <WalkFieldForm
              draft={draft}
              photo={photo}
              problems={form.problems}
              attempt={form.attempt}
              correcting={correcting !== null}
              onChange={(change) => setDraft((previous) => ({ ...previous, ...change }))}
              onPhotoChange={setPhoto}
              onSubmit={() => void submit()}
              onCancelCorrection={reset}
            />
          )}
        </>
      )}
      <WalkFieldQueue items={mine} sendingId={queue.sending} onFix={fixItem} onDiscard={discard} />
    </div>
  )
}

/** `?id=12` → 12; anything else → null. */
function walkIdFrom(search: string): number | null {
  const value = new URLSearchParams(search).get('id')
  if (!value || !/^\d{1,9}$/.test(value)) return null
  const id = Number(value)
  return id > 0 ? id : null
}
