import { lazy, Suspense, useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ModerateReportBody, StaffReport } from '../../../server/shared/api/report-schemas.ts'
import { pagePaths } from '../../../server/shared/page-paths.ts'
import { ModerationDetails } from '../components/moderation-details.tsx'
import { ModerationFilter } from '../components/moderation-filter.tsx'
import { ModerationLegend } from '../components/moderation-legend.tsx'
import { ModerationQueue, reportButtonId } from '../components/moderation-queue.tsx'
import { PlaceImport } from '../components/place-import.tsx'
import { StaffGate } from '../components/staff-gate.tsx'
import { StatusRegion } from '../components/status-region.tsx'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage } from '../forms/form-problems.ts'
import { useStatus } from '../forms/use-status.ts'
import { moderateReport } from '../moderation/moderation-api.ts'
import { canImportPlaces, canModerate, moderationViewers, queueFilterFromSearch, queueSearchFor, reportPoints } from '../moderation/report-queue.ts'
import type { QueueFilter } from '../moderation/report-queue.ts'
import { useMapBackground } from '../moderation/use-map-background.ts'
import { useReportQueue } from '../moderation/use-report-queue.ts'
import { navigate } from '../routing/history.ts'
import { pageHeadingId } from '../routing/use-focus-on-navigation.ts'
import { useSearch } from '../routing/use-search.ts'
import { useSession } from '../session/session-context.ts'
import { useDocumentTitle } from './use-document-title.ts'

// MapLibre is most of the JavaScript: loaded after the queue is shown.
const ModerationMapView = lazy(() => import('../components/moderation-map-view.tsx').then((module) => ({ default: module.ModerationMapView })))

/** The municipality moderates reports from the public here; the police may read them. */
export function ModerationPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('moderation.title'))
  return (
    <StaffGate heading={t('moderation.heading')} roles={moderationViewers}>
      <ModerationScreen />
    </StaffGate>
  )
}

interface Selection {
  /** The report as last seen: it stays open after a change that moves it out of the filter. */
  report: StaffReport
  from: 'list' | 'map'
}

function ModerationScreen() {
  const { t } = useTranslation()
  const context = useFormatContext()
  const { call, user } = useSession()
  const mayModerate = canModerate(user?.role)
  const search = useSearch()
  const filter = useMemo(() => queueFilterFromSearch(search), [search])
  const queue = useReportQueue(call, filter)
  const background = useMapBackground()
  const [status, announce] = useStatus()
  const [selection, setSelection] = useState<Selection | null>(null)
  const [show, setShow] = useState<{ pointId: number; seq: number } | null>(null)

  const reports = useMemo(() => queue.reports ?? [], [queue.reports])
  // The open report's latest version: from the list when it is there, else as it was last seen.
  const selected = selection ? (reports.find((report) => report.id === selection.report.id) ?? selection.report) : null
  const points = useMemo(() => {
    const shown = selected && !reports.some((report) => report.id === selected.id) ? [...reports, selected] : reports
    return reportPoints(shown)
  }, [reports, selected])

  const choose = (report: StaffReport) => {
    setSelection({ report, from: 'list' })
    setShow((previous) => ({ pointId: report.id, seq: (previous?.seq ?? 0) + 1 }))
  }
  const onMapClick = useCallback(
    (pointId: number | null) => {
      if (pointId === null) return
      const report = reports.find((candidate) => candidate.id === pointId)
      if (report) setSelection({ report, from: 'map' })
    },
    [reports],
  )
  const close = () => {
    const target = selection?.from === 'list' ? document.getElementById(reportButtonId(selection.report.id)) : null
    setSelection(null)
    ;(target ?? document.getElementById(pageHeadingId))?.focus()
  }

  const save = async (change: ModerateReportBody, message: string) => {
    if (!selected) return
    const updated = await moderateReport(call, selected.id, change)
    setSelection((previous) => (previous ? { ...previous, report: updated } : previous))
    announce(message)
    // A merge changes the target's count, a new status may move the report out of the filter.
    queue.refresh()
  }

  const applyFilter = (next: QueueFilter) => navigate(`${pagePaths.moderation}${queueSearchFor(next)}`, { replace: true })

  return (
    <div className="gs-page mod-page">
      <div className="gs-page__side">
        <h1 id={pageHeadingId} tabIndex={-1} className="gs-page__heading">
          {t('moderation.heading')}
        </h1>
        <p className="gs-page__lead">{t(mayModerate ? 'moderation.intro' : 'moderation.introReadOnly')}</p>
        <StatusRegion message={status} />
        <ModerationFilter filter={filter} onChange={applyFilter} />
        {selected && (
          <ModerationDetails
            key={selected.id}
            report={selected}
            canModerate={mayModerate}
            canReadLog={user?.role === 'admin'}
            save={save}
            onClose={close}
          />
        )}
        <section className="mod-queue-section" aria-labelledby="mod-queue-heading">
          <h2 id="mod-queue-heading" className="gs-section__heading">
            {t('moderation.queue.heading')} {queue.reports && <span className="gs-count">({t('moderation.queue.count', { count: reports.length })})</span>}
          </h2>
          <div role="status" className="status-region">
            {!queue.reports && queue.error === null && <p>{t('moderation.loading')}</p>}
          </div>
          {queue.error !== null && (
            <p role="alert" className="message message--error">
              {t('moderation.loadError', { message: errorMessage(queue.error, context) })}
            </p>
          )}
          {queue.reports && <ModerationQueue key={`${filter.status}/${filter.category ?? ''}`} reports={reports} selectedId={selected?.id ?? null} onChoose={choose} />}
        </section>
      </div>

      <div className="gs-page__map" data-map-area="">
        <ModerationLegend
          id="mod-legend-heading"
          heading={t('moderation.legend.heading')}
          keys={[
            { kind: 'waiting', label: t('moderation.legend.waiting') },
            { kind: 'open', label: t('moderation.legend.open') },
            { kind: 'closed', label: t('moderation.legend.closed') },
            { kind: 'selected', label: t('moderation.legend.selected') },
          ]}
          note={t('moderation.legend.numbers')}
        />
        {background.failed && <p className="message message--error mod-map-error">{t('moderation.map.loadError')}</p>}
        <Suspense fallback={null}>
          {background.config && (
            <ModerationMapView
              background={{ ...background, config: background.config }}
              points={points}
              selectedId={selected?.id ?? null}
              show={show}
              labels={{ region: t('moderation.map.regionLabel'), canvas: t('moderation.map.canvasLabel'), noWebgl: t('moderation.map.noWebgl') }}
              onClick={onMapClick}
            />
          )}
        </Suspense>
      </div>

      <div className="gs-page__more">{canImportPlaces(user?.role) && <PlaceImport onImported={announce} />}</div>
    </div>
  )
}
