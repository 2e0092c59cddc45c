/** Grannsamverkan areas from a file: checked and saved exactly as an area drawn on the map. */
import type { Queryable } from '../db/database.ts'
import { checkAreaGeometry } from '../geometry/check-area-geometry.ts'
import type { AreaGeometry } from '../shared/api/fields.ts'
import { areaGeometry, projectedAreaGeometry } from '../shared/api/fields.ts'
import { createWatchAreaBody, watchAreaStatuses } from '../shared/api/watch-area-schemas.ts'
import { checkInput } from '../validation/parse-input.ts'
import { insertWatchArea } from '../watch-areas/watch-area-records.ts'
import { asChoice, asDate, asText, asWholeNumber } from './attribute-values.ts'
import type { CheckedFeature, FeatureToCheck, ImportTarget } from './import-target.ts'
import { geometryOfType, ProblemList } from './import-target.ts'
import type { GeoJsonGeometry } from './source-geometry.ts'

const recordSchema = createWatchAreaBody.omit({ geometry: true })

export const watchAreaTarget: ImportTarget = {
  name: 'watch-areas',
  fields: [
    { name: 'name', required: true, kind: 'text', suggestedBy: ['name', 'namn', 'omrade', 'omradesnamn', 'benamning', 'title', 'titel'] },
    {
      name: 'status', required: false, kind: 'choice', choices: [...watchAreaStatuses],
      suggestedBy: ['status', 'tillstand', 'lage'],
    },
    { name: 'households', required: false, kind: 'integer', suggestedBy: ['households', 'hushall', 'antalhushall', 'hushallsantal', 'hh'] },
    { name: 'startup_meeting_on', required: false, kind: 'date', suggestedBy: ['startupmeetingon', 'uppstartsmote', 'uppstart', 'startmote'] },
    { name: 'notes', required: false, kind: 'text', suggestedBy: ['notes', 'anteckningar', 'anteckning', 'kommentar', 'notering'] },
  ],
  check: checkArea,
}

const statusWords = { planerad: 'planned', aktiv: 'active', inaktiv: 'inactive', vilande: 'inactive' } as const

async function checkArea(db: Queryable, feature: FeatureToCheck): Promise<CheckedFeature> {
  const problems = new ProblemList()
  const { attributes, srid } = feature
  const values = {
    name: problems.take('name', asText(attributes.name)) ?? '',
    status: problems.take('status', asChoice(attributes.status, watchAreaStatuses, statusWords)) ?? 'planned',
    households: problems.take('households', asWholeNumber(attributes.households)) ?? null,
    startup_meeting_on: problems.take('startup_meeting_on', asDate(attributes.startup_meeting_on)) ?? null,
    notes: problems.take('notes', asText(attributes.notes)) ?? '',
  }
  const record = checkInput(recordSchema, values)
  if (!record.success) problems.addIssues(record.error.issues, (path) => path.split('.')[0] ?? '')

  const geometry = geometryOfType(problems, feature.geometry, ['Polygon', 'MultiPolygon'], {
    sv: 'ett grannsamverkansområde ska vara en yta (Polygon eller MultiPolygon)',
    en: 'a neighbourhood watch area must be an area (Polygon or MultiPolygon)',
  })
  let outline: AreaGeometry | null = null
  let preview: GeoJsonGeometry | null = null
  if (geometry) {
    const shape = checkInput(srid === 4326 ? areaGeometry : projectedAreaGeometry, geometry)
    if (!shape.success) problems.addIssues(shape.error.issues, () => 'geometry')
    else {
      // The same check as an area drawn on the map: valid (or repaired unambiguously) and inside the municipality.
      const checked = await problems.run('geometry', () => checkAreaGeometry(db, shape.data, null, { srid }))
      if (checked) {
        outline = shape.data
        const [row] = await db.query<{ geojson: string }>('SELECT ST_AsGeoJSON(ST_Transform(ST_GeomFromEWKT($1), 4326), 7) AS geojson', [checked.ewkt])
        preview = row ? (JSON.parse(row.geojson) as GeoJsonGeometry) : null
      }
    }
  }
  const label = values.name || null
  if (!problems.ok || !outline || !record.success) return { label, problems: problems.items, values, preview }
  const area = { ...record.data, geometry: outline }
  return {
    label,
    problems: [],
    values,
    preview,
    save: async (tx, { actor, role, requestId }) => (await insertWatchArea(tx, area, actor, role, requestId, srid)).id,
  }
}
