import { describe, expect, it } from 'vitest'
import type { Queryable } from '../db/database.ts'
import { servedMunicipalitiesPhrase } from './served-municipalities.ts'

const serving = (...names: string[]) => ({ query: async () => names.map((name) => ({ name })) }) as unknown as Queryable

describe('the municipalities a place must lie in, in words', () => {
  it('names the one municipality as before', async () => {
    expect(await servedMunicipalitiesPhrase(serving('Kristinehamn'))).toEqual({
      sv: 'inom Kristinehamns kommun',
      en: 'inside Kristinehamn municipality',
    })
  })

  it('lists the whole police area, with a Swedish genitive that leaves a final s alone', async () => {
    expect(await servedMunicipalitiesPhrase(serving('Kristinehamn', 'Storfors', 'Filipstad'))).toEqual({
      sv: 'inom Kristinehamns, Storfors eller Filipstads kommun',
      en: 'inside Kristinehamn, Storfors or Filipstad municipality',
    })
  })

  it('says "the municipality" before any is loaded', async () => {
    expect((await servedMunicipalitiesPhrase(serving())).sv).toBe('inom kommunen')
  })
})
