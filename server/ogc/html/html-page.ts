import { bilingual, html } from './html-template.ts'
import type { SafeHtml } from './html-template.ts'

export interface Crumb {
  href: string
  sv: string
  en: string
}

export interface PageContent {
  /** The page's heading and title, Swedish first. */
  title: { sv: string; en: string }
  /** The way here from the landing page; the page itself is the last crumb and is not a link. */
  crumbs: Crumb[]
  body: SafeHtml
  /** The JSON of the same resource. */
  jsonHref: string
  jsonType: string
  baseUrl: string
}

/** A whole HTML page: Swedish first (lang="sv") with English beside it, no script, one stylesheet. */
export function htmlPage(page: PageContent): string {
  const { title, crumbs, body, jsonHref, jsonType, baseUrl } = page
  return `<!doctype html>\n${html`<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title.sv} / ${title.en} – Trygghetskartan Kristinehamn</title>
<link rel="stylesheet" href="${baseUrl}/ogc/ogc.css">
<link rel="alternate" type="${jsonType}" href="${jsonHref}">
</head>
<body>
<header>
<a class="skip" href="#main">Till innehållet <span lang="en">/ Skip to content</span></a>
<p class="site"><a href="${baseUrl}/">Trygghetskartan Kristinehamn</a></p>
<nav aria-label="Du är här / You are here"><ol>
${crumbs.map((crumb) => html`<li><a href="${crumb.href}">${bilingual(crumb.sv, crumb.en)}</a></li>`)}
<li aria-current="page">${bilingual(title.sv, title.en)}</li>
</ol></nav>
</header>
<main id="main">
<h1>${bilingual(title.sv, title.en)}</h1>
${body}
</main>
<footer>
<p><a href="${jsonHref}">Samma sak som JSON <span lang="en">/ The same as JSON</span></a> ·
OGC API – Features · <a href="${baseUrl}/ogc/api?f=html">API-dokumentation <span lang="en">/ API documentation</span></a></p>
</footer>
</body>
</html>`.text}\n`
}
