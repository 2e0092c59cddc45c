import { readFileSync } from 'node:fs'
import path from 'node:path'

/** The version in package.json: what a backup records, and what the admin screen shows. */
export const appVersion: string = (
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '..', 'package.json'), 'utf8')) as { version: string }
).version
