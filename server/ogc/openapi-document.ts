import { SESSION_COOKIE } from '../auth/session-cookie.ts'
import type { CollectionDefinition } from './collections.ts'
import { CRS84, STORAGE_CRS, supportedCrsUris } from './crs.ts'
import { downloadFormats } from './download/download-formats.ts'
import { DEFAULT_LIMIT, MAX_LIMIT } from './items-params.ts'

type Json = Record<string, unknown>

/**
 * The OpenAPI 3.0 definition of the API, built from the collections the request may see: one
 * path per collection, each with exactly the parameters it takes (GDAL's OAPIF driver reads the
 * items path's `limit` maximum and parameters from here). Parameters are written out in each path,
 * not by $ref, so simple readers find them too.
 */
export function openApiDocument(baseUrl: string, collections: readonly CollectionDefinition[]): Json {
  const paths: Json = {
    '/': { get: operation('getLandingPage', 'Startsida / Landing page', ['Capabilities'], [formatParam(['json', 'html'])], ok('landingPage')) },
    '/conformance': {
      get: operation('getConformanceDeclaration', 'Vilka standarder API:t följer / Conformance classes', ['Capabilities'], [formatParam(['json', 'html'])], ok('confClasses')),
    },
    '/api': {
      get: operation('getApiDescription', 'Detta dokument / This document (OpenAPI 3.0)', ['Capabilities'], [formatParam(['json', 'html'])], {
        200: { description: 'OpenAPI 3.0', content: { 'application/vnd.oai.openapi+json;version=3.0': { schema: { type: 'object' } }, 'text/html': {} } },
      }),
    },
    '/collections': {
      get: operation('getCollections', 'Samlingarna / The collections', ['Capabilities'], [formatParam(['json', 'html'])], ok('collections')),
    },
  }
  for (const collection of collections) Object.assign(paths, collectionPaths(collection))
  return {
    openapi: '3.0.3',
    info: {
      title: 'Trygghetskartan Kristinehamn – OGC API – Features',
      description:
        'Öppna data om trygghetsarbetet i Kristinehamn. / Open data on safety work in Kristinehamn. ' +
        `Koordinater i CRS84 om inte crs anges; EPSG:4326 är lat,lon och EPSG:3006/3008 nord,öst (Part 2). / Coordinates in CRS84 unless crs is given; EPSG:4326 is lat,lon and EPSG:3006/3008 northing,easting (Part 2).`,
      version: '1.0.0',
      license: { name: 'CC0 1.0 (exempeldata / example data)', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
    },
    servers: [{ url: `${baseUrl}/ogc` }],
    tags: [
      { name: 'Capabilities', description: 'Om API:t / About the API' },
      { name: 'Data', description: 'Objekt / Features' },
    ],
    paths,
    components: { schemas, responses: errorResponses, securitySchemes },
  }
}

function collectionPaths(collection: CollectionDefinition): Json {
  const id = collection.id
  const title = `${collection.title.sv} / ${collection.title.en}`
  const security = collection.staffOnly ? { security: [{ sessionCookie: [] }, { apiToken: [] }] } : {}
  const errors = collection.staffOnly ? ['400', '401', '404'] : ['400', '404']
  const filters = [bboxParam, crsParam('bbox-crs', 'Referenssystemet för bbox / The CRS of bbox'), ...(collection.time ? [datetimeParam] : [])]
  const contentCrs = { 'Content-Crs': { description: 'Svarets referenssystem / The CRS of the answer', schema: { type: 'string', enum: supportedCrsUris.map((uri) => `<${uri}>`) } } }
  return {
    [`/collections/${id}`]: {
      get: operation(`describeCollection_${id}`, title, ['Capabilities'], [formatParam(['json', 'html'])], ok('collection'), errors, security),
    },
    [`/collections/${id}/items`]: {
      get: operation(
        `getFeatures_${id}`,
        `${title}: objekt / features`,
        ['Data'],
        [
          limitParam,
          offsetParam,
          ...filters,
          crsParam('crs', 'Svarets referenssystem / The CRS of the answer'),
          formatParam(['json', 'geojson', 'html']),
        ],
        {
          200: {
            description: 'Objekten / The features',
            headers: contentCrs,
            content: { 'application/geo+json': { schema: { $ref: '#/components/schemas/featureCollectionGeoJSON' } }, 'text/html': {} },
          },
        },
        errors,
        security,
      ),
    },
    [`/collections/${id}/items/{featureId}`]: {
      get: operation(
        `getFeature_${id}`,
        `${title}: ett objekt / one feature`,
        ['Data'],
        [
          {
            name: 'featureId',
            in: 'path',
            required: true,
            description: 'Objektets id / The feature id',
            schema: collection.idType === 'code' ? { type: 'string', pattern: '^[0-9]{4}$' } : { type: 'integer', minimum: 1, maximum: 999999999 },
          },
          crsParam('crs', 'Svarets referenssystem / The CRS of the answer'),
          formatParam(['json', 'geojson', 'html']),
        ],
        {
          200: {
            description: 'Objektet / The feature',
            headers: contentCrs,
            content: { 'application/geo+json': { schema: { $ref: '#/components/schemas/featureGeoJSON' } }, 'text/html': {} },
          },
        },
        errors,
        security,
      ),
    },
    [`/collections/${id}/download`]: {
      get: operation(
        `download_${id}`,
        `${title}: hela samlingen som fil / the whole collection as a file (x = öst/lon först / easting/lon first)`,
        ['Data'],
        [
          {
            name: 'format',
            in: 'query',
            required: false,
            description: 'Filformat / File format',
            schema: { type: 'string', enum: downloadFormats.map((format) => format.name), default: 'geojson' },
          },
          crsParam('crs', 'Filens referenssystem / The CRS of the file'),
          ...filters,
        ],
        {
          200: {
            description: 'Filen / The file',
            content: Object.fromEntries(downloadFormats.map((format) => [format.mediaType, { schema: { type: 'string', format: 'binary' } }])),
          },
          503: {
            ...errorResponse('Servern bygger redan så många filer den kan; försök igen efter Retry-After / The server is building as many files as it can; try again after Retry-After'),
            headers: { 'Retry-After': { description: 'Sekunder / Seconds', schema: { type: 'integer' } } },
          },
        },
        errors,
        security,
      ),
    },
  }
}

function operation(operationId: string, summary: string, tags: string[], parameters: Json[], responses: Json, errors = ['400'], extra: Json = {}): Json {
  return {
    operationId,
    summary,
    tags,
    parameters,
    responses: { ...responses, ...Object.fromEntries(errors.map((status) => [status, { $ref: `#/components/responses/${status}` }])), 500: { $ref: '#/components/responses/500' } },
    ...extra,
  }
}

const ok = (schema: string) => ({
  200: { description: 'OK', content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } }, 'text/html': {} } },
})

