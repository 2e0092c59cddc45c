import type { TFunction } from 'i18next'
import type { MapText } from './map-adapter.ts'

/** The map's own words in the page's language; each screen names what its canvas shows. */
export function mapText(t: TFunction, canvasLabel: string): MapText {
  return {
    canvasLabel,
    zoomIn: t('map.zoomIn'),
    zoomOut: t('map.zoomOut'),
    resetBearing: t('map.resetBearing'),
    toggleAttribution: t('map.toggleAttribution'),
    attribution: t('map.attribution'),
  }
}
