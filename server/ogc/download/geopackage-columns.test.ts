import { describe, expect, it } from 'vitest'
import { columnType, columnValue, geoPackageColumns, quoteIdentifier } from './geopackage-columns.ts'

describe('columnType', () => {
  it('picks the narrowest type that holds every non-null value', () => {
    expect(columnType([true, null, false])).toBe('BOOLEAN')
    expect(columnType([1, -2, null])).toBe('INTEGER')
    expect(columnType([1, 2.5])).toBe('REAL')
    expect(columnType(['2025-10-02', null])).toBe('DATE')
    expect(columnType(['2025-10-02T18:00:00+02:00'])).toBe('TEXT')
  })

  it('falls back to TEXT for mixed values and for a column without values', () => {
    expect(columnType([1, 'ett'])).toBe('TEXT')
    expect(columnType([true, 1])).toBe('TEXT')
    expect(columnType(['2025-10-02', 3])).toBe('TEXT')
    expect(columnType([null, undefined])).toBe('TEXT')
    expect(columnType([2 ** 60])).toBe('REAL')
  })
})

describe('columnValue', () => {
  it('stores booleans as 0/1 and anything in a TEXT column as text', () => {
    expect([true, false, null].map((value) => columnValue('BOOLEAN', value))).toEqual([1, 0, null])
    expect([1, true, 'a', { a: 1 }].map((value) => columnValue('TEXT', value))).toEqual(['1', 'true', 'a', '{"a":1}'])
  })
})

describe('geoPackageColumns', () => {
  it('renames properties that clash, without case, with fid, geom, id or each other', () => {
    const columns = geoPackageColumns(['name', 'GEOM', 'id', 'Name', 'id_2'], () => [])
    expect(columns.map((column) => column.name)).toEqual(['name', 'GEOM_2', 'id_2', 'Name_2', 'id_2_2'])
    expect(columns.map((column) => column.key)).toEqual(['name', 'GEOM', 'id', 'Name', 'id_2'])
  })

  it('quotes identifiers so any property name is safe in SQL', () => {
    expect(quoteIdentifier('urban-areas')).toBe('"urban-areas"')
    expect(quoteIdentifier('a"; DROP TABLE x; --')).toBe('"a""; DROP TABLE x; --"')
  })
})
