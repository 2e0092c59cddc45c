/**
 * Which coordinate system a file is in: read from what the file says (a Shapefile's .prj, a
 * GeoPackage's spatial reference table, a GeoJSON `crs` member) and settled against the person's
 * choice. The import accepts WGS84 (EPSG:4326), SWEREF 99 TM (3006) and SWEREF 99 13 30 (3008).
 */
import { AppError, badRequest } from '../errors.ts'
import type { ImportSrid } from '../geometry/check-area-geometry.ts'
import type { CrsFinding } from './source-file.ts'

export const acceptedSrids: readonly ImportSrid[] = [4326, 3006, 3008]

const isAccepted = (code: number): code is ImportSrid => (acceptedSrids as readonly number[]).includes(code)

/** CRS names as ESRI and GDAL write them, squeezed to capitals and digits. */
const namesBySrid: Array<[ImportSrid, RegExp]> = [
  [3006, /^SWEREF99TM$/],
  [3008, /^SWEREF991330$/],
  [4326, /^(GCSWGS1984|WGS84|WGS84GEODETIC|WGS1984)$/],
]
const squeeze = (name: string) => name.toUpperCase().replace(/[^A-Z0-9]/g, '')

/** A finding from an EPSG code and the name the file gives it. */
export function findingFromCode(code: number, name: string | null): CrsFinding {
  if (isAccepted(code)) return { srid: code, declared: `EPSG:${code}` }
  return { srid: null, declared: name ? `EPSG:${code} (${name})` : `EPSG:${code}` }
}

/** A finding from a CRS name alone (an ESRI .prj names no code). */
export function findingFromName(name: string): CrsFinding {
  const squeezed = squeeze(name)
  const known = namesBySrid.find(([, pattern]) => pattern.test(squeezed))
  return known ? { srid: known[0], declared: `EPSG:${known[0]}` } : { srid: null, declared: name }
}

/**
 * The CRS that a WKT text (WKT1 as ESRI or OGC write it, or WKT2) describes: its own EPSG code is
 * an AUTHORITY or ID directly inside the outermost brackets (inner ones belong to its datum, base
 * CRS or units); without one, its name.
 */
export function findingFromWkt(wkt: string): CrsFinding {
  const text = wkt.trim()
  if (text === '') return { srid: null, declared: null }
  const name = /^[A-Z]+\s*\[\s*"([^"]*)"/i.exec(text)?.[1] ?? null
  const code = rootAuthorityCode(text)
  if (code !== null) return findingFromCode(code, name)
  if (name) return findingFromName(name)
  return { srid: null, declared: text.slice(0, 80) }
}

/** The EPSG code of an `AUTHORITY["EPSG","n"]` or `ID["EPSG",n]` at depth 1, skipping quoted text. */
function rootAuthorityCode(text: string): number | null {
  let depth = 0
  let quoted = false
  for (let at = 0; at < text.length; at++) {
    const char = text[at]
    if (char === '"') quoted = !quoted
    else if (quoted) continue
    else if (char === '[' || char === '(') depth++
    else if (char === ']' || char === ')') depth--
    else if (depth === 1 && /[A-Z]/i.test(char ?? '') && !/[A-Z]/i.test(text[at - 1] ?? '')) {
      const match = /^(?:AUTHORITY|ID)\s*[[(]\s*"EPSG"\s*,\s*"?(\d+)"?/i.exec(text.slice(at))
      if (match) return Number(match[1])
    }
  }
  return null
}

/**
 * A GeoJSON `crs` member's name: an OGC URN, `EPSG:nnnn`, or CRS84. Coordinates are taken in x/y
 * (longitude, latitude) order whatever the name, `urn:ogc:def:crs:EPSG::4326` too: the 2008
 * GeoJSON specification says that URN means latitude first, but GDAL and QGIS write it above
 * longitude-first coordinates, and so do the files people have; reading them as the spec says
 * would put every Swedish feature in the Indian Ocean.
 */
export function findingFromGeoJsonName(name: string): CrsFinding {
  if (/CRS:?84$/i.test(name)) return { srid: 4326, declared: 'EPSG:4326' }
  const code = /EPSG:{1,2}(?:[\d.]*:)?(\d+)$/i.exec(name)?.[1]
  return code ? findingFromCode(Number(code), null) : { srid: null, declared: name }
}

const acceptedList = acceptedSrids.map((srid) => `EPSG:${srid}`).join(', ')

/**
 * The coordinate system to read the file in: what the file says, or the person's choice when it
 * says nothing. A choice that contradicts the file, or a file in a system the import does not
 * take, is refused rather than guessed at: reading coordinates in the wrong system puts every
 * feature in the wrong place.
 */
export function settleCrs(finding: CrsFinding, chosen: ImportSrid | null): ImportSrid {
  if (finding.srid !== null) {
    if (chosen !== null && chosen !== finding.srid) {
      throw badRequest(
        'crs_mismatch',
        `Filen säger att den är i EPSG:${finding.srid}, men EPSG:${chosen} valdes. Välj filens koordinatsystem.`,
        `The file says it is in EPSG:${finding.srid}, but EPSG:${chosen} was chosen. Choose the file's coordinate system.`,
      )
    }
    return finding.srid
  }
  if (finding.declared !== null) {
    throw new AppError(
      400,
      'crs_not_accepted',
      `Filen är i koordinatsystemet ${finding.declared}. Importen tar ${acceptedList}: projicera om filen (till exempel i QGIS) och försök igen.`,
      `The file is in the coordinate system ${finding.declared}. The import takes ${acceptedList}: reproject the file (in QGIS, say) and try again.`,
    )
  }
  if (chosen !== null) return chosen
  throw new AppError(
    400,
    'crs_unknown',
    `Filen säger inte vilket koordinatsystem den är i. Välj ett av ${acceptedList}.`,
    `The file does not say which coordinate system it is in. Choose one of ${acceptedList}.`,
  )
}
