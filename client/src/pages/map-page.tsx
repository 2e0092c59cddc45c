import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { pagePaths } from '../../../server/shared/page-paths.ts'
import { FeatureDetails } from '../components/feature-details.tsx'
import { featureButtonId, FeatureList } from '../components/feature-list.tsx'
import { Legend } from '../components/legend.tsx'
import type { ShowRequest } from '../components/map-view.tsx'
import { NextWalkCard } from '../components/next-walk-card.tsx'
import { ReportFeedLinks } from '../components/report-feed-links.tsx'
import { ReportInvite } from '../components/report-invite.tsx'
import { WatchAreaInfo } from '../components/watch-area-info.tsx'
import type { CollectionData, CollectionId, FeatureRef, MapFeature, TiledCollections } from '../data/collections.ts'
import { findFeature } from '../data/collections.ts'
import { useChosenFeature } from '../data/use-chosen-feature.ts'
import { useMapData } from '../data/use-map-data.ts'
import { defaultPeriod, filterByPeriod } from '../features/period-filter.ts'
import type { Period } from '../features/period-filter.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { defaultVisibleCollections } from '../map/legend-entries.ts'
import { MunicipalityChooser } from '../municipalities/municipality-chooser.tsx'
import { municipalityTitle } from '../municipalities/municipality-name.ts'
import { useMapMunicipality } from '../municipalities/use-map-municipality.ts'
import { pageHeadingId } from '../routing/use-focus-on-navigation.ts'
import { useSearch } from '../routing/use-search.ts'
import { useDocumentTitle } from './use-document-title.ts'

// MapLibre is most of the JavaScript: a chunk of its own, loaded only for the map page and never
// in the way of the page's text.
const loadMapView = () => import('../components/map-view.tsx')
const MapView = lazy(() => loadMapView().then((module) => ({ default: module.MapView })))
// Opened on the map, the page starts loading it before React's first render (the map was then
// created 200 ms sooner in the bench); the effect below covers coming to the map from another page.
if (window.location.pathname === pagePaths.map) void loadMapView()

interface Selection {
  ref: FeatureRef
  /** Where the choice was made, so focus can go back there when the details close. */
  from: 'map' | 'list'
  /** The feature as the list had it: a tiled layer's is not in `data`. */
  feature?: MapFeature
}

const noData: CollectionData = {}
const noTiles: TiledCollections = {}

/**
 * The open map: the intro and the choice of municipality (`?kommun=`, which the map moves to), the
 * panel with the report invitation, next walk, legend and list, and the map itself.
 */
