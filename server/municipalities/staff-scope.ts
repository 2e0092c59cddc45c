/**
 * Where a staff member works. The police and admins work in the whole police area; kommun staff
 * in their own municipality: their lists show only its records, and a write to a record of
 * another municipality is refused with a 403. API tokens work in the whole area (a token has no
 * municipality). Lists take the scope as a `($n::text IS NULL OR x.municipality_code = $n)`
 * condition, so one query serves both.
 */
import type { Auth } from '../auth/sessions.ts'
import type { Queryable } from '../db/database.ts'
import { forbidden } from '../errors.ts'

/**
 * A kommun account that has no municipality yet (one kept from before the police area, see
 * migration 010) works in none: this matches no municipality's code, so its lists are empty and
 * its writes refused until an admin gives it one.
 */
const NO_MUNICIPALITY = 'none'

/** The municipality code a caller's lists and writes are limited to; null for the whole police area. */
export function scopeOf(auth: Auth | null): string | null {
  if (auth?.role !== 'kommun' || auth.via === 'token') return null
  return auth.municipalityCode ?? NO_MUNICIPALITY
}

/** Whether a record of `municipalityCode` lies where the caller works (`scope` null: the whole police area). */
export const isInScope = (scope: string | null, municipalityCode: string): boolean => scope === null || scope === municipalityCode

/** Refuses (403) a write to a record of `municipalityCode` by someone who works in another municipality. */
export async function checkInScope(db: Queryable, scope: string | null, municipalityCode: string): Promise<void> {
  if (scope === null || scope === municipalityCode) return
  throw await outsideScope(db, scope)
}

/** The 403 for a write outside the caller's municipality, naming it. */
export async function outsideScope(db: Queryable, scope: string) {
  const [own] = await db.query<{ name: string }>('SELECT name FROM municipality WHERE code = $1', [scope])
  if (!own) {
    return forbidden(
      'no_municipality',
      'Ditt konto har ingen kommun ännu. Be en administratör att ange vilken kommun du arbetar för.',
      'Your account has no municipality yet. Ask an administrator to set the municipality you work for.',
    )
  }
  const { name } = own
  return forbidden(
    'outside_municipality',
    `Du arbetar för ${name} och kan bara ändra uppgifter i den kommunen.`,
    `You work for ${name} and can only change records in that municipality.`,
  )
}
