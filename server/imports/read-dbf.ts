/**
 * The attribute table of a Shapefile (the .dbf, dBASE III as ESRI uses it). Text is decoded in
 * the encoding the .cpg names; without one, as UTF-8 when every text is valid UTF-8, otherwise as
 * Windows-1252 (ISO-8859-1 with a few more characters), which older Swedish files use.
 */
import { ShapefileError } from './read-shp.ts'
import type { AttributeValue } from './source-file.ts'

export interface DbfTable {
  fields: string[]
  /** One entry per record in file order; null for a record marked deleted. */
  records: Array<Record<string, AttributeValue> | null>
}

interface Field {
  name: string
  type: string
  offset: number
  length: number
}

/** Encodings as .cpg files name them, to the WHATWG label TextDecoder knows. */
const cpgEncodings: Array<[RegExp, string]> = [
  [/^(UTF-?8|65001)$/i, 'utf-8'],
  [/^(ISO[-_ ]?8859[-_ ]?1|8859[-_ ]?1|LATIN-?1|88591)$/i, 'iso-8859-1'],
  [/^(CP|WINDOWS-?|ANSI)?1252$/i, 'windows-1252'],
  [/^(ISO[-_ ]?8859[-_ ]?15|885915)$/i, 'iso-8859-15'],
]

/** The TextDecoder label for a .cpg's content; null when it names something else. */
export function encodingOfCpg(cpg: string): string | null {
  const name = cpg.trim()
  return cpgEncodings.find(([pattern]) => pattern.test(name))?.[1] ?? null
}

/**
 * The table's fields and records. `expectedRecords` is the number of shapes in the .shp beside it:
 * the header's record count is checked against it before any record is read, as a header may
 * claim millions of one-byte records (a zip of a few kilobytes) that would each become an object.
 */
export function readDbf(bytes: Uint8Array, encoding: string | null, expectedRecords: number): DbfTable {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (bytes.byteLength < 32) throw new ShapefileError('.dbf-filen har inget giltigt huvud.', 'the .dbf file has no valid header.')
  const recordCount = view.getUint32(4, true)
  const headerBytes = view.getUint16(8, true)
  const recordBytes = view.getUint16(10, true)
  if (headerBytes < 33 || headerBytes > bytes.byteLength || recordBytes < 1) {
    throw new ShapefileError('.dbf-filen har ett felaktigt huvud.', 'the .dbf file has a malformed header.')
  }
  if (recordCount !== expectedRecords) {
    throw new ShapefileError(
      `.shp-filen har ${expectedRecords} former men .dbf-filen ${recordCount} poster.`,
      `the .shp file has ${expectedRecords} shapes but the .dbf file ${recordCount} records.`,
    )
  }
  const decode = textDecoder(bytes, encoding)
  const fields: Field[] = []
  let offset = 1 // each record starts with its deletion flag
  for (let at = 32; at + 32 <= headerBytes && bytes[at] !== 0x0d; at += 32) {
    const nameEnd = bytes.subarray(at, at + 11).indexOf(0)
    const name = decode(bytes.subarray(at, at + (nameEnd === -1 ? 11 : nameEnd))).trim()
    const length = bytes[at + 16] ?? 0
    // dBASE has no field of no bytes; thousands of them would fill every record with values.
    if (length === 0) throw new ShapefileError(`.dbf-filens fält ${fields.length + 1} har längden 0.`, `field ${fields.length + 1} of the .dbf file has length 0.`)
    fields.push({ name, type: String.fromCharCode(bytes[at + 11] ?? 32).toUpperCase(), offset, length })
    offset += length
  }
  // A record holds its deletion flag and every field: a shorter one would overlap the next.
  if (offset > recordBytes) throw new ShapefileError('.dbf-filens fält ryms inte i en post.', "the .dbf file's fields do not fit in a record.")
  if (headerBytes + recordCount * recordBytes > bytes.byteLength) {
    throw new ShapefileError('.dbf-filen är kortare än dess huvud säger.', 'the .dbf file is shorter than its header says.')
  }
  const records = Array.from({ length: recordCount }, (_, index) => {
    const start = headerBytes + index * recordBytes
    if (bytes[start] === 0x2a) return null // '*': deleted
    const record: Record<string, AttributeValue> = {}
    for (const field of fields) {
      record[field.name] = fieldValue(field, bytes.subarray(start + field.offset, start + field.offset + field.length), decode)
    }
    return record
  })
  return { fields: fields.map((field) => field.name), records }
}

function fieldValue(field: Field, raw: Uint8Array, decode: (raw: Uint8Array) => string): AttributeValue {
  const text = decode(raw).replace(/\0+$/, '').trim()
  switch (field.type) {
    case 'N':
    case 'F': {
      if (text === '' || /^\*+$/.test(text)) return null
      const number = Number(text)
      return Number.isFinite(number) ? number : null
    }
    case 'L':
      return /^[YT]$/i.test(text) ? true : /^[NF]$/i.test(text) ? false : null
    case 'D':
      return /^\d{8}$/.test(text) ? `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}` : null
    default:
      return text === '' ? null : text
  }
}

/** The decoder for the file's text: the .cpg's encoding, or UTF-8 when all of it is valid UTF-8. */
function textDecoder(bytes: Uint8Array, encoding: string | null): (raw: Uint8Array) => string {
  if (encoding) {
    const decoder = new TextDecoder(encoding)
    return (raw) => decoder.decode(raw)
  }
  try {
    // Field names sit in the header, records after it: both are in the file's one encoding.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(32))
    const utf8 = new TextDecoder('utf-8')
    return (raw) => utf8.decode(raw)
  } catch {
    const windows1252 = new TextDecoder('windows-1252')
    return (raw) => windows1252.decode(raw)
  }
}
