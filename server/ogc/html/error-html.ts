import type { AppError } from '../../errors.ts'
import { htmlPage } from './html-page.ts'
import { html } from './html-template.ts'

/** An error as a page, for a browser: the same message in Swedish and English. */
export function errorHtml(baseUrl: string, error: AppError): string {
  return htmlPage({
    title: { sv: `Fel ${error.status}`, en: `Error ${error.status}` },
    crumbs: [{ href: `${baseUrl}/ogc?f=html`, sv: 'Öppna data', en: 'Open data' }],
    body: html`<p>${error.messageSv}</p><p lang="en">${error.messageEn}</p><p>Kod <span lang="en">/ Code</span>: <code>${error.code}</code></p>`,
    jsonHref: `${baseUrl}/ogc?f=json`,
    jsonType: 'application/json',
    baseUrl,
  })
}
