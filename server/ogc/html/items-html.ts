import type { Link } from '../ogc-links.ts'
import { landingCrumb } from './landing-html.ts'
import { htmlPage } from './html-page.ts'
import { bilingual, html, scrollableTable } from './html-template.ts'
import type { SafeHtml } from './html-template.ts'

export interface HtmlFeature {
  id: string | number
  geometry: { type: string; coordinates?: unknown } | null
  properties: Record<string, unknown> | null
}

export interface ItemsPageView {
  collection: { id: string; title: string; title_en: string }
  features: HtmlFeature[]
  numberMatched: number
  offset: number
  crsLabel: string
  /** The HTML links of this page (rel self, next, prev) and the JSON of the same page. */
  links: Link[]
  jsonHref: string
}

const collectionCrumbs = (baseUrl: string, collection: ItemsPageView['collection']) => [
  landingCrumb(baseUrl),
  { href: `${baseUrl}/ogc/collections?f=html`, sv: 'Samlingar', en: 'Collections' },
  { href: `${baseUrl}/ogc/collections/${collection.id}?f=html`, sv: collection.title, en: collection.title_en },
]

/** A page of features as a table, one row each, with links to the next and previous page. */
export function itemsHtml(baseUrl: string, page: ItemsPageView): string {
  const columns = [...new Set(page.features.flatMap((feature) => Object.keys(feature.properties ?? {})))]
  const { id } = page.collection
  const first = page.features.length > 0 ? page.offset + 1 : 0
  const last = page.offset + page.features.length
  const pageLink = (rel: string, sv: string, en: string) => {
    const href = page.links.find((link) => link.rel === rel)?.href
    return href ? html`<a href="${href}" rel="${rel}">${bilingual(sv, en)}</a>` : ''
  }
  const rows = page.features.map(
    (feature) => html`<tr>
<th scope="row"><a href="${baseUrl}/ogc/collections/${id}/items/${feature.id}?f=html">${feature.id}</a></th>
${columns.map((column) => html`<td>${cell(feature.properties?.[column])}</td>`)}
<td>${geometrySummary(feature.geometry)}</td>
</tr>`,
  )
  const pager = html`<nav class="pager" aria-label="Sidor / Pages">${pageLink('prev', 'Föregående sida', 'Previous page')} ${pageLink('next', 'Nästa sida', 'Next page')}</nav>`
  return htmlPage({
    title: { sv: `${page.collection.title}: objekt`, en: `${page.collection.title_en}: features` },
    crumbs: collectionCrumbs(baseUrl, page.collection),
    body: html`<p>${bilingual(`Objekt ${first}–${last} av ${page.numberMatched}.`, `Features ${first}–${last} of ${page.numberMatched}.`)}
${bilingual(`Koordinater i ${page.crsLabel}.`, `Coordinates in ${page.crsLabel}.`)}</p>
${pager}
${scrollableTable(`${page.collection.title} / ${page.collection.title_en}`, html`<table>
<caption>${bilingual(page.collection.title, page.collection.title_en)}</caption>
<thead><tr><th scope="col">Id</th>${columns.map((column) => html`<th scope="col">${column}</th>`)}<th scope="col">${bilingual('Geometri', 'Geometry')}</th></tr></thead>
<tbody>${rows}</tbody>
</table>`)}
${pager}`,
    jsonHref: page.jsonHref,
    jsonType: 'application/geo+json',
    baseUrl,
  })
}

/** One feature: its properties as a table and its geometry. */
export function itemHtml(baseUrl: string, collection: ItemsPageView['collection'], feature: HtmlFeature, crsLabel: string, jsonHref: string): string {
  const properties = Object.entries(feature.properties ?? {})
  return htmlPage({
    title: { sv: `${collection.title} ${feature.id}`, en: `${collection.title_en} ${feature.id}` },
    crumbs: [...collectionCrumbs(baseUrl, collection), { href: `${baseUrl}/ogc/collections/${collection.id}/items?f=html`, sv: 'Objekt', en: 'Features' }],
    body: html`${scrollableTable('Egenskaper / Properties', html`<table>
<caption>${bilingual('Egenskaper', 'Properties')}</caption>
<tbody>${properties.map(([key, value]) => html`<tr><th scope="row">${key}</th><td>${cell(value)}</td></tr>`)}</tbody>
</table>`)}
<h2>${bilingual('Geometri', 'Geometry')} (${crsLabel})</h2>
<p>${geometrySummary(feature.geometry)}</p>
<pre>${JSON.stringify(feature.geometry?.coordinates ?? null)}</pre>`,
    jsonHref,
    jsonType: 'application/geo+json',
    baseUrl,
  })
}

function cell(value: unknown): SafeHtml | string {
  if (value === null || value === undefined || value === '') return html`<span class="en">–</span>`
  if (typeof value === 'boolean') return value ? 'ja / yes' : 'nej / no'
  return typeof value === 'object' ? JSON.stringify(value) : String(value)
}

/** The type and, for a point, its coordinates; for others how many positions it has. */
function geometrySummary(geometry: HtmlFeature['geometry']): SafeHtml | string {
  if (!geometry) return '–'
  if (geometry.type === 'Point') return `Point (${(geometry.coordinates as number[]).join(', ')})`
  const positions = JSON.stringify(geometry.coordinates ?? []).match(/\[-?\d/g)?.length ?? 0
  return html`${geometry.type}, ${bilingual(`${positions} punkter`, `${positions} positions`)}`
}
