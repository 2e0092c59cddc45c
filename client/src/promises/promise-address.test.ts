import { describe, expect, it } from 'vitest'
import { promiseAddress, promisePath } from './promise-address.ts'

describe('the promises page address', () => {
  it('reads the period and the report year', () => {
    expect(promiseAddress('?period=3&ar=2017')).toEqual({ periodId: 3, year: 2017 })
    expect(promiseAddress('')).toEqual({ periodId: null, year: null })
  })

  it('ignores what is not a period id or a year', () => {
    expect(promiseAddress('?period=0&ar=17')).toEqual({ periodId: null, year: null })
    expect(promiseAddress('?period=abc&ar=2017x')).toEqual({ periodId: null, year: null })
    expect(promiseAddress('?period=-2&ar=9999')).toEqual({ periodId: null, year: null })
  })

  it('writes a path that reads back the same', () => {
    expect(promisePath({ periodId: null, year: null })).toBe('/medborgarloften')
    expect(promisePath({ periodId: 4, year: null })).toBe('/medborgarloften?period=4')
    expect(promisePath({ periodId: 4, year: 2017 })).toBe('/medborgarloften?period=4&ar=2017')
    expect(promiseAddress(promisePath({ periodId: null, year: 2020 }).split('?')[1] ?? '')).toEqual({ periodId: null, year: 2020 })
  })
})
