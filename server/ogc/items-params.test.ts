import { describe, expect, it } from 'vitest'
import { AppError } from '../errors.ts'
import { MAX_LIMIT, parseBbox, parseItemsParams } from './items-params.ts'

describe('parseItemsParams', () => {
  it('uses the defaults when nothing is given', () => {
    expect(parseItemsParams({})).toEqual({ bbox: undefined, limit: 100, offset: 0 })
  })

  it('lowers a limit above the maximum to the maximum', () => {
    expect(parseItemsParams({ limit: '999999' }).limit).toBe(MAX_LIMIT)
  })

  it.each(['0', '-1', 'ten', '1.5', '', '1e3'])('rejects limit=%j', (limit) => {
    expect(() => parseItemsParams({ limit })).toThrow(AppError)
  })

  it('rejects a repeated parameter', () => {
    expect(() => parseItemsParams({ offset: ['1', '2'] })).toThrow(/offset/)
  })
})

describe('parseBbox', () => {
  it('reads four numbers', () => {
    expect(parseBbox('14.05,59.28,14.16,59.35')).toEqual([14.05, 59.28, 14.16, 59.35])
  })

  it('drops the heights of a 3D bbox', () => {
    expect(parseBbox('14,59,0,15,60,100')).toEqual([14, 59, 15, 60])
  })

  it.each(['1,2,3', 'a,b,c,d', '14,59,13,60', '14,95,15,96', '200,59,201,60', '14,,15,60'])('rejects %j', (bbox) => {
    expect(() => parseBbox(bbox)).toThrow(AppError)
  })
})