const formatParam = (values: string[]) => ({
  name: 'f',
  in: 'query',
  required: false,
  description: 'Svarets format; utan f avgör Accept-huvudet / The format of the answer; without f the Accept header decides',
  schema: { type: 'string', enum: values },
})

const limitParam = {
  name: 'limit',
  in: 'query',
  required: false,
  style: 'form',
  explode: false,
  description: `Högst så många objekt per sida; över ${MAX_LIMIT} är ett fel / At most this many features per page; above ${MAX_LIMIT} is an error`,
  schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT },
}

const offsetParam = {
  name: 'offset',
  in: 'query',
  required: false,
  description: 'Hoppa över så många objekt (länken "next" gör det åt dig) / Skip this many features (the "next" link does it for you)',
  schema: { type: 'integer', minimum: 0, default: 0 },
}

const bboxParam = {
  name: 'bbox',
  in: 'query',
  required: false,
  style: 'form',
  explode: false,
  description:
    'Bara objekt i rutan, i bbox-crs axelordning: CRS84 minLon,minLat,maxLon,maxLat; EPSG:4326 minLat,minLon,maxLat,maxLon; EPSG:3006/3008 minNord,minÖst,maxNord,maxÖst. ' +
    '/ Only features in the box, in the axis order of bbox-crs: CRS84 minLon,minLat,maxLon,maxLat; EPSG:4326 minLat,minLon,maxLat,maxLon; EPSG:3006/3008 minNorthing,minEasting,maxNorthing,maxEasting.',
  schema: { type: 'array', minItems: 4, maxItems: 6, items: { type: 'number' } },
}

