import { uniqueColumnNames } from './property-columns.ts'

/** A GeoPackage attribute column (GeoPackage 1.3, table 1: data types). */
export interface GeoPackageColumn {
  /** The property it holds; the column name may differ if the property's name was taken. */
  key: string
  name: string
  type: 'BOOLEAN' | 'INTEGER' | 'REAL' | 'DATE' | 'TEXT'
}

type SqlValue = number | string | null

/**
 * The narrowest GeoPackage type that holds every non-null value: all booleans, all whole numbers,
 * all numbers, all `YYYY-MM-DD` dates, otherwise text. A column with no values at all is TEXT.
 */
export function columnType(values: readonly unknown[]): GeoPackageColumn['type'] {
  const present = values.filter((value) => value !== null && value !== undefined)
  if (present.length === 0) return 'TEXT'
  if (present.every((value) => typeof value === 'boolean')) return 'BOOLEAN'
  if (present.every((value) => typeof value === 'number' && Number.isSafeInteger(value))) return 'INTEGER'
  if (present.every((value) => typeof value === 'number' && Number.isFinite(value))) return 'REAL'
  if (present.every((value) => typeof value === 'string' && ISO_DATE.test(value))) return 'DATE'
  return 'TEXT'
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** A value as stored in a column of the given type: GeoPackage keeps booleans as 0 and 1. */
export function columnValue(type: GeoPackageColumn['type'], value: unknown): SqlValue {
  if (value === null || value === undefined) return null
  if (type === 'BOOLEAN') return value ? 1 : 0
  if (type === 'INTEGER' || type === 'REAL') return value as number
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value)
  return JSON.stringify(value)
}

/**
 * One column per property, after the reserved `fid`, `geom` and `id`. SQLite compares column
 * names without case, so a property whose name is already taken that way gets a `_2`, `_3`…
 */
export function geoPackageColumns(keys: readonly string[], valuesOf: (key: string) => unknown[]): GeoPackageColumn[] {
  const names = uniqueColumnNames(keys, ['fid', 'geom', 'id'])
  return keys.map((key, index) => ({ key, name: names[index]!, type: columnType(valuesOf(key)) }))
}

/** An SQL identifier in double quotes, so names like `urban-areas` or `order` are safe. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`
}
