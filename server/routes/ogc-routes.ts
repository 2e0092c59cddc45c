import { Router } from 'express'
import type { Request, Response } from 'express'
import type { Database } from '../db/database.ts'
import { badRequest, notFound } from '../errors.ts'
import { collections, findCollection, isValidFeatureId } from '../ogc/collections.ts'
import type { CollectionDefinition, PublicSettings } from '../ogc/collections.ts'
import { queryExtent, queryItem, queryItems } from '../ogc/feature-queries.ts'
import type { ItemsQuery } from '../ogc/feature-queries.ts'
import { DEFAULT_LIMIT, MAX_LIMIT, parseItemsParams } from '../ogc/items-params.ts'
import { linkBase } from './request-origin.ts'

const CONFORMANCE = [
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
]

/** OGC API – Features, Part 1: every public layer of the map is a collection. */
export function ogcRoutes(db: Database, settings: PublicSettings, publicUrl: string | undefined): Router {
  const router = Router()
  const baseUrl = (req: Request) => linkBase(req, publicUrl)

  router.get('/', (req, res) => {
    const base = baseUrl(req)
    sendJson(res, 'application/json', {
      title: 'Trygghetskartan Kristinehamn',
      description:
        'Öppna data om trygghetsarbetet i Kristinehamn: grannsamverkan, trygghetsvandringar, rapporter och åtgärder.',
      links: [
        link(`${base}/ogc`, 'self', 'application/json', 'Startsida / Landing page'),
        link(`${base}/ogc/conformance`, 'conformance', 'application/json', 'Conformance'),
        link(`${base}/ogc/collections`, 'data', 'application/json', 'Collections'),
      ],
    })
  })

  router.get('/conformance', (_req, res) => {
    sendJson(res, 'application/json', { conformsTo: CONFORMANCE })
  })

  router.get('/collections', async (req, res) => {
    const described = await Promise.all(collections.map((collection) => describeCollection(req, collection)))
    sendJson(res, 'application/json', {
      links: [link(`${baseUrl(req)}/ogc/collections`, 'self', 'application/json', 'Collections')],
      collections: described,
    })
  })

  router.get('/collections/:collectionId', async (req, res) => {
    sendJson(res, 'application/json', await describeCollection(req, requireCollection(req.params.collectionId)))
  })

  router.get('/collections/:collectionId/items', async (req, res) => {
    const collection = requireCollection(req.params.collectionId)
    requireJsonFormat(req)
    const query = parseItemsParams(req.query)
    const { features, numberMatched } = await queryItems(db, collection, settings, query)
    // The features arrive as JSON text from the database and go out as they are.
    const rest = JSON.stringify({ numberMatched, numberReturned: features.length, links: pageLinks(baseUrl(req), collection, query, numberMatched) })
    sendJsonText(res, 'application/geo+json', `{"type":"FeatureCollection","features":[${features.join(',')}],${rest.slice(1)}`)
  })

  router.get('/collections/:collectionId/items/:featureId', async (req, res) => {
    const collection = requireCollection(req.params.collectionId)
    requireJsonFormat(req)
    const { featureId } = req.params
    if (!isValidFeatureId(collection, featureId)) {
      throw badRequest(
        'invalid_feature_id',
        `"${featureId}" är inget giltigt id i ${collection.id}.`,
        `"${featureId}" is not a valid id in ${collection.id}.`,
      )
    }
    const feature = await queryItem(db, collection, settings, featureId)
    if (!feature) {
      throw notFound('feature_not_found', `Objekt ${featureId} finns inte i ${collection.id}.`, `Feature ${featureId} does not exist in ${collection.id}.`)
    }
    const base = `${baseUrl(req)}/ogc/collections/${collection.id}`
    sendJson(res, 'application/geo+json', {
      ...feature,
      links: [
        link(`${base}/items/${featureId}`, 'self', 'application/geo+json', 'Objektet / This feature'),
        link(base, 'collection', 'application/json', collection.title.sv),
      ],
    })
  })

  async function describeCollection(req: Request, collection: CollectionDefinition) {
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
      crs: ['http://www.opengis.net/def/crs/OGC/1.3/CRS84'],
      extent: {
        spatial: { bbox: extent.bbox ? [extent.bbox] : [], crs: 'http://www.opengis.net/def/crs/OGC/1.3/CRS84' },
        ...(extent.interval ? { temporal: { interval: [extent.interval] } } : {}),
      },
      limits: { default: DEFAULT_LIMIT, maximum: MAX_LIMIT },
      links: [
        link(base, 'self', 'application/json', collection.title.sv),
        link(`${base}/items`, 'items', 'application/geo+json', collection.title.sv),
      ],
    }
  }

  return router
}

function requireCollection(id: string | undefined): CollectionDefinition {
  const collection = id ? findCollection(id) : undefined
  if (!collection) {
    const known = collections.map((candidate) => candidate.id).join(', ')
    throw notFound(
      'collection_not_found',
      `Samlingen "${id}" finns inte. Det finns: ${known}.`,
      `There is no collection "${id}". These exist: ${known}.`,
    )
  }
  return collection
}

function requireJsonFormat(req: Request) {
  const format = req.query.f
  if (format !== undefined && format !== 'json' && format !== 'geojson') {
    throw badRequest('invalid_format', 'f kan bara vara json eller geojson.', 'f can only be json or geojson.')
  }
}

function pageLinks(base: string, collection: CollectionDefinition, query: ItemsQuery, numberMatched: number) {
  const itemsUrl = `${base}/ogc/collections/${collection.id}/items`
  const pageUrl = (offset: number) => {
    const params = new URLSearchParams({ limit: String(query.limit), offset: String(offset) })
    if (query.bbox) params.set('bbox', query.bbox.join(','))
    return `${itemsUrl}?${params}`
  }
  const links = [link(pageUrl(query.offset), 'self', 'application/geo+json', 'Denna sida / This page')]
  if (query.offset + query.limit < numberMatched) {
    links.push(link(pageUrl(query.offset + query.limit), 'next', 'application/geo+json', 'Nästa sida / Next page'))
  }
  if (query.offset > 0) {
    links.push(link(pageUrl(Math.max(0, query.offset - query.limit)), 'prev', 'application/geo+json', 'Föregående sida / Previous page'))
  }
  links.push(link(`${base}/ogc/collections/${collection.id}`, 'collection', 'application/json', collection.title.sv))
  return links
}

function link(href: string, rel: string, type: string, title: string) {
  return { href, rel, type, title }
}

function sendJson(res: Response, contentType: string, body: unknown) {
  sendJsonText(res, contentType, JSON.stringify(body))
}

/**
 * Public data may change at any time, so clients revalidate every time; Express adds the ETag
 * and answers a matching If-None-Match with 304.
 */
function sendJsonText(res: Response, contentType: string, text: string) {
  res.set('Cache-Control', 'public, no-cache')
  res.type(contentType).send(text)
}
