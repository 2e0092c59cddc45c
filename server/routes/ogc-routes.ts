import { createHash } from 'node:crypto'
import { Router } from 'express'
import type { Request, RequestHandler } from 'express'
import type { Database } from '../db/database.ts'
import { badRequest, notFound } from '../errors.ts'
import { scopeOf } from '../municipalities/staff-scope.ts'
import { findCollection, isValidFeatureId, visibleCollections } from '../ogc/collections.ts'
import type { CollectionDefinition, PublicSettings } from '../ogc/collections.ts'
import { CRS84, STORAGE_CRS, supportedCrsUris } from '../ogc/crs.ts'
import { downloadFormats, findDownloadFormat } from '../ogc/download/download-formats.ts'
import { downloadLimiter } from '../ogc/download/download-limiter.ts'
import { queryDownloadRows } from '../ogc/download/download-query.ts'
import type { DownloadLayer } from '../ogc/download/download-layer.ts'
import { csvFile } from '../ogc/download/csv-file.ts'
import { geoJsonFile } from '../ogc/download/geojson-file.ts'
import { geoPackageFile } from '../ogc/download/geopackage-file.ts'
import { queryExtent, queryItem, queryItems } from '../ogc/feature-queries.ts'
import { apiHtml } from '../ogc/html/api-html.ts'
import { collectionHtml, collectionsHtml } from '../ogc/html/collections-html.ts'
import type { DescribedCollection } from '../ogc/html/collections-html.ts'
import { itemHtml, itemsHtml } from '../ogc/html/items-html.ts'
import type { HtmlFeature } from '../ogc/html/items-html.ts'
import { conformanceHtml, landingHtml } from '../ogc/html/landing-html.ts'
import { OGC_STYLESHEET } from '../ogc/html/ogc-stylesheet.ts'
import { DEFAULT_LIMIT, MAX_LIMIT, parseCrs, parseFeatureFilters, parseItemsParams, rejectUnknownParams } from '../ogc/items-params.ts'
import type { ItemsRequest } from '../ogc/items-params.ts'
import { ogcErrors, ogcNotFound, staffOnly } from '../ogc/ogc-errors.ts'
import { link, MEDIA, urlWith } from '../ogc/ogc-links.ts'
import { openApiDocument } from '../ogc/openapi-document.ts'
import { outputFormat } from '../ogc/output-format.ts'
import type { OutputFormat } from '../ogc/output-format.ts'
import { sendJson, sendText, setCaching } from '../ogc/ogc-response.ts'
import { linkBase } from './request-origin.ts'

const CONFORMANCE = [
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html',
  'http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs',
]

/** The query parameters of each resource, as the OpenAPI document names them; any other is a 400. */
const itemsParamNames = (collection: CollectionDefinition) => [
  'f', 'limit', 'offset', 'bbox', 'bbox-crs', 'crs', ...(collection.time ? ['datetime'] : []),
]
const downloadParamNames = (collection: CollectionDefinition) => [
  'format', 'crs', 'bbox', 'bbox-crs', ...(collection.time ? ['datetime'] : []),
]

/**
 * OGC API – Features, Part 1 (core, GeoJSON, HTML, OpenAPI 3.0) and Part 2 (CRS by reference):
 * every public layer of the map is a collection, and staff (a session or an API token, looked up
 * before this router) also see theirs. Each resource is JSON or HTML (see output-format.ts).
 */
