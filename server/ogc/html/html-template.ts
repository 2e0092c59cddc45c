/** Markup that is already safe: escaped text or markup built from the `html` template. */
export class SafeHtml {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character)
}

/**
 * A template tag that escapes every value put into it (in text and in attribute values alike),
 * unless it is SafeHtml built the same way; arrays are joined and null, undefined and false leave
 * nothing. So data from the database or the URL can never become markup.
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let text = strings[0] ?? ''
  values.forEach((value, index) => {
    text += render(value) + (strings[index + 1] ?? '')
  })
  return new SafeHtml(text)
}

function render(value: unknown): string {
  if (value instanceof SafeHtml) return value.text
  if (Array.isArray(value)) return value.map(render).join('')
  if (value === null || value === undefined || value === false) return ''
  return escapeHtml(String(value))
}

/** Swedish first, with the English beside it marked as English for screen readers. */
export function bilingual(sv: string, en: string): SafeHtml {
  return sv === en ? html`${sv}` : html`${sv} <span class="en" lang="en">/ ${en}</span>`
}

/**
 * A wide table in a box that scrolls sideways on a phone instead of the page; the box can take
 * focus and is named, so a keyboard user can scroll it too (WCAG 2.1.1).
 */
export function scrollableTable(label: string, table: SafeHtml): SafeHtml {
  return html`<div class="table-wrap" tabindex="0" role="region" aria-label="${label}">${table}</div>`
}
