import type { DownloadRow } from './download-layer.ts'

/** Every property name of the rows, in the order they are first seen, so that sparse rows still get a column. */
export function propertyColumns(rows: readonly DownloadRow<unknown>[]): string[] {
  const seen = new Set<string>()
  for (const row of rows) {
    for (const key of Object.keys(row.properties)) seen.add(key)
  }
  return [...seen]
}

/**
 * A column name for each property that clashes, without case (SQLite and GDAL compare names that
 * way), with neither a column the format writes itself (`reserved`) nor another property's: a
 * taken name gets a `_2`, `_3`…
 */
export function uniqueColumnNames(keys: readonly string[], reserved: readonly string[]): string[] {
  const taken = new Set(reserved.map((name) => name.toLowerCase()))
  return keys.map((key) => {
    let name = key
    for (let suffix = 2; taken.has(name.toLowerCase()); suffix++) name = `${key}_${suffix}`
    taken.add(name.toLowerCase())
    return name
  })
}
