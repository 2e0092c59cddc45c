/**
 * The measure form's rules: a measure as the form holds it (strings, as inputs give them), the
 * body the server takes, and what is missing before anything is sent. The server checks every
 * rule again (dates in order, a shape inside the municipality, reports it can link) and its
 * messages are shown at their fields.
 */
import type { Measure, MeasureBody, MeasureGeometry, MeasureState, MeasureType } from '../../../server/shared/api/planning-schemas.ts'
import type { MeasureDraft } from './measure-draft.ts'
import type { MeasureResponsible } from './measure-options.ts'

export interface MeasureForm {
  title: string
  description: string
  type: MeasureType
  status: MeasureState
  rejectedReason: string
  responsible: MeasureResponsible
  responsibleDetail: string
  /** Dates as a date input gives them: YYYY-MM-DD, or '' when not set. */
  proposedOn: string
  decidedOn: string
  doneOn: string
  /** Whole kronor as typed ("12 000", "12000 kr"); '' when not known. */
  cost: string
  /** The shape drawn on the map; null until one is finished. */
  geometry: MeasureGeometry | null
  reportIds: readonly number[]
  observationIds: readonly number[]
}

/** A problem found before sending: `field` is the server's field name, `key` is under `measures.problems`. */
export interface FormProblemKey {
  field: string
  key: string
}

export type BodyResult = { ok: true; body: MeasureBody } | { ok: false; problems: FormProblemKey[] }

export type ShapeKind = MeasureGeometry['type']
export const shapeKinds: readonly ShapeKind[] = ['Point', 'LineString', 'Polygon']

/** A new measure, proposed today; a draft from the planning screen brings its title, shape and evidence. */
export function emptyMeasureForm(today: string, draft: MeasureDraft | null = null): MeasureForm {
  return {
    title: draft?.title ?? '',
    description: '',
    type: 'lighting',
    status: 'proposed',
    rejectedReason: '',
    responsible: 'kommun',
    responsibleDetail: '',
    proposedOn: today,
    decidedOn: '',
    doneOn: '',
    cost: '',
    geometry: draft?.geometry ?? null,
    reportIds: draft?.report_ids ?? [],
    observationIds: draft?.observation_ids ?? [],
  }
}

export function formFromMeasure(measure: Measure): MeasureForm {
  return {
    title: measure.title,
    description: measure.description,
    type: measure.type,
    status: measure.status,
    rejectedReason: measure.rejected_reason,
    responsible: measure.responsible,
    responsibleDetail: measure.responsible_detail,
    proposedOn: measure.proposed_on,
    decidedOn: measure.decided_on ?? '',
    doneOn: measure.done_on ?? '',
    cost: measure.cost_sek === null ? '' : String(measure.cost_sek),
    geometry: measure.geometry,
    reportIds: measure.report_ids,
    observationIds: measure.observation_ids,
  }
}

/** "12 000", "12000 kr" → 12000; '' → null; anything else (decimals, letters, minus) → undefined. */
export function parseCost(text: string): number | null | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/kr\.?$/i, '')
  if (compact === '') return null
  if (!/^\d{1,10}$/.test(compact)) return undefined
  const value = Number(compact)
  return value <= 1_000_000_000 ? value : undefined
}

/** Six decimals is about 10 cm: finer than a drawing on a map, and what the server stores. */
const round6 = (value: number) => Math.round(value * 1e6) / 1e6
const roundPosition = (position: readonly number[]): [number, number] => [round6(position[0] ?? 0), round6(position[1] ?? 0)]

export function roundGeometry(geometry: MeasureGeometry): MeasureGeometry {
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: roundPosition(geometry.coordinates) }
    case 'LineString':
      return { type: 'LineString', coordinates: geometry.coordinates.map(roundPosition) }
    case 'Polygon':
      return { type: 'Polygon', coordinates: geometry.coordinates.map((ring) => ring.map(roundPosition)) }
  }
}

/**
 * The body to send, or the problems a person can fix before sending. Dates that do not belong to
 * the status are left out (a proposal has no decision date, only a done measure a done date), so
 * a status changed back does not leave a stale date the server would refuse.
 */
export function measureBodyFrom(form: MeasureForm): BodyResult {
  const problems: FormProblemKey[] = []
  const title = form.title.trim()
  if (title === '') problems.push({ field: 'title', key: 'titleMissing' })
  else if (title.length < 3) problems.push({ field: 'title', key: 'titleShort' })
  if (form.status === 'rejected' && form.rejectedReason.trim() === '') problems.push({ field: 'rejected_reason', key: 'reasonMissing' })
  if (form.proposedOn === '') problems.push({ field: 'proposed_on', key: 'proposedOnMissing' })
  if (form.status === 'decided' && form.decidedOn === '') problems.push({ field: 'decided_on', key: 'decidedOnMissing' })
  if (form.status === 'done' && form.doneOn === '') problems.push({ field: 'done_on', key: 'doneOnMissing' })
  const cost = parseCost(form.cost)
  if (cost === undefined) problems.push({ field: 'cost_sek', key: 'costInvalid' })
  if (!form.geometry) problems.push({ field: 'geometry', key: 'geometryMissing' })
  if (problems.length > 0 || !form.geometry || cost === undefined) return { ok: false, problems }

  return {
    ok: true,
    body: {
      title,
      description: form.description,
      type: form.type,
      status: form.status,
      rejected_reason: form.status === 'rejected' ? form.rejectedReason.trim() : '',
      responsible: form.responsible,
      responsible_detail: form.responsibleDetail.trim(),
      proposed_on: form.proposedOn,
      decided_on: form.status === 'proposed' ? null : form.decidedOn || null,
      done_on: form.status === 'done' ? form.doneOn : null,
      cost_sek: cost,
      geometry: roundGeometry(form.geometry),
      report_ids: [...form.reportIds],
      observation_ids: [...form.observationIds],
    },
  }
}

/** Adds the id when missing, removes it when there. */
export function toggleId(ids: readonly number[], id: number): number[] {
  return ids.includes(id) ? ids.filter((candidate) => candidate !== id) : [...ids, id]
}
