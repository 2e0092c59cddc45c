import { describe, expect, it } from 'vitest'
import { hashPassword, verifyPassword } from './password-hash.ts'

describe('password hashes', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('korrekt häst batteri')
    expect(hash).toMatch(/^scrypt\$15\$8\$1\$/)
    expect(hash).not.toContain('korrekt')
    await expect(verifyPassword('korrekt häst batteri', hash)).resolves.toBe(true)
    await expect(verifyPassword('korrekt häst batteri!', hash)).resolves.toBe(false)
  })

  it('salts every hash, so one password never gives the same string twice', async () => {
    expect(await hashPassword('samma lösenord')).not.toBe(await hashPassword('samma lösenord'))
  })

  it('treats the composed and decomposed forms of å as the same password', async () => {
    const hash = await hashPassword('påsko\u0308n är fin')
    await expect(verifyPassword('påskön är fin'.normalize('NFD'), hash)).resolves.toBe(true)
  })

  it('refuses a stored value that is not a hash it knows', async () => {
    await expect(verifyPassword('x', 'plain text')).resolves.toBe(false)
    await expect(verifyPassword('x', 'scrypt$0$8$1$aa$bb')).resolves.toBe(false)
  })
})
