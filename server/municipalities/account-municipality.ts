import type { Queryable } from '../db/database.ts'
import { invalidInput } from '../errors.ts'
import type { Role } from '../shared/roles.ts'

/**
 * The municipality an account of `role` is stored with. A kommun account works in one: the one
 * given, or else the installation's own (the first added; the admin screen always names one).
 * Police and admins work in the whole police area, so they have none, and naming one for them is
 * refused rather than silently dropped.
 */
export async function accountMunicipality(db: Queryable, role: Role, code: string | null | undefined): Promise<string | null> {
  if (role === 'kommun') {
    const [found] = await db.query<{ code: string }>(
      'SELECT code FROM municipality WHERE $1::text IS NULL OR code = $1 ORDER BY added_order LIMIT 1',
      [code ?? null],
    )
    if (found) return found.code
    throw invalidInput([
      code
        ? { field: 'municipality_code', message: `The app does not serve municipality ${code}.`, message_sv: `Appen har ingen kommun med kod ${code}.` }
        : { field: 'municipality_code', message: 'The app serves no municipality yet.', message_sv: 'Appen har ingen kommun ännu.' },
    ])
  }
  if (code === null || code === undefined) return null
  throw invalidInput([
    {
      field: 'municipality_code',
      message: 'Only a kommun account belongs to a municipality: the police and admins work in the whole police area.',
      message_sv: 'Bara ett kommunkonto hör till en kommun: polisen och administratörer arbetar i hela polisområdet.',
    },
  ])
}
