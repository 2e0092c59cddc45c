/**
 * Loads the real open data (Lantmäteriet, CC0) that every installation needs: the municipality
 * boundary and its built-up areas. Unlike the demo set this is not example data.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Queryable } from '../../server/db/database.ts'

const openDataDir = path.resolve(import.meta.dirname, '../open/kristinehamn')

interface FeatureCollection<P> {
  features: { properties: P; geometry: unknown }[]
}

interface BoundaryProperties {
  kommunkod: string
  kommunnamn: string
  lansnamn: string
}

interface UrbanAreaProperties {
  namn: string
  kategori: string
  befolkning: number
  adat: string
}

async function readGeoJson<P>(file: string): Promise<FeatureCollection<P>> {
  return JSON.parse(await readFile(path.join(openDataDir, file), 'utf8')) as FeatureCollection<P>
}

// The files are WGS84; the database stores SWEREF 99 TM.
const FROM_GEOJSON_4326 = 'ST_Multi(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON($1), 4326), 3006))'

/** Inserts Kristinehamn and its tätorter unless they are there already. */
export async function loadBaseData(tx: Queryable): Promise<void> {
  const boundary = await readGeoJson<BoundaryProperties>('kristinehamn_boundary.geojson')
  for (const feature of boundary.features) {
    const { kommunkod, kommunnamn, lansnamn } = feature.properties
    await tx.query(
      `INSERT INTO municipality (code, name, county, boundary)
       VALUES ($2, $3, $4, ${FROM_GEOJSON_4326})
       ON CONFLICT (code) DO NOTHING`,
      [JSON.stringify(feature.geometry), kommunkod, kommunnamn, lansnamn],
    )
  }

  const urbanAreas = await readGeoJson<UrbanAreaProperties>('kristinehamn_tatorter_lm.geojson')
  for (const feature of urbanAreas.features) {
    const { namn, kategori, befolkning, adat } = feature.properties
    const isTatort = kategori === 'Tätort'
    await tx.query(
      `INSERT INTO urban_area (municipality_code, name, kind, population, population_year, geom)
       VALUES ('1781', $2, $3, $4, $5, ${FROM_GEOJSON_4326})
       ON CONFLICT (municipality_code, name) DO NOTHING`,
      [
        JSON.stringify(feature.geometry),
        namn,
        isTatort ? 'tatort' : 'annan_bebyggelse',
        // "Annan koncentrerad bebyggelse" has no population figure in the source (0 there means none).
        isTatort ? befolkning : null,
        isTatort ? Number(adat.slice(0, 4)) : null,
      ],
    )
  }
}
