import { describe, expect, it } from 'vitest'
import type { FormatContext } from '../features/translate.ts'
import { en } from '../i18n/en.ts'
import { sv } from '../i18n/sv.ts'
import { auditFieldLabel, auditValueText } from './audit-values.ts'

/** A translate function over the real texts, with i18next's {{placeholders}} and _one/_other plurals. */
function contextFor(language: 'sv' | 'en'): FormatContext {
  const resources: unknown = language === 'sv' ? sv : en
  const lookup = (key: string): unknown =>
    key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), resources)
  return {
    language,
    t: (key, options = {}) => {
      const count = options.count
      const text = (typeof count === 'number' ? lookup(`${key}_${count === 1 ? 'one' : 'other'}`) : undefined) ?? lookup(key)
      if (typeof text !== 'string') return key
      return text.replace(/\{\{(\w+)\}\}/g, (_match, name: string) => String(options[name]))
    },
  }
}

const sv_ = contextFor('sv')
const en_ = contextFor('en')

describe('auditFieldLabel', () => {
  it('uses the log’s words, then the map’s, then the field name', () => {
    expect(auditFieldLabel('display_name', sv_)).toBe('Namn')
    expect(auditFieldLabel('households', sv_)).toBe('Antal hushåll')
    expect(auditFieldLabel('households', en_)).toBe('Households')
    expect(auditFieldLabel('something_new', sv_)).toBe('something_new')
  })
})

describe('auditValueText', () => {
  it('says empty, yes and no in words', () => {
    expect(auditValueText('display_name', '', sv_)).toBe('(tomt)')
    expect(auditValueText('notes', null, en_)).toBe('(empty)')
    expect(auditValueText('disabled', true, sv_)).toBe('Ja')
    expect(auditValueText('disabled', false, en_)).toBe('No')
  })

  it('names roles and statuses', () => {
    expect(auditValueText('role', 'admin', sv_)).toBe('Administratör')
    expect(auditValueText('role', 'polis', en_)).toBe('Police')
    expect(auditValueText('status', 'active', sv_)).toBe('Aktivt')
    expect(auditValueText('role', 'unknown-role', sv_)).toBe('unknown-role')
  })

  it('names a report’s status and category, and an incident’s type', () => {
    expect(auditValueText('status', 'measure_planned', sv_)).toBe('Åtgärd planerad')
    expect(auditValueText('status', 'rejected', en_)).toBe('Rejected')
    expect(auditValueText('category', 'lighting', sv_)).toBe('Belysning')
    expect(auditValueText('type', 'threat_staff', sv_)).toBe('Hot eller våld mot personal')
  })

  it('never shows a password', () => {
    expect(auditValueText('password', 'changed', sv_)).toBe('ändrat (visas aldrig)')
    expect(auditValueText('password', 'hunter2-would-be-here', en_)).toBe('changed (never shown)')
  })

  it('writes dates and instants for people', () => {
    expect(auditValueText('last_verified_on', '2026-03-05', sv_)).toBe('5 mars 2026')
    expect(auditValueText('updated_at', '2026-03-05T12:30:00Z', sv_)).toBe('5 mars 2026 13:30')
  })

  it('keeps typed text as it is, markup included', () => {
    expect(auditValueText('notes', '<img src=x onerror=alert(1)>', sv_)).toBe('<img src=x onerror=alert(1)>')
  })

  it('describes a geometry instead of listing coordinates', () => {
    const polygon = { type: 'Polygon', coordinates: [[[14, 59], [14.1, 59], [14, 59.1], [14, 59]]] }
    expect(auditValueText('geometry', polygon, sv_)).toBe('Polygon med 4 hörn')
  })

  it('writes objects as labelled values and long lists as a count', () => {
    expect(auditValueText('contact', { name: 'Eva', is_main: true }, sv_)).toBe('Namn: Eva; is_main: Ja')
    expect(auditValueText('contacts', [{ id: 1 }, { id: 2 }], en_)).toBe('2 items')
    expect(auditValueText('tags', ['a', 'b'], en_)).toBe('a, b')
  })
})
