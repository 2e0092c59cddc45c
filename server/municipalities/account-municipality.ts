import type { Queryable } from '../db/database.ts'
import { invalidInput } from '../errors.ts'
import type { Role } from '../shared/roles.ts'

/**
 * The municipality an account of `role` is stored with. A kommun account works in one: the one
 * given, or, when the installation serves a single municipality, that one. When it serves several
 * the municipality must be named (400), rather than the first added being taken silently.
 * Police and admins work in the whole police area, so they have none, and naming one for them is
 * refused rather than silently dropped.
 */
export async function accountMunicipality(db: Queryable, role: Role, code: string | null | undefined): Promise<string | null> {
  if (role === 'kommun') return code ? servedMunicipality(db, code) : onlyMunicipality(db)
  if (code === null || code === undefined) return null
  throw invalidInput([
    {
      field: 'municipality_code',
      message: 'Only a kommun account belongs to a municipality: the police and admins work in the whole police area.',
      message_sv: 'Bara ett kommunkonto hör till en kommun: polisen och administratörer arbetar i hela polisområdet.',
    },
  ])
}

async function servedMunicipality(db: Queryable, code: string): Promise<string> {
  const [found] = await db.query<{ code: string }>('SELECT code FROM municipality WHERE code = $1', [code])
  if (found) return found.code
  throw invalidInput([
    { field: 'municipality_code', message: `The app does not serve municipality ${code}.`, message_sv: `Appen har ingen kommun med kod ${code}.` },
  ])
}

/** The one municipality the app serves, for a kommun account that names none. */
async function onlyMunicipality(db: Queryable): Promise<string> {
  const served = await db.query<{ code: string; name: string }>('SELECT code, name FROM municipality ORDER BY added_order')
  const [only] = served
  if (only && served.length === 1) return only.code
  if (!only) {
    throw invalidInput([
      { field: 'municipality_code', message: 'The app serves no municipality yet.', message_sv: 'Appen har ingen kommun ännu.' },
    ])
  }
  const listed = served.map((municipality) => `${municipality.code} ${municipality.name}`).join(', ')
  throw invalidInput([
    {
      field: 'municipality_code',
      message: `Choose the municipality the kommun account works in (municipality_code): the app serves ${listed}.`,
      message_sv: `Välj vilken kommun kommunkontot arbetar i (municipality_code): appen har ${listed}.`,
    },
  ])
}
