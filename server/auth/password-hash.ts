/**
 * Passwords are stored as scrypt hashes (memory-hard, in Node's own crypto): a string holding the
 * parameters, the salt and the hash, so the cost can be raised later without breaking old hashes.
 * A hash takes about 50–150 ms here, on purpose.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'

/** Cost N = 2^15 with block size r = 8: 128 · N · r = 32 MiB of memory per hash. */
const COST = { logN: 15, r: 8, p: 1 }
const KEY_LENGTH = 32
const SALT_LENGTH = 16

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_LENGTH)
  const key = await derive(password, salt, COST)
  return ['scrypt', COST.logN, COST.r, COST.p, salt.toString('base64'), key.toString('base64')].join('$')
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$')
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false
  const [logN, r, p] = parts.slice(1, 4).map(Number)
  if (!logN || !r || !p) return false
  const expected = Buffer.from(parts[5] ?? '', 'base64')
  const actual = await derive(password, Buffer.from(parts[4] ?? '', 'base64'), { logN, r, p })
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

/**
 * A stand-in hash for logins with an unknown e-mail address: verifying against it takes as long
 * as a real check, so response times do not tell which addresses have accounts.
 */
export const unknownUserHash = hashPassword(randomBytes(16).toString('hex'))

function derive(password: string, salt: Buffer, cost: { logN: number; r: number; p: number }): Promise<Buffer> {
  const N = 2 ** cost.logN
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { N, r: cost.r, p: cost.p, maxmem: 256 * N * cost.r }, (error, key) =>
      error ? reject(error) : resolve(key),
    )
  })
}
