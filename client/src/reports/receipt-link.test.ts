import { describe, expect, it } from 'vitest'
import { receiptParams } from '../../../server/shared/api/report-schemas.ts'
import { receiptUrl, tokenFromHash } from './receipt-link.ts'

const token = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde'

describe('the private link', () => {
  it('carries the token in the fragment of the status page', () => {
    expect(receiptUrl('https://example.se', token)).toBe(`https://example.se/rapport#${token}`)
  })

  it('reads back a token the server accepts', () => {
    expect(receiptParams.safeParse({ token }).success).toBe(true)
    expect(tokenFromHash(`#${token}`)).toBe(token)
    expect(tokenFromHash(token)).toBe(token)
    expect(tokenFromHash(`#${token}.`)).toBe(token)
  })

  it('refuses an empty or cut-off token', () => {
    expect(tokenFromHash('')).toBeNull()
    expect(tokenFromHash('#')).toBeNull()
    expect(tokenFromHash(`#${token.slice(0, 30)}`)).toBeNull()
    expect(tokenFromHash('#../../etc/passwd')).toBeNull()
  })
})
