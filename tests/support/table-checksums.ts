import type { Queryable } from '../../server/db/database.ts'

export interface TableChecksum {
  rows: number
  /** md5 of every row's text form, in sorted order: equal when the rows are equal. */
  checksum: string
}

/** Row count and checksum of every table of ours, plus each sequence's position, to compare two databases. */
export async function tableChecksums(db: Queryable): Promise<Record<string, TableChecksum | number>> {
  const tables = await db.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'spatial_ref_sys' ORDER BY tablename`,
  )
  const result: Record<string, TableChecksum | number> = {}
  for (const { name } of tables) {
    // The name comes from the catalogue, quoted as an identifier.
    const [row] = await db.query<TableChecksum>(
      `SELECT count(*)::integer AS rows, coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '') AS checksum FROM public."${name.replace(/"/g, '""')}" t`,
    )
    result[name] = row!
  }
  const sequences = await db.query<{ name: string; position: number | null }>(
    `SELECT sequencename AS name, last_value AS position FROM pg_sequences WHERE schemaname = 'public'`,
  )
  for (const { name, position } of sequences) result[`sequence ${name}`] = position ?? 0
  return result
}
