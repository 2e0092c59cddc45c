import { supportedCrs } from '../crs.ts'
import { downloadFormats } from '../download/download-formats.ts'
import type { Link } from '../ogc-links.ts'
import { landingCrumb } from './landing-html.ts'
import { htmlPage } from './html-page.ts'
import { bilingual, html } from './html-template.ts'

/** A collection as the JSON describes it (the fields the page shows). */
export interface DescribedCollection {
  id: string
  title: string
  title_en: string
  description: string
  description_en: string
  geometryType: string
  staffOnly: boolean
  crs: string[]
  storageCrs: string
  extent: { spatial: { bbox: number[][] }; temporal?: { interval: (string | null)[][] } }
  links: Link[]
}

/** Every collection the reader may see: a heading each, so it reads well on a phone and by headings. */
export function collectionsHtml(baseUrl: string, collections: readonly DescribedCollection[]): string {
  const items = collections.map(
    (collection) => html`<li>
<h2><a href="${baseUrl}/ogc/collections/${collection.id}?f=html">${bilingual(collection.title, collection.title_en)}</a></h2>
<p>${collection.description}<br><span class="en" lang="en">${collection.description_en}</span></p>
<p>${bilingual('Geometri', 'Geometry')}: ${collection.geometryType}${collection.staffOnly ? html` · <strong>${bilingual('Bara personal', 'Staff only')}</strong>` : ''} ·
<a href="${baseUrl}/ogc/collections/${collection.id}/items?f=html">${bilingual('Visa objekt', 'Show features')}<span class="en" lang="en"> (${collection.title_en})</span></a></p>
</li>`,
  )
  return htmlPage({
    title: { sv: 'Samlingar', en: 'Collections' },
    crumbs: [landingCrumb(baseUrl)],
    body: html`<p>${bilingual(`${collections.length} samlingar.`, `${collections.length} collections.`)}</p>
<ul class="collections">${items}</ul>`,
    jsonHref: `${baseUrl}/ogc/collections?f=json`,
    jsonType: 'application/json',
    baseUrl,
  })
}

/** One collection: its extent, CRSs, the features and the downloads. */
export function collectionHtml(baseUrl: string, collection: DescribedCollection): string {
  const [bbox] = collection.extent.spatial.bbox
  const [interval] = collection.extent.temporal?.interval ?? []
  const downloadUrl = `${baseUrl}/ogc/collections/${collection.id}/download`
  return htmlPage({
    title: { sv: collection.title, en: collection.title_en },
    crumbs: [landingCrumb(baseUrl), { href: `${baseUrl}/ogc/collections?f=html`, sv: 'Samlingar', en: 'Collections' }],
    body: html`<p>${collection.description}</p>
<p lang="en">${collection.description_en}</p>
<p><a href="${baseUrl}/ogc/collections/${collection.id}/items?f=html">${bilingual('Visa objekten som tabell', 'Show the features as a table')}</a> ·
<a href="${baseUrl}/ogc/collections/${collection.id}/items?f=json">${bilingual('Objekten som GeoJSON', 'The features as GeoJSON')}</a></p>
<h2>${bilingual('Om samlingen', 'About the collection')}</h2>
<dl>
<dt>Id</dt><dd><code>${collection.id}</code></dd>
<dt>${bilingual('Geometri', 'Geometry')}</dt><dd>${collection.geometryType}</dd>
<dt>${bilingual('Utbredning (CRS84)', 'Extent (CRS84)')}</dt><dd>${bbox ? bbox.join(', ') : bilingual('Inga objekt', 'No features')}</dd>
${interval ? html`<dt>${bilingual('Tid', 'Time')}</dt><dd>${interval[0] ?? '..'} – ${interval[1] ?? '..'}</dd>` : ''}
<dt>${bilingual('Referenssystem', 'Coordinate reference systems')}</dt><dd>${collection.crs.map((uri, index) => html`${index > 0 ? ', ' : ''}<code>${uri}</code>`)}</dd>
<dt>${bilingual('Lagras i', 'Stored in')}</dt><dd><code>${collection.storageCrs}</code></dd>
${collection.staffOnly ? html`<dt>${bilingual('Åtkomst', 'Access')}</dt><dd>${bilingual('Bara personal', 'Staff only')}</dd>` : ''}
</dl>
<h2 id="download">${bilingual('Ladda ner', 'Download')}</h2>
<p>${bilingual('Hela samlingen som en fil. Koordinaterna står med öst eller longitud först.', 'The whole collection as one file. Coordinates are written easting or longitude first.')}</p>
<form method="get" action="${downloadUrl}" aria-labelledby="download">
<label>${bilingual('Format', 'Format')}
<select name="format">${downloadFormats.map((format) => html`<option value="${format.name}">${format.label}</option>`)}</select></label>
<label>${bilingual('Referenssystem', 'Coordinate reference system')}
<select name="crs">${supportedCrs.map((crs) => html`<option value="${crs.uri}">${crs.label}</option>`)}</select></label>
<button type="submit">${bilingual('Ladda ner', 'Download')}</button>
</form>`,
    jsonHref: `${baseUrl}/ogc/collections/${collection.id}?f=json`,
    jsonType: 'application/json',
    baseUrl,
  })
}
