import { describe, expect, it } from 'vitest'
import { escapeText, foldLine } from './walk-calendar.ts'

describe('iCalendar text', () => {
  it('escapes what RFC 5545 reserves', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne')
    expect(escapeText('vagn\rretur\r\nslut')).toBe('vagn\\nretur\\nslut')
  })

  it('folds long lines at 75 octets without splitting a character', () => {
    const line = `DESCRIPTION:${'å'.repeat(100)}`
    const folded = foldLine(line)
    const parts = folded.split('\r\n')
    for (const part of parts) expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75)
    expect(parts.slice(1).every((part) => part.startsWith(' '))).toBe(true)
    expect(folded.replace(/\r\n /g, '')).toBe(line)
    expect(foldLine('SUMMARY:kort')).toBe('SUMMARY:kort')
  })
})
