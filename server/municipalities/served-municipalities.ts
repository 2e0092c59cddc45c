import type { Queryable } from '../db/database.ts'

/** A Swedish genitive: "Kristinehamns", but "Storfors" (a name ending in s, x or z takes no s). */
const genitive = (name: string) => (/[sxz]$/i.test(name) ? name : `${name}s`)

const listed = (names: string[], or: string) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${or} ${names.at(-1)}`)

/**
 * Where a place must lie, in words: "inom Kristinehamns kommun" with one municipality, "inom
 * Kristinehamns, Storfors eller Filipstads kommun" with the whole police area.
 */
export async function servedMunicipalitiesPhrase(db: Queryable): Promise<{ sv: string; en: string }> {
  const rows = await db.query<{ name: string }>('SELECT name FROM municipality ORDER BY added_order')
  const names = rows.map((row) => row.name)
  if (names.length === 0) return { sv: 'inom kommunen', en: 'inside the municipality' }
  return {
    sv: `inom ${listed(names.map(genitive), 'eller')} kommun`,
    en: `inside ${listed(names, 'or')} municipality`,
  }
}
