import type { Queryable } from '../db/database.ts'
import { invalidInput } from '../errors.ts'
import { checkInScope, outsideScope } from './staff-scope.ts'

/**
 * The municipality a new record without a place (a promise period, a survey figure) is for: the
 * one it names, or else the caller's own (kommun staff, `scope`), or else the installation's own
 * (the first added). An unknown code is refused (400), and a code outside the caller's
 * municipality too (403).
 */
export async function municipalityOf(db: Queryable, code: string | undefined, scope: string | null = null): Promise<string> {
  const wanted = code ?? scope
  const [row] = await db.query<{ code: string }>(
    'SELECT code FROM municipality WHERE $1::text IS NULL OR code = $1 ORDER BY added_order LIMIT 1',
    [wanted ?? null],
  )
  // A kommun account without a municipality names none the app serves.
  if (!row && code === undefined && scope !== null) throw await outsideScope(db, scope)
  if (!row) {
    throw invalidInput([
      wanted
        ? { field: 'municipality_code', message: `The app does not serve municipality ${wanted}.`, message_sv: `Appen har ingen kommun med kod ${wanted}.` }
        : { field: 'municipality_code', message: 'The app serves no municipality yet.', message_sv: 'Appen har ingen kommun ännu.' },
    ])
  }
  await checkInScope(db, scope, row.code)
  return row.code
}
