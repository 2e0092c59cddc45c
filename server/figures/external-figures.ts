/**
 * Figures from surveys others run – SCB's medborgarundersökning, Brå's NTU – entered by staff
 * per year with their source, and shown publicly beside the website survey. Writes are audited.
 */
import type { Actor } from '../audit/audit-log.ts'
import { recordAudit } from '../audit/audit-log.ts'
import type { Database, Queryable } from '../db/database.ts'
import { conflict, invalidInput, notFound } from '../errors.ts'
import { municipalityOf } from '../municipalities/municipality-of.ts'
import type { ExternalFigure, ExternalFigureBody } from '../shared/api/survey-schemas.ts'

const figureSelect = `
  SELECT id, municipality_code, source, year, label, value::float8 AS value, national_value::float8 AS national_value, citation
    FROM external_figure`

const figureNotFound = (id: number) => notFound('figure_not_found', `Siffra ${id} finns inte.`, `Figure ${id} does not exist.`)

/** One municipality's figures, or every municipality's when `municipalityCode` is null. */
export async function listFigures(db: Queryable, municipalityCode: string | null = null): Promise<ExternalFigure[]> {
  return db.query<ExternalFigure>(`${figureSelect} WHERE $1::text IS NULL OR municipality_code = $1 ORDER BY source, label, year`, [municipalityCode])
}

const figureFields = (figure: ExternalFigureBody | ExternalFigure) => ({
  source: figure.source,
  year: figure.year,
  label: figure.label,
  value: figure.value,
  national_value: figure.national_value,
  citation: figure.citation,
})

const figureLabel = (figure: ExternalFigureBody | ExternalFigure) => `${figure.source.toUpperCase()} ${figure.year}: ${figure.label}`

export async function createFigure(
  db: Database,
  body: ExternalFigureBody,
  actor: Actor,
  requestId: string,
  scope: string | null = null,
): Promise<ExternalFigure> {
  return db.transaction(async (tx) => {
    const municipalityCode = await municipalityOf(tx, body.municipality_code, scope)
    await refuseSameFigure(tx, municipalityCode, body, null)
    const [figure] = await tx.query<ExternalFigure>(
      `INSERT INTO external_figure (municipality_code, source, year, label, value, national_value, citation)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       RETURNING id, municipality_code, source, year, label, value::float8 AS value, national_value::float8 AS national_value, citation`,
      [municipalityCode, body.source, body.year, body.label, body.value, body.national_value, body.citation],
    )
    if (!figure) throw new Error('figure insert returned no row')
    await recordAudit(tx, {
      actor, action: 'create', objectType: 'external_figure', objectId: figure.id, objectLabel: figureLabel(body),
      before: null, after: figureFields(body), requestId,
    })
    return figure
  })
}

export async function updateFigure(db: Database, id: number, body: ExternalFigureBody, actor: Actor, requestId: string): Promise<ExternalFigure> {
  return db.transaction(async (tx) => {
    const [before] = await tx.query<ExternalFigure>(`${figureSelect} WHERE id = $1 FOR UPDATE`, [id])
    if (!before) throw figureNotFound(id)
    if (body.municipality_code !== undefined && body.municipality_code !== before.municipality_code) {
      throw invalidInput([
        { field: 'municipality_code', message: 'A figure cannot move to another municipality.', message_sv: 'En siffra kan inte flyttas till en annan kommun.' },
      ])
    }
    await refuseSameFigure(tx, before.municipality_code, body, id)
    await tx.query(
      'UPDATE external_figure SET source = $2, year = $3, label = $4, value = $5, national_value = $6, citation = $7, updated_at = now() WHERE id = $1',
      [id, body.source, body.year, body.label, body.value, body.national_value, body.citation],
    )
    await recordAudit(tx, {
      actor, action: 'update', objectType: 'external_figure', objectId: id, objectLabel: figureLabel(body),
      before: figureFields(before), after: figureFields(body), requestId,
    })
    const [after] = await tx.query<ExternalFigure>(`${figureSelect} WHERE id = $1`, [id])
    if (!after) throw figureNotFound(id)
    return after
  })
}

export async function deleteFigure(db: Database, id: number, actor: Actor, requestId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [before] = await tx.query<ExternalFigure>(`${figureSelect} WHERE id = $1 FOR UPDATE`, [id])
    if (!before) throw figureNotFound(id)
    await tx.query('DELETE FROM external_figure WHERE id = $1', [id])
    await recordAudit(tx, {
      actor, action: 'delete', objectType: 'external_figure', objectId: id, objectLabel: figureLabel(before),
      before: figureFields(before), after: null, requestId,
    })
  })
}

async function refuseSameFigure(tx: Queryable, municipalityCode: string, body: ExternalFigureBody, exceptId: number | null): Promise<void> {
  const [other] = await tx.query(
    'SELECT 1 FROM external_figure WHERE municipality_code = $1 AND source = $2 AND label = $3 AND year = $4 AND id IS DISTINCT FROM $5',
    [municipalityCode, body.source, body.label, body.year, exceptId],
  )
  if (other) {
    throw conflict(
      'figure_exists',
      `Det finns redan en siffra "${body.label}" för ${body.year}. Ändra den i stället.`,
      `There is already a figure "${body.label}" for ${body.year}. Change that one instead.`,
    )
  }
}
