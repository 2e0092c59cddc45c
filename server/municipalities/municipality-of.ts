import type { Queryable } from '../db/database.ts'
import { invalidInput } from '../errors.ts'

/**
 * The municipality a record names, or the only one the app serves when it names none. With
 * several municipalities (the whole police area) a record must say which; an unknown code is refused.
 */
export async function municipalityOf(db: Queryable, code: string | undefined): Promise<string> {
  const rows = await db.query<{ code: string }>('SELECT code FROM municipality WHERE $1::text IS NULL OR code = $1', [code ?? null])
  const [only] = rows
  if (only && rows.length === 1) return only.code
  throw invalidInput([
    code === undefined
      ? { field: 'municipality_code', message: 'Say which municipality this is for.', message_sv: 'Ange vilken kommun det gäller.' }
      : { field: 'municipality_code', message: `The app does not serve municipality ${code}.`, message_sv: `Appen har ingen kommun med kod ${code}.` },
  ])
}
