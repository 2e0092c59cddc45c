import { describe, expect, it } from 'vitest'
import { AppError } from '../errors.ts'
import { CRS84, findCrs } from './crs.ts'
import { MAX_LIMIT, parseBbox, parseItemsParams, rejectUnknownParams } from './items-params.ts'

const EPSG = (code: number) => findCrs(`http://www.opengis.net/def/crs/EPSG/0/${code}`)!

describe('parseItemsParams', () => {
  it('uses the defaults when nothing is given', () => {
    const query = parseItemsParams({})
    expect(query).toMatchObject({ bbox: undefined, limit: 100, offset: 0, datetime: undefined, carried: [] })
    expect(query.crs.uri).toBe(CRS84)
    expect(query.bboxCrs.uri).toBe(CRS84)
  })

  it('refuses a limit above the maximum, naming the maximum', () => {
    expect(parseItemsParams({ limit: String(MAX_LIMIT) }).limit).toBe(MAX_LIMIT)
    expect(() => parseItemsParams({ limit: String(MAX_LIMIT + 1) })).toThrow(new RegExp(`at most ${MAX_LIMIT}`))
  })

  it.each(['0', '-1', 'ten', '1.5', '', '1e3'])('rejects limit=%j', (limit) => {
    expect(() => parseItemsParams({ limit })).toThrow(AppError)
  })

  it('rejects a repeated parameter', () => {
    expect(() => parseItemsParams({ offset: ['1', '2'] })).toThrow(/offset/)
    expect(() => parseItemsParams({ crs: [CRS84, CRS84] })).toThrow(/crs/)
  })

  it('reads crs and bbox-crs, and carries the filters as given to the next page', () => {
    const query = parseItemsParams({
      crs: 'http://www.opengis.net/def/crs/EPSG/0/3008',
      'bbox-crs': 'http://www.opengis.net/def/crs/EPSG/0/3006',
      bbox: '6570000,450000,6580000,460000',
      datetime: '2024-01-01/..',
      limit: '10',
    })
    expect(query.crs.srid).toBe(3008)
    expect(query.bbox).toEqual([450000, 6570000, 460000, 6580000])
    expect(query.carried.map(([name]) => name)).toEqual(['bbox', 'bbox-crs', 'crs', 'datetime'])
  })

  it.each(['EPSG:3006', 'http://www.opengis.net/def/crs/EPSG/0/3857', ''])('rejects crs=%j', (crs) => {
    expect(() => parseItemsParams({ crs })).toThrow(expect.objectContaining({ code: 'invalid_crs' }))
    expect(() => parseItemsParams({ bbox: '14,59,15,60', 'bbox-crs': crs })).toThrow(expect.objectContaining({ code: 'invalid_bbox_crs' }))
  })

  it('ignores datetime where the collection has no time (the route refuses it as unknown)', () => {
    expect(parseItemsParams({ datetime: 'nonsense' }, false).datetime).toBeUndefined()
    expect(() => parseItemsParams({ datetime: 'nonsense' }, true)).toThrow(expect.objectContaining({ code: 'invalid_datetime' }))
  })
})

describe('parseBbox', () => {
  it('reads four numbers', () => {
    expect(parseBbox('14.05,59.28,14.16,59.35')).toEqual([14.05, 59.28, 14.16, 59.35])
  })

  it('drops the heights of a 3D bbox', () => {
    expect(parseBbox('14,59,0,15,60,100')).toEqual([14, 59, 15, 60])
  })

  it('reads EPSG:4326 as lat,lon and SWEREF 99 as northing,easting, returning x first', () => {
    expect(parseBbox('59.28,14.05,59.35,14.16', EPSG(4326))).toEqual([14.05, 59.28, 14.16, 59.35])
    expect(parseBbox('6570000,140000,6580000,150000', EPSG(3008))).toEqual([140000, 6570000, 150000, 6580000])
  })

  it.each(['1,2,3', 'a,b,c,d', '14,59,13,60', '14,95,15,96', '200,59,201,60', '14,,15,60'])('rejects %j', (bbox) => {
    expect(() => parseBbox(bbox)).toThrow(AppError)
  })

  it.each([
    [3006, '6580000,460000,6570000,470000'], // min north above max north
    [3006, '6580000,10000,6590000,20000'], // west of where SWEREF 99 TM is valid
    [3006, '14,59,15,60'], // degrees given as metres
    [3008, '6580000,450000,6590000,460000'], // east of SWEREF 99 13 30's band
    [4326, '14.05,59.28,14.16,59.35,'], // five numbers
    [4326, '91,14,92,15'], // latitude out of range
  ])('rejects a bbox in EPSG:%i outside its valid area or malformed: %j', (code, bbox) => {
    expect(() => parseBbox(bbox, EPSG(code))).toThrow(expect.objectContaining({ code: 'invalid_bbox' }))
  })
})

describe('rejectUnknownParams', () => {
  it('names the unknown parameter and the allowed ones', () => {
    expect(() => rejectUnknownParams({ bbbox: '1' }, ['bbox', 'f'])).toThrow(/bbbox.*bbox, f/)
    expect(() => rejectUnknownParams({ f: 'json' }, ['f'])).not.toThrow()
  })
})
