import { describe, expect, it } from 'vitest'
import { base64FromDataUrl, checkPhotoFile, decodedBytes, MAX_ORIGINAL_BYTES, megabytes, scaledSize } from './photo-file.ts'

describe('a report photo', () => {
  it('must be a JPEG, PNG or WebP file of a readable size', () => {
    expect(checkPhotoFile({ type: 'image/jpeg', size: 1000 })).toBeNull()
    expect(checkPhotoFile({ type: 'image/PNG', size: 1000 })).toBeNull()
    expect(checkPhotoFile({ type: 'image/webp', size: MAX_ORIGINAL_BYTES })).toBeNull()
    expect(checkPhotoFile({ type: 'image/svg+xml', size: 10 })).toBe('type')
    expect(checkPhotoFile({ type: 'image/heic', size: 10 })).toBe('type')
    expect(checkPhotoFile({ type: '', size: 10 })).toBe('type')
    expect(checkPhotoFile({ type: 'image/jpeg', size: MAX_ORIGINAL_BYTES + 1 })).toBe('tooLarge')
  })

  it('is scaled to at most 2000 px on its longest side, never enlarged', () => {
    expect(scaledSize(4032, 3024)).toEqual({ width: 2000, height: 1500 })
    expect(scaledSize(3024, 4032)).toEqual({ width: 1500, height: 2000 })
    expect(scaledSize(800, 600)).toEqual({ width: 800, height: 600 })
    expect(scaledSize(10000, 1)).toEqual({ width: 2000, height: 1 })
  })

  it('is sent as the base64 part of a data URL, and its decoded size is known', () => {
    expect(base64FromDataUrl('data:image/jpeg;base64,aGVqIQ==')).toBe('aGVqIQ==')
    expect(base64FromDataUrl('data:,plain')).toBe('')
    expect(decodedBytes('aGVqIQ==')).toBe(4)
    expect(decodedBytes('aGVqIQ=')).toBe(4)
    expect(decodedBytes('aGVq')).toBe(3)
    expect(decodedBytes(Buffer.from('x'.repeat(1000)).toString('base64'))).toBe(1000)
  })

  it('states sizes in whole megabytes', () => {
    expect(megabytes(25 * 1024 * 1024, 'sv-SE')).toBe('25')
  })
})
