/**
 * Reads a municipality's boundary file and, optionally, its tätorter file, as Lantmäteriet's open
 * data has them (GSD-Översiktskartan: `kommunkod`, `kommunnamn`, `lansnamn`; tätorter: `namn`,
 * `kategori`, `befolkning`, `adat`). Any format the GIS import reads is taken (GeoJSON, a zipped
 * Shapefile, a GeoPackage) in EPSG:4326, 3006 or 3008. Nothing is checked against the database
 * here: that is add-municipality.ts, in PostGIS.
 */
import type { Queryable } from '../db/database.ts'
import type { FieldProblem } from '../errors.ts'
import { invalidInput } from '../errors.ts'
import type { ImportSrid } from '../geometry/check-area-geometry.ts'
import { isInSwedenBox } from '../geometry/sweden-box.ts'
import { settleCrs } from '../imports/import-crs.ts'
import { readImportFile } from '../imports/read-import-file.ts'
import type { AttributeValue, SourceFeature } from '../imports/source-file.ts'

export interface MunicipalityFiles {
  boundary: Uint8Array
  urbanAreas?: Uint8Array | undefined
  /** The files' CRS when they do not say. */
  srid?: ImportSrid | null | undefined
}

export interface UrbanAreaInput {
  name: string
  kind: 'tatort' | 'annan_bebyggelse'
  population: number | null
  populationYear: number | null
  /** GeoJSON text in `srid`. */
  geometry: string
}

export interface MunicipalityInput {
  code: string
  name: string
  county: string
  srid: ImportSrid
  /** The boundary's polygons as GeoJSON texts in `srid`; PostGIS unites them. */
  boundary: string[]
  urbanAreas: UrbanAreaInput[]
  /** The tätorter file's CRS: its own, when it says. */
  urbanAreaSrid: ImportSrid
}

const BOUNDARY = 'boundary_base64'
const URBAN_AREAS = 'urban_areas_base64'

/** Property names read for each value, compared without case: Lantmäteriet's first, then common others. */
const CODE_NAMES = ['kommunkod', 'kom_kod', 'kommun_kod', 'kkod', 'code']
const NAME_NAMES = ['kommunnamn', 'kom_namn', 'kommun', 'name', 'namn']
const COUNTY_NAMES = ['lansnamn', 'lan_namn', 'länsnamn', 'county']
const AREA_NAME_NAMES = ['namn', 'name', 'tatort', 'tätort']

const problem = (field: string, sv: string, en: string): FieldProblem => ({ field, message: en, message_sv: sv })

export async function readMunicipalityFiles(db: Queryable, files: MunicipalityFiles): Promise<MunicipalityInput> {
  const boundaryFile = await readImportFile(db, files.boundary)
  const srid = settleCrs(boundaryFile.crs, files.srid ?? null)
  const problems: FieldProblem[] = []
  const boundary = polygonsOf(boundaryFile.features, srid, BOUNDARY, problems)
  const first = boundaryFile.features[0]?.properties ?? {}
  const code = textProperty(first, CODE_NAMES)
  const name = textProperty(first, NAME_NAMES)
  const county = textProperty(first, COUNTY_NAMES) ?? ''
  if (code === null || !/^[0-9]{4}$/.test(code)) {
    problems.push(
      problem(
        BOUNDARY,
        `Gränsfilen har ingen kommunkod med fyra siffror (egenskapen ${CODE_NAMES[0]}${code === null ? '' : `: "${code}"`}).`,
        `The boundary file has no municipality code of four digits (the property ${CODE_NAMES[0]}${code === null ? '' : `: "${code}"`}).`,
      ),
    )
  }
  if (!name || name.length > 100) {
    problems.push(problem(BOUNDARY, `Gränsfilen har inget kommunnamn (egenskapen ${NAME_NAMES[0]}).`, `The boundary file has no municipality name (the property ${NAME_NAMES[0]}).`))
  }
  const otherCode = boundaryFile.features.map((feature) => textProperty(feature.properties, CODE_NAMES)).find((other) => other !== null && other !== code)
  if (otherCode) {
    problems.push(
      problem(BOUNDARY, `Gränsfilen har flera kommuner (${code} och ${otherCode}). Lägg till en kommun i taget.`, `The boundary file holds several municipalities (${code} and ${otherCode}). Add one municipality at a time.`),
    )
  }
  const urban = files.urbanAreas ? await readUrbanAreas(db, files.urbanAreas, files.srid ?? null, problems) : { srid, areas: [] }
  if (problems.length > 0) throw invalidInput(problems)
  return { code: code ?? '', name: name ?? '', county: county.slice(0, 100), srid, boundary, urbanAreas: urban.areas, urbanAreaSrid: urban.srid }
}