export function MapPage() {
  const { t } = useTranslation()
  const context = useFormatContext()
  useDocumentTitle(t('mapPage.title'))
  const search = useSearch()
  const area = useMapMunicipality(search)
  // Before the list of municipalities is in, the page names the installation's own, as it always did.
  const placeName = area.chosen?.name ?? t('app.place')
  const fittedName = area.municipalities?.find((municipality) => municipality.code === area.fit?.code)?.name ?? null
  const state = useMapData()
  const [visible, setVisible] = useState<ReadonlySet<CollectionId>>(defaultVisibleCollections)
  const [selection, setSelection] = useState<Selection | null>(null)
  const [show, setShow] = useState<ShowRequest | null>(null)
  const [period, setPeriod] = useState<Period>(defaultPeriod)
  const [now] = useState(() => new Date())
  const [view, setView] = useState<[number, number, number, number] | null>(null)
  // The map's code starts loading with the page, not only once the configuration is in.
  useEffect(() => void loadMapView(), [])

  const data = state.status === 'ready' ? state.data : noData
  // The map starts on a tiled layer's tiles at once; the list and details wait for everything.
  const mapTiled = state.status === 'error' ? noTiles : state.tiled
  const tiled = state.status === 'ready' ? state.tiled : noTiles
  // The map and the list show the chosen period; a chosen feature stays open whatever the period.
  const shown = useMemo(() => filterByPeriod(data, period, now), [data, period, now])
  const config = state.status === 'error' ? null : state.config
  const chosen = useChosenFeature(selection?.ref ?? null, selection?.feature ?? null, data, tiled)
  const selected = chosen.status === 'found' ? chosen.feature : null

  const showOnMap = (feature: MapFeature, collection: CollectionId) =>
    setShow((previous) => ({ feature, collection, seq: (previous?.seq ?? 0) + 1 }))

  const choose = (ref: FeatureRef, listed: MapFeature) => {
    const feature = findFeature(data, ref) ?? listed
    setSelection({ ref, from: 'list', feature })
    showOnMap(feature, ref.collection)
  }

  const onFeatureClick = useCallback((ref: FeatureRef | null) => setSelection(ref ? { ref, from: 'map' } : null), [])

  const close = () => {
    const target = selection?.from === 'list' ? document.getElementById(featureButtonId(selection.ref)) : null
    setSelection(null)
    ;(target ?? document.getElementById(pageHeadingId))?.focus()
  }

  const toggle = (collection: CollectionId, on: boolean) =>
    setVisible((previous) => {
      const next = new Set(previous)
      if (on) next.add(collection)
      else next.delete(collection)
      return next
    })

  return (
    <div className="map-page">
      <div className="map-page__intro">
        <h1 id={pageHeadingId} tabIndex={-1} className="map-page__heading">
          {t('mapPage.heading', { place: placeName })}
        </h1>
        <p className="map-page__lead">{t('mapPage.intro')}</p>
        {area.municipalities && area.chosen && (
          <MunicipalityChooser path={pagePaths.map} search={search} municipalities={area.municipalities} chosen={area.chosen} />
        )}
        {/* The move itself is only seen; a screen reader hears where the map went. Opening the page there says it in the heading. */}
        <div role="status" className="visually-hidden">
          {area.fit && !area.fit.instant && fittedName !== null && t('municipalities.mapShows', { municipality: municipalityTitle(fittedName, context) })}
        </div>
      </div>

      <div className="map-page__panel">
        <div role="status" className="map-page__status">
          {state.status === 'loading' && <p>{t('mapPage.loading')}</p>}
          {state.status === 'error' && <p className="message message--error">{t('mapPage.loadError')}</p>}
          {state.status === 'ready' && state.failed.length > 0 && (
            <p className="message message--error">
              {t('mapPage.loadPartial', { layers: state.failed.map((id) => t(`layers.${id}`)).join(', ') })}
            </p>
          )}
          {chosen.status === 'loading' && <p>{t('details.loading')}</p>}
          {chosen.status === 'missing' && selection && tiled[selection.ref.collection] && <p className="message message--error">{t('details.notFound')}</p>}
        </div>
        {selection && selected && (
          <FeatureDetails
            collection={selection.ref.collection}
            feature={selected}
            reportGridMetres={state.status === 'ready' ? state.config.reportGridMetres : 50}
            onClose={close}
            onShowOnMap={() => showOnMap(selected, selection.ref.collection)}
          />
        )}
        <ReportInvite />
        <NextWalkCard
          walks={data['safety-walks']}
          municipality={area.chosen}
          onShow={(walk) => choose({ collection: 'safety-walks', id: String(walk.id) }, walk)}
        />
        <Legend visible={visible} onToggle={toggle} period={period} onPeriodChange={setPeriod} />
        <WatchAreaInfo municipalityCode={area.chosen?.code ?? null} />
        <ReportFeedLinks view={view} />
        <FeatureList data={shown} tiled={tiled} view={view} period={period} now={now} visible={visible} selected={selection?.ref ?? null} onChoose={choose} />
      </div>

      {/* data-map-area: see reveal-details.ts */}
      <div className="map-page__map" data-map-area="">
        <Suspense fallback={null}>
          {config && (
            <MapView
              config={config}
              data={shown}
              tiled={mapTiled}
              period={period}
              now={now}
              visible={visible}
              selected={selected}
              show={show}
              onFeatureClick={onFeatureClick}
              onViewChange={setView}
              municipality={municipalityTitle(placeName, context)}
              limits={area.limits}
              fit={area.fit}
            />
          )}
        </Suspense>
      </div>
    </div>
  )
}
