import { useEffect, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { SituationPeriod } from '../../../server/shared/api/planning-schemas.ts'
import { pagePaths } from '../../../server/shared/page-paths.ts'
import { SituationActions } from '../components/situation-actions.tsx'
import { SituationControls } from '../components/situation-controls.tsx'
import { SituationMap } from '../components/situation-map.tsx'
import { SituationSummary } from '../components/situation-summary.tsx'
import { SituationTable } from '../components/situation-table.tsx'
import { SituationTopPlaces } from '../components/situation-top-places.tsx'
import { StaffGate } from '../components/staff-gate.tsx'
import { StatusRegion } from '../components/status-region.tsx'
import { downloadCsv, downloadGeoJson } from '../export/download-file.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage } from '../forms/form-problems.ts'
import { useStatus } from '../forms/use-status.ts'
import { navigate } from '../routing/history.ts'
import { pageHeadingId } from '../routing/use-focus-on-navigation.ts'
import { useSession } from '../session/session-context.ts'
import { searchFromAddress } from '../situation/situation-address.ts'
import { situationMapData } from '../situation/situation-map-data.ts'
import { canStep, periodFileName, periodLabel, shiftPeriod } from '../situation/situation-periods.ts'
import { situationCsv, sourceTables, topPlacesCsv } from '../situation/situation-rows.ts'
import { useShownPeriod } from '../situation/use-shown-period.ts'
import { useSituation } from '../situation/use-situation.ts'
import { useDocumentTitle } from './use-document-title.ts'

/** The weekly situation picture (lägesbild) of the EST method, with quarterly and yearly summaries. */
export function SituationPage() {
  const { t } = useTranslation()
  const context = useFormatContext()
  const shown = useShownPeriod()
  // The period in the tab's title too: a printed page carries it in its header.
  useDocumentTitle(`${t('situation.title')}: ${periodLabel(shown.period, shown.start, context)}`)
  return (
    <StaffGate heading={t('situation.title')}>
      <SituationScreen />
    </StaffGate>
  )
}

function SituationScreen() {
  const { t } = useTranslation()
  const context = useFormatContext()
  const { call } = useSession()
  const { period, start, date, today } = useShownPeriod()
  const label = periodLabel(period, start, context)
  const state = useSituation(call, period, start)
  const [status, announce] = useStatus()
  const picture = state.picture
  const tables = useMemo(() => (picture ? sourceTables(picture) : null), [picture])
  const mapSource = picture ?? state.last
  const mapData = useMemo(() => (mapSource ? situationMapData(mapSource) : null), [mapSource])

  // A period chosen on the page is announced once it has arrived; the first one is the page itself.
  const chosen = useRef(false)
  useEffect(() => {
    if (picture && chosen.current) announce(t('situation.loaded', { period: label }))
    // Only a new picture is news; the label follows the language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [picture])

  const go = (nextPeriod: SituationPeriod, nextDate: string | null) => {
    chosen.current = true
    navigate(nextDate === null ? `${pagePaths.situation}?period=${nextPeriod}` : `${pagePaths.situation}${searchFromAddress({ period: nextPeriod, date: nextDate })}`)
  }
  const file = `lagesbild-${periodFileName(period, start, context.language)}`
  const saved = (name: string) => announce(t('situation.export.saved', { file: name }))
  const exportCsv = picture
    ? () => {
        const { header, rows } = situationCsv(picture, context)
        downloadCsv(`${file}.csv`, header, rows)
        saved(`${file}.csv`)
      }
    : null
  const exportGeoJson = picture
    ? () => {
        downloadGeoJson(`${file}.geojson`, picture.places)
        saved(`${file}.geojson`)
      }
    : null
  const exportTop = () => {
    if (!picture) return
    const { header, rows } = topPlacesCsv(picture, context)
    downloadCsv(`${file}-platser.csv`, header, rows)
    saved(`${file}-platser.csv`)
  }

  return (
    <article className="sp-page">
      <h1 id={pageHeadingId} tabIndex={-1} className="sp-page__heading">
        {t('situation.heading', { period: label })}
      </h1>
      <p className="sp-page__lead sp-no-print">{t('situation.intro')}</p>
      <SituationControls
        period={period}
        onPeriod={(next) => go(next, date)}
        canGoBack={canStep(period, start, -1, today)}
        canGoForward={canStep(period, start, 1, today)}
        onStep={(step) => go(period, shiftPeriod(period, start, step))}
      />
      <SituationActions onCsv={exportCsv} onGeoJson={exportGeoJson} />
      <StatusRegion message={status} className="sp-no-print" />
      <div role="status" className="status-region sp-no-print">
        {!picture && state.error === null && <p>{t('situation.loading')}</p>}
      </div>
      {state.error !== null && (
        <p role="alert" className="message message--error">
          {t('situation.loadError', { message: errorMessage(state.error, context) })}
        </p>
      )}
      {picture && tables && <SituationSummary picture={picture} tables={tables} />}
      <div className="sp-body" aria-busy={!picture && state.error === null}>
        <div className="sp-body__numbers">{picture && tables?.map((table) => <SituationTable key={table.source} table={table} picture={picture} />)}</div>
        {state.error === null && (
          <div className="sp-body__places">
            <SituationMap data={mapData} empty={picture !== null && picture.places.features.length === 0} />
            {picture && <SituationTopPlaces picture={picture} onExport={exportTop} />}
          </div>
        )}
      </div>
    </article>
  )
}