async function readUrbanAreas(
  db: Queryable,
  bytes: Uint8Array,
  chosen: ImportSrid | null,
  problems: FieldProblem[],
): Promise<{ srid: ImportSrid; areas: UrbanAreaInput[] }> {
  const file = await readImportFile(db, bytes)
  const srid = settleCrs(file.crs, chosen)
  const areas: UrbanAreaInput[] = []
  const seen = new Set<string>()
  for (const [index, feature] of file.features.entries()) {
    const [geometry] = polygonsOf([feature], srid, URBAN_AREAS, problems, index)
    const name = textProperty(feature.properties, AREA_NAME_NAMES)
    if (!name || name.length > 100) {
      problems.push(problem(URBAN_AREAS, `Objekt ${index + 1} i tätortsfilen har inget namn (egenskapen namn).`, `Feature ${index + 1} of the tätorter file has no name (the property namn).`))
      continue
    }
    if (seen.has(name.toLowerCase())) {
      problems.push(problem(URBAN_AREAS, `Tätorten "${name}" finns två gånger i filen.`, `The tätort "${name}" is twice in the file.`))
      continue
    }
    seen.add(name.toLowerCase())
    const category = textProperty(feature.properties, ['kategori', 'category'])
    const population = numberProperty(feature.properties, ['befolkning', 'population'])
    // Lantmäteriet marks "annan koncentrerad bebyggelse" by its category; its population 0 means none given.
    const isTatort = category === null ? (population ?? 0) > 0 : /^t[äa]tort$/i.test(category)
    const year = Number(textProperty(feature.properties, ['adat', 'population_year'])?.slice(0, 4))
    if (geometry === undefined) continue
    areas.push({
      name,
      kind: isTatort ? 'tatort' : 'annan_bebyggelse',
      population: isTatort && population !== null && population >= 0 ? Math.round(population) : null,
      populationYear: isTatort && year >= 1900 && year <= 2100 ? year : null,
      geometry,
    })
  }
  return { srid, areas }
}

/**
 * The polygons of `features` as GeoJSON texts. Anything but a polygon or multipolygon is refused,
 * as is a WGS84 position outside Sweden (PostGIS cannot move it to SWEREF 99 TM).
 */
function polygonsOf(features: SourceFeature[], srid: ImportSrid, field: string, problems: FieldProblem[], offset = 0): string[] {
  const polygons: string[] = []
  for (const [at, feature] of features.entries()) {
    const index = offset + at
    const geometry = feature.geometry
    if (!geometry || 'wkb' in geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
      problems.push(
        problem(
          field,
          `Objekt ${index + 1} är ingen yta: en kommun och en tätort är polygoner (Polygon eller MultiPolygon).`,
          `Feature ${index + 1} is not an area: a municipality and a tätort are polygons (Polygon or MultiPolygon).`,
        ),
      )
      continue
    }
    if (srid === 4326 && !positionsIn(geometry.coordinates)) {
      problems.push(problem(field, `Objekt ${index + 1} ligger utanför Sverige.`, `Feature ${index + 1} lies outside Sweden.`))
      continue
    }
    polygons.push(JSON.stringify({ type: geometry.type, coordinates: geometry.coordinates }))
  }
  return polygons
}

function positionsIn(value: unknown): boolean {
  if (!Array.isArray(value)) return false
  if (typeof value[0] === 'number') return isInSwedenBox([value[0], Number(value[1])])
  return value.every(positionsIn)
}

function propertyOf(properties: Record<string, AttributeValue>, names: string[]): AttributeValue | undefined {
  const byLower = new Map(Object.entries(properties).map(([key, value]) => [key.toLowerCase(), value]))
  for (const name of names) {
    const value = byLower.get(name)
    if (value !== undefined && value !== null && value !== '') return value
  }
  return undefined
}

function textProperty(properties: Record<string, AttributeValue>, names: string[]): string | null {
  const value = propertyOf(properties, names)
  return value === undefined ? null : String(value).trim() || null
}

function numberProperty(properties: Record<string, AttributeValue>, names: string[]): number | null {
  const value = propertyOf(properties, names)
  const number = typeof value === 'number' ? value : Number(value)
  return value === undefined || !Number.isFinite(number) ? null : number
}
