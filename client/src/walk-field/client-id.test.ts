import { afterEach, describe, expect, it } from 'vitest'
import { newClientId } from './client-id.ts'

const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
const randomUUID = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(crypto), 'randomUUID')

afterEach(() => {
  // Back to the prototype's own function.
  delete (crypto as { randomUUID?: unknown }).randomUUID
})

describe("an observation's client id", () => {
  it('is a version-4 UUID', () => {
    expect(randomUUID).toBeDefined()
    expect(newClientId()).toMatch(uuidV4)
  })

  it('is one also where crypto.randomUUID is missing (a page without HTTPS)', () => {
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true })
    const ids = new Set(Array.from({ length: 50 }, newClientId))
    expect(ids.size).toBe(50)
    for (const id of ids) expect(id).toMatch(uuidV4)
  })
})
