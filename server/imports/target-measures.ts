/**
 * Environment measures from a file: a point (a lamp), a line (a path) or an area (a patch to
 * clear), checked and saved exactly as a measure drawn on the map, without links to reports.
 */
import type { Queryable } from '../db/database.ts'
import { checkMeasureGeometry } from '../measures/measure-geometry.ts'
import { insertMeasure } from '../measures/measure-records.ts'
import { checkInScope } from '../municipalities/staff-scope.ts'
import { measureBody, measureResponsibles, measureStates, measureTypes } from '../shared/api/planning-schemas.ts'
import { todayInSweden } from '../today.ts'
import { checkInput } from '../validation/parse-input.ts'
import { asChoice, asDate, asText, asWholeNumber } from './attribute-values.ts'
import type { CheckedFeature, FeatureToCheck, ImportTarget } from './import-target.ts'
import { geometryOfType, ProblemList, toWgs84 } from './import-target.ts'

export const measureTarget: ImportTarget = {
  name: 'measures',
  fields: [
    { name: 'title', required: true, kind: 'text', suggestedBy: ['title', 'titel', 'namn', 'name', 'rubrik', 'atgard', 'benamning'] },
    { name: 'type', required: false, kind: 'choice', choices: [...measureTypes], suggestedBy: ['type', 'typ', 'atgardstyp', 'slag', 'kategori'] },
    { name: 'status', required: false, kind: 'choice', choices: [...measureStates], suggestedBy: ['status', 'lage'] },
    { name: 'description', required: false, kind: 'text', suggestedBy: ['description', 'beskrivning', 'text', 'kommentar'] },
    { name: 'responsible', required: false, kind: 'choice', choices: [...measureResponsibles], suggestedBy: ['responsible', 'ansvarig', 'ansvar', 'huvudman'] },
    { name: 'responsible_detail', required: false, kind: 'text', suggestedBy: ['responsibledetail', 'forvaltning', 'enhet', 'utforare'] },
    { name: 'proposed_on', required: false, kind: 'date', suggestedBy: ['proposedon', 'foreslagen', 'forslagsdatum', 'foreslagendatum'] },
    { name: 'decided_on', required: false, kind: 'date', suggestedBy: ['decidedon', 'beslutad', 'beslutsdatum'] },
    { name: 'done_on', required: false, kind: 'date', suggestedBy: ['doneon', 'genomford', 'klar', 'klardatum', 'utford'] },
    { name: 'cost_sek', required: false, kind: 'integer', suggestedBy: ['costsek', 'kostnad', 'kostnadkr', 'cost', 'belopp'] },
    { name: 'rejected_reason', required: false, kind: 'text', suggestedBy: ['rejectedreason', 'avslagsskal', 'skal'] },
  ],
  check: checkMeasure,
}

const typeWords = {
  belysning: 'lighting', ljus: 'lighting', rojning: 'vegetation_clearance', vegetation: 'vegetation_clearance', gronska: 'vegetation_clearance',
  sikt: 'visibility', overblick: 'visibility', mobler: 'furniture_fixings', inredning: 'furniture_fixings', kamera: 'camera',
  kameraovervakning: 'camera', konst: 'art_activity', aktivitet: 'art_activity', annat: 'other', ovrigt: 'other',
} as const
const statusWords = { foreslagen: 'proposed', forslag: 'proposed', beslutad: 'decided', genomford: 'done', klar: 'done', avslagen: 'rejected' } as const
const responsibleWords = { municipality: 'kommun', police: 'polis', owner: 'fastighetsagare', propertyowner: 'fastighetsagare', other: 'annan' } as const

async function checkMeasure(db: Queryable, feature: FeatureToCheck): Promise<CheckedFeature> {
  const problems = new ProblemList()
  const { attributes } = feature
  const values = {
    title: problems.take('title', asText(attributes.title)) ?? '',
    type: problems.take('type', asChoice(attributes.type, measureTypes, typeWords)) ?? 'other',
    status: problems.take('status', asChoice(attributes.status, measureStates, statusWords)) ?? 'proposed',
    description: problems.take('description', asText(attributes.description)) ?? '',
    responsible: problems.take('responsible', asChoice(attributes.responsible, measureResponsibles, responsibleWords)) ?? 'kommun',
    responsible_detail: problems.take('responsible_detail', asText(attributes.responsible_detail)) ?? '',
    proposed_on: problems.take('proposed_on', asDate(attributes.proposed_on)) ?? todayInSweden(),
    decided_on: problems.take('decided_on', asDate(attributes.decided_on)) ?? null,
    done_on: problems.take('done_on', asDate(attributes.done_on)) ?? null,
    cost_sek: problems.take('cost_sek', asWholeNumber(attributes.cost_sek)) ?? null,
    rejected_reason: problems.take('rejected_reason', asText(attributes.rejected_reason)) ?? '',
  }
  const geometry = geometryOfType(problems, feature.geometry, ['Point', 'LineString', 'Polygon'], {
    sv: 'en åtgärd ska vara en punkt, en linje eller en yta (Point, LineString eller Polygon)',
    en: 'a measure must be a point, a line or an area (Point, LineString or Polygon)',
  })
  const shape = geometry ? await toWgs84(db, problems, geometry, feature.srid) : null
  const label = values.title || null
  const body = checkInput(measureBody, { ...values, geometry: shape, report_ids: [], observation_ids: [] })
  if (!body.success) problems.addIssues(body.error.issues, (path) => path.split('.')[0] ?? '')
  if (!problems.ok || !body.success) return { label, problems: problems.items, values, preview: shape }
  // The same shape rules as a measure drawn on the map: valid and inside the municipality.
  const place = await problems.run('geometry', () => checkMeasureGeometry(db, body.data.geometry))
  if (!place) return { label, problems: problems.items, values, preview: shape }
  const measure = body.data
  return {
    label,
    problems: [],
    values,
    preview: shape,
    save: async (tx, { actor, requestId, scope }) => {
      await checkInScope(tx, scope, place.municipalityCode)
      return (await insertMeasure(tx, measure, place, actor, requestId)).id
    },
  }
}
