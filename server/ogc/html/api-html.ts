import { landingCrumb } from './landing-html.ts'
import { htmlPage } from './html-page.ts'
import { bilingual, html, scrollableTable } from './html-template.ts'

interface Parameter {
  name: string
  in: string
  required?: boolean
  description?: string
  schema?: Record<string, unknown>
}

interface Operation {
  summary?: string
  parameters?: Parameter[]
  responses?: Record<string, unknown>
}

/** The OpenAPI document for a person: every path with its parameters, their limits, and its answers. */
export function apiHtml(baseUrl: string, document: { paths: Record<string, { get: Operation }> }): string {
  const sections = Object.entries(document.paths).map(([path, { get }]) => {
    const parameters = get.parameters ?? []
    return html`<section>
<h2><code>GET ${path}</code></h2>
<p>${get.summary ?? ''}</p>
${parameters.length > 0
  ? scrollableTable(`Parametrar / Parameters: ${path}`, html`<table>
<caption>${bilingual('Parametrar', 'Parameters')}: <code>${path}</code></caption>
<thead><tr><th scope="col">${bilingual('Namn', 'Name')}</th><th scope="col">${bilingual('Var', 'In')}</th>
<th scope="col">${bilingual('Värden', 'Values')}</th><th scope="col">${bilingual('Beskrivning', 'Description')}</th></tr></thead>
<tbody>${parameters.map(
      (parameter) => html`<tr><th scope="row"><code>${parameter.name}</code>${parameter.required ? ' *' : ''}</th><td>${parameter.in}</td>
<td>${schemaSummary(parameter.schema)}</td><td>${parameter.description ?? ''}</td></tr>`,
    )}</tbody></table>`)
  : ''}
<p>${bilingual('Svar', 'Responses')}: ${Object.keys(get.responses ?? {}).join(', ')}</p>
</section>`
  })
  return htmlPage({
    title: { sv: 'API-dokumentation', en: 'API documentation' },
    crumbs: [landingCrumb(baseUrl)],
    body: html`<p>${bilingual('Samma beskrivning som maskinläsbar OpenAPI 3.0:', 'The same description as machine-readable OpenAPI 3.0:')}
<a href="${baseUrl}/ogc/api?f=json">${baseUrl}/ogc/api</a>.
${bilingual('Fel svarar med JSON med code och description.', 'Errors answer JSON with code and description.')}</p>
${sections}`,
    jsonHref: `${baseUrl}/ogc/api?f=json`,
    jsonType: 'application/vnd.oai.openapi+json;version=3.0',
    baseUrl,
  })
}

function schemaSummary(schema: Record<string, unknown> | undefined): string {
  if (!schema) return ''
  const parts = [String(schema.type ?? '')]
  if (Array.isArray(schema.enum)) parts.push(`: ${schema.enum.join(' | ')}`)
  if (schema.minimum !== undefined) parts.push(`, min ${String(schema.minimum)}`)
  if (schema.maximum !== undefined) parts.push(`, max ${String(schema.maximum)}`)
  if (schema.default !== undefined) parts.push(`, default ${String(schema.default)}`)
  if (schema.pattern !== undefined) parts.push(`, ${String(schema.pattern)}`)
  return parts.join('')
}
