import { describe, expect, it } from 'vitest'
import type { Queryable } from '../db/database.ts'
import { LayerVersions } from './layer-version.ts'

/** Answers the version query after `ms`, with the version it holds when the query was sent. */
function versionTable(ms: number) {
  const table = { reports: 1, sent: 0 }
  const db: Queryable = {
    query: <T extends object>() => {
      table.sent += 1
      const version = table.reports
      return new Promise<T[]>((resolve) => setTimeout(() => resolve([{ layer: 'reports', version }] as T[]), ms))
    },
  }
  return { table, db }
}

describe('LayerVersions', () => {
  it('answers every request of a burst from one query', async () => {
    const { table, db } = versionTable(5)
    const versions = new LayerVersions(db, 'abc')
    const answers = await Promise.all(Array.from({ length: 50 }, () => versions.of('reports')))
    expect(new Set(answers)).toEqual(new Set(['1-abc']))
    expect(table.sent).toBe(1)
    expect(await versions.of('measures')).toBe('0-abc')
  })

  it('never answers a request from a query sent before it arrived, so a write just made is seen', async () => {
    const { table, db } = versionTable(20)
    const versions = new LayerVersions(db, 'abc')
    const early = versions.of('reports')
    // The first query is under way when the layer changes and the next request comes.
    await new Promise((resolve) => setTimeout(resolve, 10))
    table.reports = 2
    const late = versions.of('reports')
    const alsoLate = versions.of('reports')
    expect(await early).toBe('1-abc')
    expect(await late).toBe('2-abc')
    expect(await alsoLate).toBe('2-abc')
    // The two late ones shared the second query, sent when the first had come back.
    expect(table.sent).toBe(2)
  })

  it('tries again after a failed query', async () => {
    let fail = true
    const db: Queryable = {
      query: <T extends object>() => (fail ? Promise.reject(new Error('gone')) : Promise.resolve([{ layer: 'reports', version: 7 }] as T[])),
    }
    const versions = new LayerVersions(db, 'x')
    await expect(versions.of('reports')).rejects.toThrow('gone')
    fail = false
    expect(await versions.of('reports')).toBe('7-x')
  })
})