const datetimeParam = {
  name: 'datetime',
  in: 'query',
  required: false,
  style: 'form',
  explode: false,
  description:
    'En tidpunkt eller ett intervall (RFC 3339), .. för öppet slut; ett datum betyder hela dagen i svensk tid. ' +
    '/ An instant or an interval (RFC 3339), .. for an open end; a date means the whole day in Swedish time. ' +
    'Ex: 2024-05-01T12:00:00Z, 2024-01-01/2024-12-31, 2024-01-01T00:00:00Z/..',
  schema: { type: 'string' },
}

const crsParam = (name: string, description: string) => ({
  name,
  in: 'query',
  required: false,
  style: 'form',
  explode: false,
  description,
  schema: { type: 'string', format: 'uri', enum: supportedCrsUris, default: CRS84 },
})

const link = {
  type: 'object',
  required: ['href'],
  properties: { href: { type: 'string' }, rel: { type: 'string' }, type: { type: 'string' }, title: { type: 'string' } },
}

const schemas = {
  exception: {
    type: 'object',
    required: ['code'],
    properties: {
      code: { type: 'string' },
      description: { type: 'string' },
      error: {
        type: 'object',
        properties: { code: { type: 'string' }, message: { type: 'string' }, message_sv: { type: 'string' } },
      },
      requestId: { type: 'string' },
    },
  },
  link,
  landingPage: {
    type: 'object',
    required: ['links'],
    properties: { title: { type: 'string' }, description: { type: 'string' }, links: { type: 'array', items: { $ref: '#/components/schemas/link' } } },
  },
  confClasses: { type: 'object', required: ['conformsTo'], properties: { conformsTo: { type: 'array', items: { type: 'string' } } } },
  collections: {
    type: 'object',
    required: ['links', 'collections'],
    properties: {
      links: { type: 'array', items: { $ref: '#/components/schemas/link' } },
      crs: { type: 'array', items: { type: 'string' } },
      collections: { type: 'array', items: { $ref: '#/components/schemas/collection' } },
    },
  },
  collection: {
    type: 'object',
    required: ['id', 'links'],
    properties: {
      id: { type: 'string' },
      title: { type: 'string' },
      description: { type: 'string' },
      links: { type: 'array', items: { $ref: '#/components/schemas/link' } },
      extent: { type: 'object' },
      itemType: { type: 'string' },
      crs: { type: 'array', items: { type: 'string' } },
      storageCrs: { type: 'string', enum: [STORAGE_CRS] },
    },
  },
  featureCollectionGeoJSON: {
    type: 'object',
    required: ['type', 'features'],
    properties: {
      type: { type: 'string', enum: ['FeatureCollection'] },
      features: { type: 'array', items: { $ref: '#/components/schemas/featureGeoJSON' } },
      links: { type: 'array', items: { $ref: '#/components/schemas/link' } },
      timeStamp: { type: 'string', format: 'date-time' },
      numberMatched: { type: 'integer', minimum: 0 },
      numberReturned: { type: 'integer', minimum: 0 },
    },
  },
  featureGeoJSON: {
    type: 'object',
    required: ['type', 'geometry', 'properties'],
    properties: {
      type: { type: 'string', enum: ['Feature'] },
      geometry: { type: 'object', nullable: true },
      properties: { type: 'object', nullable: true },
      id: { oneOf: [{ type: 'string' }, { type: 'integer' }] },
      links: { type: 'array', items: { $ref: '#/components/schemas/link' } },
    },
  },
}

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/exception' } }, 'text/html': {} },
})

const errorResponses = {
  400: errorResponse('Felaktig begäran, t.ex. okänd parameter eller bbox utanför / Bad request, e.g. an unknown parameter or a bbox out of range'),
  401: errorResponse('Bara för personal: logga in eller skicka en API-nyckel / Staff only: log in or send an API token'),
  404: errorResponse('Finns inte / Not found'),
  500: errorResponse('Serverfel / Server error'),
}

const securitySchemes = {
  sessionCookie: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'Personalens inloggning / A staff session' },
  apiToken: { type: 'http', scheme: 'bearer', description: 'En API-nyckel från en administratör / An API token from an admin' },
}
