/**
 * Measures as the map and the exports take them: features for the map (status and whether the
 * measure is open), a GeoJSON layer with every fact a GIS user needs, and CSV rows in words for a
 * spreadsheet. All pure, so they are tested without a browser.
 */
import type { Feature, FeatureCollection } from 'geojson'
import type { Measure, MeasureEffect, MeasureGeometry } from '../../../server/shared/api/planning-schemas.ts'
import type { FormatContext } from '../features/translate.ts'
import type { MeasureFeatureProperties } from '../map/measure-layers.ts'
import { effectNumbers, effectWords } from './effect-verdict.ts'
import type { MeasureStatusFilter } from './measure-options.ts'

export type MeasureFeatures = FeatureCollection<MeasureGeometry, MeasureFeatureProperties>

/** The measures on the map; `hiddenId` is left out (it is being drawn, by terra-draw). */
export function measureFeatures(measures: readonly Measure[], selectedId: number | null, hiddenId: number | null = null): MeasureFeatures {
  return {
    type: 'FeatureCollection',
    features: measures
      .filter((measure) => measure.id !== hiddenId)
      .map(
        (measure): Feature<MeasureGeometry, MeasureFeatureProperties> => ({
          type: 'Feature',
          id: measure.id,
          geometry: measure.geometry,
          properties: { measure_id: measure.id, status: measure.status, title: measure.title, selected: measure.id === selectedId },
        }),
      ),
  }
}

export const filterMeasures = (measures: readonly Measure[], filter: MeasureStatusFilter): Measure[] =>
  filter === 'all' ? [...measures] : measures.filter((measure) => measure.status === filter)

/** Newest first by the latest date a measure has (done, decided, proposed), then by id. */
export function sortMeasures(measures: readonly Measure[]): Measure[] {
  const latest = (measure: Measure) => measure.done_on ?? measure.decided_on ?? measure.proposed_on
  return [...measures].sort((a, b) => latest(b).localeCompare(latest(a)) || b.id - a.id)
}

/** The layer as shown, for GIS: codes (not words) and WGS84, as the API gives them. */
export function measureGeoJson(measures: readonly Measure[]): FeatureCollection<MeasureGeometry> {
  return {
    type: 'FeatureCollection',
    features: measures.map((measure) => ({
      type: 'Feature',
      id: measure.id,
      geometry: measure.geometry,
      properties: {
        id: measure.id,
        title: measure.title,
        description: measure.description,
        type: measure.type,
        status: measure.status,
        rejected_reason: measure.rejected_reason,
        responsible: measure.responsible,
        responsible_detail: measure.responsible_detail,
        proposed_on: measure.proposed_on,
        decided_on: measure.decided_on,
        done_on: measure.done_on,
        cost_sek: measure.cost_sek,
        in_centrum: measure.in_centrum,
        report_ids: measure.report_ids,
        observation_ids: measure.observation_ids,
      },
    })),
  }
}

export interface CsvTable {
  header: string[]
  rows: unknown[][]
}

/** The list as shown, for a spreadsheet: values in words in the page's language, dates as YYYY-MM-DD. */
export function measureCsv(measures: readonly Measure[], context: FormatContext): CsvTable {
  const { t } = context
  return {
    header: [
      t('measures.csv.id'),
      t('measures.csv.title'),
      t('measures.csv.type'),
      t('measures.csv.status'),
      t('measures.csv.rejectedReason'),
      t('measures.csv.responsible'),
      t('measures.csv.responsibleDetail'),
      t('measures.csv.proposedOn'),
      t('measures.csv.decidedOn'),
      t('measures.csv.doneOn'),
      t('measures.csv.cost'),
      t('measures.csv.inCentrum'),
      t('measures.csv.reports'),
      t('measures.csv.observations'),
      t('measures.csv.description'),
    ],
    rows: measures.map((measure) => [
      measure.id,
      measure.title,
      t(`values.measureType.${measure.type}`),
      t(`values.measureStatus.${measure.status}`),
      measure.rejected_reason,
      t(`values.responsible.${measure.responsible}`),
      measure.responsible_detail,
      measure.proposed_on,
      measure.decided_on,
      measure.done_on,
      measure.cost_sek,
      t(measure.in_centrum ? 'values.yes' : 'values.no'),
      measure.report_ids.join(', '),
      measure.observation_ids.join(', '),
      measure.description,
    ]),
  }
}

/** The effects as shown: the counts, the expected count and interval (decimal comma in Swedish), and the verdict in words. */
export function effectCsv(effects: readonly MeasureEffect[], radiusMetres: number, context: FormatContext): CsvTable {
  const { t } = context
  const format = effectNumbers(context)
  const decimal = (value: number | null, pick: (value: number) => string) => (value === null ? null : pick(value))
  return {
    header: [
      t('measures.csv.id'),
      t('measures.csv.title'),
      t('measures.csv.type'),
      t('measures.csv.doneOn'),
      t('measures.csv.radius'),
      t('measures.csv.months'),
      t('measures.csv.beforeFrom'),
      t('measures.csv.beforeTo'),
      t('measures.csv.afterFrom'),
      t('measures.csv.afterTo'),
      t('measures.csv.nearBefore'),
      t('measures.csv.nearAfter'),
      t('measures.csv.restBefore'),
      t('measures.csv.restAfter'),
      t('measures.csv.expectedAfter'),
      t('measures.csv.ratio'),
      t('measures.csv.ratioLow'),
      t('measures.csv.ratioHigh'),
      t('measures.csv.verdict'),
    ],
    rows: effects.map((effect) => [
      effect.measure_id,
      effect.title,
      t(`values.measureType.${effect.type}`),
      effect.done_on,
      radiusMetres,
      effect.months,
      effect.before.from,
      effect.before.to,
      effect.after.from,
      effect.after.to,
      effect.before.near,
      effect.after.near,
      effect.before.rest,
      effect.after.rest,
      decimal(effect.expected_after, format.expected),
      decimal(effect.ratio, format.ratio),
      decimal(effect.ratio_low, format.ratio),
      decimal(effect.ratio_high, format.ratio),
      effectWords(effect, context).sentence,
    ]),
  }
}