export function ogcRoutes(db: Database, settings: PublicSettings, publicUrl: string | undefined, authenticate: RequestHandler): Router {
  const router = Router()
  const baseUrl = (req: Request) => linkBase(req, publicUrl)
  // Inside the router, so that a refused token is answered in the OGC error shape too.
  router.use(authenticate)

  router.get('/ogc.css', (_req, res) => {
    res.set('Cache-Control', 'public, max-age=3600').type('text/css').send(OGC_STYLESHEET)
  })

  router.get('/', (req, res) => {
    rejectUnknownParams(req.query, ['f'])
    const format = outputFormat(req)
    const base = `${baseUrl(req)}/ogc`
    const landing = {
      title: 'Trygghetskartan Kristinehamn',
      description:
        'Öppna data om trygghetsarbetet i Kristinehamn: grannsamverkan, trygghetsvandringar, rapporter och åtgärder.',
      description_en: 'Open data on safety work in Kristinehamn: neighbourhood watch, safety walks, reports and measures.',
      links: [
        link(`${base}?f=json`, format === 'json' ? 'self' : 'alternate', MEDIA.json, 'Startsida / Landing page'),
        link(`${base}?f=html`, format === 'html' ? 'self' : 'alternate', MEDIA.html, 'Startsida som HTML / Landing page as HTML'),
        link(`${base}/api`, 'service-desc', MEDIA.openapi, 'API-definition (OpenAPI 3.0) / API definition'),
        link(`${base}/api?f=html`, 'service-doc', MEDIA.html, 'API-dokumentation / API documentation'),
        link(`${base}/conformance`, 'conformance', MEDIA.json, 'Standarder / Conformance'),
        link(`${base}/collections`, 'data', MEDIA.json, 'Samlingar / Collections'),
      ],
    }
    if (format === 'html') sendText(req, res, MEDIA.html, landingHtml(baseUrl(req), landing))
    else sendJson(req, res, MEDIA.json, landing)
  })

  router.get('/conformance', (req, res) => {
    rejectUnknownParams(req.query, ['f'])
    if (outputFormat(req) === 'html') sendText(req, res, MEDIA.html, conformanceHtml(baseUrl(req), CONFORMANCE))
    else sendJson(req, res, MEDIA.json, { conformsTo: CONFORMANCE })
  })

  router.get('/api', (req, res) => {
    rejectUnknownParams(req.query, ['f'])
    const format = outputFormat(req)
    const document = openApiDocument(baseUrl(req), visibleCollections(Boolean(req.auth)))
    if (format === 'html') sendText(req, res, MEDIA.html, apiHtml(baseUrl(req), document as { paths: Record<string, { get: object }> }))
    else sendJson(req, res, MEDIA.openapi, document)
  })

  router.get('/collections', async (req, res) => {
    rejectUnknownParams(req.query, ['f'])
    const format = outputFormat(req)
    const described = await Promise.all(visibleCollections(Boolean(req.auth)).map((collection) => describeCollection(req, collection)))
    if (format === 'html') {
      sendText(req, res, MEDIA.html, collectionsHtml(baseUrl(req), described))
      return
    }
    const base = `${baseUrl(req)}/ogc/collections`
    sendJson(req, res, MEDIA.json, {
      links: [link(`${base}?f=json`, 'self', MEDIA.json, 'Samlingar / Collections'), link(`${base}?f=html`, 'alternate', MEDIA.html, 'Samlingar som HTML / Collections as HTML')],
      crs: supportedCrsUris,
      collections: described,
    })
  })

  router.get('/collections/:collectionId', async (req, res) => {
    const collection = requireCollection(req)
    rejectUnknownParams(req.query, ['f'])
    const format = outputFormat(req)
    const described = await describeCollection(req, collection)
    if (format === 'html') sendText(req, res, MEDIA.html, collectionHtml(baseUrl(req), described))
    else sendJson(req, res, MEDIA.json, described)
  })

  router.get('/collections/:collectionId/items', async (req, res) => {
    const collection = requireCollection(req)
    rejectUnknownParams(req.query, itemsParamNames(collection))
    const format = outputFormat(req, ['json', 'geojson'])
    const query = parseItemsParams(req.query, Boolean(collection.time))
    const { features, numberMatched } = await queryItems(db, collection, settings, { ...query, municipality: scopeOf(req.auth) })
    const links = (linkFormat: OutputFormat) => pageLinks(baseUrl(req), collection, query, numberMatched, linkFormat)
    res.set('Content-Crs', `<${query.crs.uri}>`)
    if (format === 'html') {
      const itemsUrl = `${baseUrl(req)}/ogc/collections/${collection.id}/items`
      sendText(req, res, MEDIA.html, itemsHtml(baseUrl(req), {
        collection: { id: collection.id, title: collection.title.sv, title_en: collection.title.en },
        features: features.map((text) => JSON.parse(text) as HtmlFeature),
        numberMatched,
        offset: query.offset,
        crsLabel: query.crs.label,
        links: links('html'),
        jsonHref: urlWith(itemsUrl, [...pageQuery(query, query.offset), ['f', 'json']]),
      }))
      return
    }
    // The features arrive as JSON text from the database and go out as they are.
    const head = `{"type":"FeatureCollection","features":[${features.join(',')}],"numberMatched":${numberMatched},"numberReturned":${features.length}`
    const tail = `"links":${JSON.stringify(links('json'))}}`
    // timeStamp changes every time; the ETag is of the rest, so an unchanged page still answers 304.
    res.set('ETag', `W/"${createHash('sha1').update(head).update(tail).digest('base64url')}"`)
    sendText(req, res, MEDIA.geojson, `${head},"timeStamp":"${new Date().toISOString()}",${tail}`)
  })

  router.get('/collections/:collectionId/items/:featureId', async (req, res) => {
    const collection = requireCollection(req)
    rejectUnknownParams(req.query, ['f', 'crs'])
    const format = outputFormat(req, ['json', 'geojson'])
    const crs = req.query.crs === undefined ? parseCrs('crs', CRS84) : parseCrs('crs', req.query.crs)
    const { featureId } = req.params
    if (!featureId || !isValidFeatureId(collection, featureId)) {
      throw badRequest(
        'invalid_feature_id',
        `"${featureId}" är inget giltigt id i ${collection.id}.`,
        `"${featureId}" is not a valid id in ${collection.id}.`,
      )
    }
    const feature = await queryItem(db, collection, settings, featureId, crs, scopeOf(req.auth))
    if (!feature) {
      throw notFound('feature_not_found', `Objekt ${featureId} finns inte i ${collection.id}.`, `Feature ${featureId} does not exist in ${collection.id}.`)
    }
    const base = `${baseUrl(req)}/ogc/collections/${collection.id}`
    const crsQuery: [string, string][] = req.query.crs === undefined ? [] : [['crs', crs.uri]]
    const itemUrl = (f: string) => urlWith(`${base}/items/${featureId}`, [...crsQuery, ['f', f]])
    res.set('Content-Crs', `<${crs.uri}>`)
    if (format === 'html') {
      const names = { id: collection.id, title: collection.title.sv, title_en: collection.title.en }
      sendText(req, res, MEDIA.html, itemHtml(baseUrl(req), names, feature as HtmlFeature, crs.label, itemUrl('json')))
      return
    }
    sendJson(req, res, MEDIA.geojson, {
      ...feature,
      links: [
        link(itemUrl('json'), 'self', MEDIA.geojson, 'Objektet / This feature'),
        link(itemUrl('html'), 'alternate', MEDIA.html, 'Objektet som HTML / This feature as HTML'),
        link(`${base}?f=json`, 'collection', MEDIA.json, collection.title.sv),
      ],
    })
  })

  router.get('/collections/:collectionId/download', async (req, res) => {
    const collection = requireCollection(req)
    rejectUnknownParams(req.query, downloadParamNames(collection))
    const format = req.query.format === undefined ? downloadFormats[0] : findDownloadFormat(String(req.query.format))
    if (!format || Array.isArray(req.query.format)) {
      const names = downloadFormats.map((candidate) => candidate.name).join(', ')
      throw badRequest('invalid_format', `format kan bara vara ${names}.`, `format can only be ${names}.`)
    }
    const filters = parseFeatureFilters(req.query, Boolean(collection.time))
    const layer: DownloadLayer = {
      name: collection.id,
      title: collection.title.sv,
      description: collection.description.sv,
      srid: filters.crs.srid,
      geometryType: collection.itemType,
    }
    const query = { ...filters, srid: filters.crs.srid, municipality: scopeOf(req.auth) }
    // A slot is taken before the rows are read: they and the file are what weigh (download-limiter.ts).
    const file = await downloadLimiter.run(async () =>
      format.name === 'gpkg'
        ? await geoPackageFile(layer, await queryDownloadRows(db, collection, settings, 'gpkg', query))
        : format.name === 'csv'
          ? csvFile(layer, await queryDownloadRows(db, collection, settings, 'csv', query))
          : geoJsonFile(layer, await queryDownloadRows(db, collection, settings, 'geojson', query)),
    )
    setCaching(req, res)
    // The name is made of a collection id and a CRS label, never of request text, so it needs no escaping.
    res.set('Content-Disposition', `attachment; filename="${collection.id}-${filters.crs.label}.${format.extension}"`)
    res.type(format.name === 'csv' ? `${format.mediaType}; charset=utf-8` : format.mediaType).send(file)
  })

  router.use((req, _res, next) => next(ogcNotFound(req.path)))
  router.use(ogcErrors(publicUrl))

  /** A collection the request may read: unknown is 404, staff-only without a session or token is 401. */
  function requireCollection(req: Request): CollectionDefinition {
    const id = req.params.collectionId
    const collection = typeof id === 'string' ? findCollection(id) : undefined
    if (!collection) {
      const known = visibleCollections(Boolean(req.auth)).map((candidate) => candidate.id).join(', ')
      throw notFound(
        'collection_not_found',
        `Samlingen "${id}" finns inte. Det finns: ${known}.`,
        `There is no collection "${id}". These exist: ${known}.`,
      )
    }
    if (collection.staffOnly && !req.auth) throw staffOnly(collection.id)
    return collection
  }

  async function describeCollection(req: Request, collection: CollectionDefinition): Promise<DescribedCollection> {
    const base = `${baseUrl(req)}/ogc/collections/${collection.id}`
    const extent = await queryExtent(db, collection, settings)
    return {
      id: collection.id,
      title: collection.title.sv,
      description: collection.description.sv,
      title_en: collection.title.en,
      description_en: collection.description.en,
      itemType: 'feature',
      geometryType: collection.itemType,
      staffOnly: Boolean(collection.staffOnly),
      crs: supportedCrsUris,
      storageCrs: STORAGE_CRS,
      extent: {
        spatial: { bbox: extent.bbox ? [extent.bbox] : [], crs: CRS84 },
        ...(extent.interval ? { temporal: { interval: [extent.interval], trs: 'http://www.opengis.net/def/uom/ISO-8601/0/Gregorian' } } : {}),
      },
      limits: { default: DEFAULT_LIMIT, maximum: MAX_LIMIT },
      links: [
        link(`${base}?f=json`, 'self', MEDIA.json, collection.title.sv),
        link(`${base}?f=html`, 'alternate', MEDIA.html, `${collection.title.sv} (HTML)`),
        link(`${base}/items?f=json`, 'items', MEDIA.geojson, collection.title.sv),
        link(`${base}/items?f=html`, 'items', MEDIA.html, `${collection.title.sv} (HTML)`),
        ...downloadFormats.map((format) =>
          link(`${base}/download?format=${format.name}`, 'enclosure', format.mediaType, `Ladda ner som ${format.label} / Download as ${format.label}`),
        ),
      ],
    } as DescribedCollection
  }

  return router
}

