import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { backends } from '../support/test-backends.ts'
import { startTestServer } from '../support/test-server.ts'
import type { TestServer } from '../support/test-server.ts'

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'

/** The HTML views of the OGC API: the same resources for a browser, Swedish first, no script. */
describe.each(backends)('OGC API HTML views on the %s database', (backend) => {
  let server: TestServer
  let measureId: number
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers })

  beforeAll(async () => {
    server = await startTestServer({ backend })
    // A measure whose text would be markup if it were not escaped.
    const [row] = await server.db.query<{ id: number }>(
      `INSERT INTO measure (municipality_code, title, description, type, status, responsible, decided_on, geom)
       VALUES ('1781', '<script>alert("titel")</script>', 'Belysning & "sikt" <b>här</b>', 'lighting', 'decided', 'kommun', current_date,
               ST_SetSRID(ST_MakePoint(454600, 6577300), 3006)) RETURNING id`,
    )
    measureId = row!.id
  })
  afterAll(() => server.close())

  const pages = () => [
    '/ogc',
    '/ogc/conformance',
    '/ogc/collections',
    '/ogc/collections/measures',
    '/ogc/collections/measures/items',
    `/ogc/collections/measures/items/${measureId}`,
    '/ogc/api',
  ]

  it('serves every resource as an HTML page in Swedish with English beside it, with no script or inline style', async () => {
    for (const path of pages()) {
      const response = await get(`${path}?f=html`)
      expect(response.status, path).toBe(200)
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
      const page = await response.text()
      expect(page).toMatch(/^<!doctype html>\n<html lang="sv">/)
      expect(page).toContain('<link rel="stylesheet" href="')
      expect(page).toMatch(/<h1>[^<]+<span class="en" lang="en">\/ [^<]+<\/span><\/h1>/)
      expect(page).toMatch(/<main id="main">/)
      expect(page).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=/i)
      // Every table has column or row headers with a scope, and every link has text.
      for (const th of page.match(/<th[ >]/g) ?? []) expect(th).toBe('<th ')
      expect(page.match(/<th (?!scope="(col|row)")/g)).toBeNull()
      expect(page.match(/<a [^>]*>\s*<\/a>/g)).toBeNull()
      const csp = response.headers.get('content-security-policy') ?? ''
      expect(csp).toContain("script-src 'self'")
      expect(csp).not.toContain('unsafe-inline')
    }
  })

  it('escapes text from the database', async () => {
    for (const path of ['/ogc/collections/measures/items?f=html', `/ogc/collections/measures/items/${measureId}?f=html`]) {
      const page = await (await get(path)).text()
      expect(page).toContain('&lt;script&gt;alert(&quot;titel&quot;)&lt;/script&gt;')
      expect(page).toContain('Belysning &amp; &quot;sikt&quot; &lt;b&gt;här&lt;/b&gt;')
      expect(page).not.toContain('<script>alert')
      expect(page).not.toContain('<b>här</b>')
    }
  })

  it('chooses HTML for a browser and JSON for everyone else, and f decides over Accept', async () => {
    const kinds = async (path: string, headers: Record<string, string>) => (await get(path, headers)).headers.get('content-type')
    expect(await kinds('/ogc/collections', { Accept: BROWSER_ACCEPT })).toMatch(/^text\/html/)
    expect(await kinds('/ogc/collections', {})).toMatch(/^application\/json/)
    expect(await kinds('/ogc/collections', { Accept: '*/*' })).toMatch(/^application\/json/)
    expect(await kinds('/ogc/collections?f=json', { Accept: BROWSER_ACCEPT })).toMatch(/^application\/json/)
    expect(await kinds('/ogc/collections/measures/items', { Accept: 'application/geo+json' })).toMatch(/^application\/geo\+json/)
    expect(await kinds('/ogc/collections/measures/items?f=geojson', { Accept: BROWSER_ACCEPT })).toMatch(/^application\/geo\+json/)
    expect(await kinds('/ogc/api', {})).toMatch(/^application\/vnd\.oai\.openapi\+json; ?version=3\.0/)
    expect(await kinds('/ogc/api', { Accept: BROWSER_ACCEPT })).toMatch(/^text\/html/)
    expect((await get('/ogc/collections')).headers.get('vary')).toMatch(/Accept/)
  })

  it('pages the items table with next and previous links that stay in HTML', async () => {
    const first = await (await get('/ogc/collections/reports/items?f=html&limit=5')).text()
    expect(first).toMatch(/Objekt 1–5 av \d+/)
    expect((first.match(/<tbody>[\s\S]*?<\/tbody>/)![0].match(/<tr>/g) ?? []).length).toBe(5)
    const next = first.match(/<a href="([^"]+)" rel="next">/)![1]!.replaceAll('&amp;', '&')
    expect(next).toContain('f=html')
    expect(next).toContain('offset=5')
    expect(first).not.toContain('rel="prev"')
    const second = await (await get(next.replace(server.url, ''))).text()
    expect(second).toMatch(/Objekt 6–10 av \d+/)
    expect(second).toContain('rel="prev"')
  })

  it('links the collection page to its downloads with a labelled form', async () => {
    const page = await (await get('/ogc/collections/reports?f=html')).text()
    expect(page).toMatch(/<form method="get" action="[^"]+\/ogc\/collections\/reports\/download"/)
    expect(page).toMatch(/<label>Format[\s\S]*?<select name="format">/)
    expect(page).toContain('<option value="http://www.opengis.net/def/crs/EPSG/0/3008">EPSG3008</option>')
  })

  it('shows an error as a page to a browser, and as JSON otherwise', async () => {
    const page = await get('/ogc/collections/reports/items?bbox=3,2,1', { Accept: BROWSER_ACCEPT })
    expect(page.status).toBe(400)
    expect(page.headers.get('content-type')).toMatch(/^text\/html/)
    const text = await page.text()
    expect(text).toContain('bbox ska vara fyra tal')
    expect(text).toContain('<code>invalid_bbox</code>')
    const json = await get('/ogc/collections/reports/items?bbox=3,2,1')
    expect((await json.json()).code).toBe('invalid_bbox')
  })

  it('serves the stylesheet from its own origin', async () => {
    const css = await get('/ogc/ogc.css')
    expect(css.status).toBe(200)
    expect(css.headers.get('content-type')).toMatch(/^text\/css/)
    expect(await css.text()).toContain('font')
  })
})
