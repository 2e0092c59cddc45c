import { describe, expect, it } from 'vitest'
import { escapeXml } from './report-feed.ts'

describe('escapeXml', () => {
  it('escapes the five special characters and drops what XML 1.0 cannot hold', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;')
    expect(escapeXml('rad 1\nrad 2\ttab\u0000\u0007\uffff slut')).toBe('rad 1\nrad 2\ttab slut')
    expect(escapeXml('Åtgärdad 🎉')).toBe('Åtgärdad 🎉')
  })
})