/** limit, offset and every filter the client gave, as it gave them, so each page reads the same set. */
function pageQuery(query: ItemsRequest, offset: number): [string, string][] {
  return [['limit', String(query.limit)], ['offset', String(offset)], ...query.carried]
}

function pageLinks(base: string, collection: CollectionDefinition, query: ItemsRequest, numberMatched: number, format: OutputFormat) {
  const itemsUrl = `${base}/ogc/collections/${collection.id}/items`
  const type = format === 'html' ? MEDIA.html : MEDIA.geojson
  const pageUrl = (offset: number, f: OutputFormat = format) => urlWith(itemsUrl, [...pageQuery(query, offset), ['f', f]])
  const links = [
    link(pageUrl(query.offset), 'self', type, 'Denna sida / This page'),
    format === 'html'
      ? link(pageUrl(query.offset, 'json'), 'alternate', MEDIA.geojson, 'Denna sida som GeoJSON / This page as GeoJSON')
      : link(pageUrl(query.offset, 'html'), 'alternate', MEDIA.html, 'Denna sida som HTML / This page as HTML'),
  ]
  if (query.offset + query.limit < numberMatched) {
    links.push(link(pageUrl(query.offset + query.limit), 'next', type, 'Nästa sida / Next page'))
  }
  if (query.offset > 0) {
    links.push(link(pageUrl(Math.max(0, query.offset - query.limit)), 'prev', type, 'Föregående sida / Previous page'))
  }
  links.push(link(`${base}/ogc/collections/${collection.id}?f=${format}`, 'collection', format === 'html' ? MEDIA.html : MEDIA.json, collection.title.sv))
  return links
}
