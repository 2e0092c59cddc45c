import { createHash, randomBytes } from 'node:crypto'

/** The private link's secret: 32 random bytes, base64url (43 characters). Only its hash is stored. */
export const newReceiptToken = () => randomBytes(32).toString('base64url')
export const receiptHashOf = (token: string) => createHash('sha256').update(token).digest('hex')
