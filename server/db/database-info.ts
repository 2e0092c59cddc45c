import type { Database, DatabaseKind } from './database.ts'

export interface DatabaseInfo {
  kind: DatabaseKind
  postgisVersion: string
  /** Whether `ST_AsMVT` works: Debian's PostGIS 3.3 has it, PGlite's PostGIS is built without protobuf. */
  hasAsMvt: boolean
}

export async function readDatabaseInfo(db: Database): Promise<DatabaseInfo> {
  const [row] = await db.query<{ version: string }>('SELECT postgis_lib_version() AS version')
  return { kind: db.kind, postgisVersion: row?.version ?? 'unknown', hasAsMvt: await canMakeVectorTiles(db) }
}

async function canMakeVectorTiles(db: Database): Promise<boolean> {
  try {
    await db.query(
      "SELECT ST_AsMVT(t) FROM (SELECT ST_AsMVTGeom(ST_MakePoint(1, 1), ST_MakeEnvelope(0, 0, 10, 10)) AS geom) AS t",
    )
    return true
  } catch {
    return false
  }
}
