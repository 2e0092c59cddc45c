import { describe, expect, it } from 'vitest'
import { encodingOfCpg, readDbf } from './read-dbf.ts'

/** A dBASE III table: fields as [name, type, length], records as the text of each field. */
function dbfFile(fields: Array<[string, string, number]>, records: Array<{ deleted?: boolean; values: Uint8Array[] }>): Uint8Array {
  const headerBytes = 32 + fields.length * 32 + 1
  const recordBytes = 1 + fields.reduce((sum, [, , length]) => sum + length, 0)
  const bytes = new Uint8Array(headerBytes + records.length * recordBytes).fill(0x20, headerBytes)
  const view = new DataView(bytes.buffer)
  bytes[0] = 3
  view.setUint32(4, records.length, true)
  view.setUint16(8, headerBytes, true)
  view.setUint16(10, recordBytes, true)
  for (const [index, [name, type, length]] of fields.entries()) {
    bytes.set(new TextEncoder().encode(name), 32 + index * 32)
    bytes[32 + index * 32 + 11] = type.charCodeAt(0)
    bytes[32 + index * 32 + 16] = length
  }
  bytes[headerBytes - 1] = 0x0d
  for (const [index, record] of records.entries()) {
    let at = headerBytes + index * recordBytes
    bytes[at] = record.deleted ? 0x2a : 0x20
    at += 1
    for (const [field, value] of record.values.entries()) {
      bytes.set(value, at)
      at += fields[field]![2]
    }
  }
  return bytes
}

const utf8 = (text: string) => new TextEncoder().encode(text)
const latin1 = (text: string) => Uint8Array.from([...text].map((char) => char.charCodeAt(0)))
const fields: Array<[string, string, number]> = [['namn', 'C', 30], ['hushall', 'N', 6], ['aktiv', 'L', 1], ['datum', 'D', 8]]

describe('readDbf', () => {
  it('reads text, numbers, logicals and dates, and skips nothing but deleted records', () => {
    const table = readDbf(
      dbfFile(fields, [
        { values: [utf8('Östra Ängen'), utf8('    24'), utf8('T'), utf8('20260512')] },
        { deleted: true, values: [utf8('Borttagen'), utf8('1'), utf8('F'), utf8('20260101')] },
        { values: [utf8(''), utf8(''), utf8('?'), utf8('')] },
      ]),
      'utf-8',
      3,
    )
    expect(table.fields).toEqual(['namn', 'hushall', 'aktiv', 'datum'])
    expect(table.records).toEqual([
      { namn: 'Östra Ängen', hushall: 24, aktiv: true, datum: '2026-05-12' },
      null,
      { namn: null, hushall: null, aktiv: null, datum: null },
    ])
  })

  it('decodes in the .cpg encoding, and without one as UTF-8 or else Windows-1252', () => {
    const latinFile = dbfFile([['namn', 'C', 20]], [{ values: [latin1('Åsgården')] }])
    expect(readDbf(latinFile, encodingOfCpg('ISO-8859-1'), 1).records[0]).toEqual({ namn: 'Åsgården' })
    expect(readDbf(latinFile, null, 1).records[0]).toEqual({ namn: 'Åsgården' })
    expect(readDbf(dbfFile([['namn', 'C', 20]], [{ values: [utf8('Åsgården')] }]), null, 1).records[0]).toEqual({ namn: 'Åsgården' })
  })

  it('knows the encodings .cpg files name', () => {
    expect(['UTF-8', 'utf8', '65001'].map(encodingOfCpg)).toEqual(['utf-8', 'utf-8', 'utf-8'])
    expect(['ISO-8859-1', 'ISO88591', '8859-1'].map(encodingOfCpg)).toEqual(['iso-8859-1', 'iso-8859-1', 'iso-8859-1'])
    expect(['1252', 'CP1252', 'ANSI 1252'.replace(' ', '')].map(encodingOfCpg)).toEqual(['windows-1252', 'windows-1252', 'windows-1252'])
    expect(encodingOfCpg('KOI8-R')).toBeNull()
  })

  it('refuses a table shorter than its header says', () => {
    const file = dbfFile(fields, [{ values: [utf8('A'), utf8('1'), utf8('T'), utf8('20260101')] }])
    expect(() => readDbf(file.subarray(0, file.length - 5), null, 1)).toThrow(/shorter than its header says/)
    expect(() => readDbf(file.subarray(0, 10), null, 1)).toThrow(/no valid header/)
  })

  it('refuses a record count other than the number of shapes before reading a record', () => {
    // Two million one-byte records of no fields: 2 MB here, a few kB zipped, and once an object each.
    const file = dbfFile([], [])
    const flood = new Uint8Array(file.length + 2_000_000)
    flood.set(file)
    new DataView(flood.buffer).setUint32(4, 2_000_000, true)
    const started = performance.now()
    expect(() => readDbf(flood, null, 1)).toThrow(/the \.shp file has 1 shapes but the \.dbf file 2000000 records/)
    expect(performance.now() - started).toBeLessThan(100)
    expect(readDbf(file, null, 0).records).toEqual([])
  })

  it('refuses a record shorter than its fields, and a field of no bytes', () => {
    const file = dbfFile([['namn', 'C', 10]], [{ values: [utf8('A')] }])
    new DataView(file.buffer).setUint16(10, 10, true) // 1 + 10 bytes are needed
    expect(() => readDbf(file, null, 1)).toThrow(/fields do not fit in a record/)
    expect(() => readDbf(dbfFile([['namn', 'C', 0]], [{ values: [] }]), null, 1)).toThrow(/field 1 of the \.dbf file has length 0/)
  })
})
