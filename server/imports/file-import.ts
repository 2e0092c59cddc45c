/**
 * Importing a GIS file into one kind of object: read it, settle its coordinate system, map its
 * attributes to the target's fields, and check every feature by the app's own rules. A preview
 * stops there; a save checks everything again from the file and then saves every feature in one
 * transaction – or, when any feature has a problem, nothing.
 */
import type { Database, Queryable } from '../db/database.ts'
import { AppError, invalidInput } from '../errors.ts'
import type { ImportSrid } from '../geometry/check-area-geometry.ts'
import type { FileImportBody, FileImportResult, FilePreview } from '../shared/api/file-import-schemas.ts'
import { settleCrs } from './import-crs.ts'
import type { CheckedFeature, ImportTarget, SaveContext } from './import-target.ts'
import { ProblemList, toWgs84 } from './import-target.ts'
import { readImportFile } from './read-import-file.ts'
import type { SourceFile } from './source-file.ts'
import { singlePart } from './source-geometry.ts'
import { suggestMapping } from './suggest-mapping.ts'

/** Problems listed in a refused save's answer; the preview lists all of them. */
const MAX_LISTED_PROBLEMS = 100

export async function previewImport(db: Queryable, target: ImportTarget, body: FileImportBody): Promise<FilePreview> {
  return (await checkFile(db, target, body)).preview
}

export async function saveImport(db: Database, target: ImportTarget, body: FileImportBody, context: SaveContext): Promise<FileImportResult> {
  const { preview, checked } = await checkFile(db, target, body)
  if (preview.problem_count > 0) throw refusal(preview)
  // All or nothing: one transaction, and each save runs the app's own insert with its audit entry.
  const ids = await db.transaction(async (tx) => {
    const created: number[] = []
    for (const feature of checked) {
      if (!feature.save) throw new Error('a checked feature without problems has no save')
      created.push(await feature.save(tx, context))
    }
    return created
  })
  return { target: target.name, created: ids.map((id, index) => ({ id, label: checked[index]?.label ?? '' })) }
}

async function checkFile(db: Queryable, target: ImportTarget, body: FileImportBody): Promise<{ preview: FilePreview; checked: CheckedFeature[] }> {
  const file = await readImportFile(db, new Uint8Array(Buffer.from(body.file_base64, 'base64')))
  const srid = settleCrs(file.crs, body.crs ? (Number(body.crs.slice('EPSG:'.length)) as ImportSrid) : null)
  const mapping = body.mapping ? checkedMapping(target, file, body.mapping) : suggestMapping(target.fields, file.attributes)
  const checked: CheckedFeature[] = []
  for (const [index, feature] of file.features.entries()) {
    const attributes = Object.fromEntries(
      target.fields.map((field) => {
        const attribute = mapping[field.name]
        return [field.name, attribute === undefined ? undefined : feature.properties[attribute]]
      }),
    )
    const geometry = feature.geometry && !('wkb' in feature.geometry) ? singlePart(feature.geometry) : null
    const result = await target.check(db, { index, geometry, srid, attributes })
    // A feature of the wrong type or outside the rules is still shown where it lies, so the person sees what is wrong.
    if (!result.preview && geometry) result.preview = await toWgs84(db, new ProblemList(), geometry, srid)
    checked.push(result)
  }
  const features = checked.map(({ label, problems, values, preview }, index) => ({
    index,
    label,
    ok: problems.length === 0,
    problems,
    values,
    geometry: preview,
  }))
  return {
    checked,
    preview: {
      target: target.name,
      format: file.format,
      layer: file.layer,
      crs: { declared: file.crs.declared, used: `EPSG:${srid}` },
      attributes: file.attributes,
      fields: target.fields.map(({ name, required, kind, choices }) => ({ name, required, kind, ...(choices && { choices }) })),
      mapping,
      features,
      problem_count: features.filter((feature) => !feature.ok).length,
    },
  }
}

/** The mapping sent, when it names only the target's fields and the file's attributes. */
function checkedMapping(target: ImportTarget, file: SourceFile, mapping: Record<string, string>): Record<string, string> {
  const problems = Object.entries(mapping).flatMap(([field, attribute]) => {
    if (!target.fields.some((known) => known.name === field)) {
      return [{ field: `mapping.${field}`, message: `There is no field "${field}" to fill here.`, message_sv: `Det finns inget fält "${field}" att fylla här.` }]
    }
    if (!file.attributes.includes(attribute)) {
      return [{ field: `mapping.${field}`, message: `The file has no attribute "${attribute}".`, message_sv: `Filen har inget attribut "${attribute}".` }]
    }
    return []
  })
  if (problems.length > 0) throw invalidInput(problems)
  return mapping
}

/** A save refused because features have problems: each named, the feature by its number and name. */
function refusal(preview: FilePreview): AppError {
  const listed = preview.features
    .filter((feature) => !feature.ok)
    .flatMap((feature) =>
      feature.problems.map((problem) => ({
        field: `features.${feature.index}${problem.field ? `.${problem.field}` : ''}`,
        message: `Feature ${feature.index + 1}${feature.label ? ` (${feature.label})` : ''}: ${problem.message}`,
        message_sv: `Objekt ${feature.index + 1}${feature.label ? ` (${feature.label})` : ''}: ${problem.message_sv}`,
      })),
    )
  const count = preview.problem_count
  return new AppError(
    400,
    'import_has_problems',
    `Inget sparades: ${count} objekt har problem. Rätta filen eller kopplingen och försök igen.`,
    `Nothing was saved: ${count} ${count === 1 ? 'feature has' : 'features have'} problems. Correct the file or the mapping and try again.`,
    { fields: listed.slice(0, MAX_LISTED_PROBLEMS) },
  )
}
