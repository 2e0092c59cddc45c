import { describe, expect, it } from 'vitest'
import { bilingual, escapeHtml, html } from './html-template.ts'

describe('html', () => {
  it('escapes values in text and attributes', () => {
    const name = '<script>alert("x")</script>'
    const href = '" onclick="evil()'
    expect(html`<a href="${href}">${name}</a>`.text).toBe(
      '<a href="&quot; onclick=&quot;evil()">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</a>',
    )
  })

  it('keeps nested safe markup and joins arrays', () => {
    const items = ['a&b', 'c'].map((item) => html`<li>${item}</li>`)
    expect(html`<ul>${items}</ul>`.text).toBe('<ul><li>a&amp;b</li><li>c</li></ul>')
  })

  it('leaves nothing for null, undefined and false but writes 0', () => {
    expect(html`${null}${undefined}${false}${0}`.text).toBe('0')
  })

  it('marks the English text as English', () => {
    expect(bilingual('Samlingar', 'Collections').text).toBe('Samlingar <span class="en" lang="en">/ Collections</span>')
    expect(escapeHtml("it's")).toBe('it&#39;s')
  })
})
