import type { Link } from '../ogc-links.ts'
import { htmlPage } from './html-page.ts'
import { bilingual, html } from './html-template.ts'

export interface LandingPage {
  title: string
  description: string
  description_en: string
  links: Link[]
}

const home = (baseUrl: string) => ({ href: `${baseUrl}/ogc?f=html`, sv: 'Öppna data', en: 'Open data' })

/** The landing page: what the API is and where its parts are. */
export function landingHtml(baseUrl: string, landing: LandingPage): string {
  const href = (rel: string, type?: string) => landing.links.find((link) => link.rel === rel && (!type || link.type === type))?.href
  return htmlPage({
    title: { sv: 'Öppna data', en: 'Open data' },
    crumbs: [],
    body: html`<p>${landing.description}</p>
<p lang="en">${landing.description_en}</p>
<h2>${bilingual('Innehåll', 'Contents')}</h2>
<ul>
<li><a href="${baseUrl}/ogc/collections?f=html">${bilingual('Samlingar (kartlager)', 'Collections (map layers)')}</a></li>
<li><a href="${baseUrl}/ogc/conformance?f=html">${bilingual('Standarder som API:t följer', 'Conformance classes')}</a></li>
<li><a href="${href('service-doc')}">${bilingual('API-dokumentation', 'API documentation')}</a>
 (<a href="${href('service-desc')}">OpenAPI 3.0 JSON</a>)</li>
</ul>
<h2>${bilingual('I ett GIS-program', 'In a GIS program')}</h2>
<p>${bilingual('Lägg till en OGC API – Features-anslutning med adressen', 'Add an OGC API – Features connection with the address')}
<code>${baseUrl}/ogc</code>.</p>`,
    jsonHref: `${baseUrl}/ogc?f=json`,
    jsonType: 'application/json',
    baseUrl,
  })
}

/** The conformance classes, each a link to its definition. */
export function conformanceHtml(baseUrl: string, conformsTo: readonly string[]): string {
  return htmlPage({
    title: { sv: 'Standarder som API:t följer', en: 'Conformance classes' },
    crumbs: [home(baseUrl)],
    body: html`<ul>${conformsTo.map((uri) => html`<li><a href="${uri}">${uri}</a></li>`)}</ul>`,
    jsonHref: `${baseUrl}/ogc/conformance?f=json`,
    jsonType: 'application/json',
    baseUrl,
  })
}

export { home as landingCrumb }
