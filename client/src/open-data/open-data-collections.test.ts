import { describe, expect, it } from 'vitest'
import { ApiError } from '../data/api-client.ts'
import type { FormatContext } from '../features/translate.ts'
import { loadErrorMessage, ogcError, readCollection } from './open-data-collections.ts'

const context = (language: 'sv' | 'en'): FormatContext => ({
  language,
  t: (key, options) => (options ? `${key} ${JSON.stringify(options)}` : key),
})
const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } })

describe('readCollection', () => {
  it('reads the fields the page shows from an OGC collection', () => {
    const collection = {
      id: 'safety-walks',
      title: 'Trygghetsvandringar',
      title_en: 'Safety walks',
      description: 'Rutterna.',
      description_en: 'The routes.',
      itemType: 'feature',
      geometryType: 'LineString',
      staffOnly: false,
      extent: { spatial: { bbox: [[14, 59, 14.2, 59.4]] }, temporal: { interval: [['2024-05-01T16:00:00Z', null]] } },
      links: [
        { href: 'http://x.example/ogc/collections/safety-walks?f=json', rel: 'self', type: 'application/json' },
        { href: 'http://x.example/ogc/collections/safety-walks?f=html', rel: 'alternate', type: 'text/html' },
      ],
    }
    expect(readCollection(collection)).toEqual([
      {
        id: 'safety-walks',
        title: { sv: 'Trygghetsvandringar', en: 'Safety walks' },
        description: { sv: 'Rutterna.', en: 'The routes.' },
        geometryType: 'LineString',
        interval: ['2024-05-01T16:00:00Z', null],
        staffOnly: false,
        htmlHref: 'http://x.example/ogc/collections/safety-walks?f=html',
      },
    ])
  })

  it('falls back to the Swedish text, the id and a generic geometry where fields are missing', () => {
    expect(readCollection({ id: 'staff-reports', title: 'Alla rapporter', geometryType: 'Curve', staffOnly: true })).toEqual([
      {
        id: 'staff-reports',
        title: { sv: 'Alla rapporter', en: 'Alla rapporter' },
        description: { sv: '', en: '' },
        geometryType: 'Geometry',
        interval: null,
        staffOnly: true,
        htmlHref: null,
      },
    ])
    expect(readCollection({ id: 'x' })[0]!.title).toEqual({ sv: 'x', en: 'x' })
  })

  it('leaves out what is no collection', () => {
    expect([null, 'reports', {}, { id: '' }, { id: 3 }].flatMap(readCollection)).toEqual([])
  })
})

describe('the page\'s load error', () => {
  const shown = (status: number, body: unknown, language: 'sv' | 'en' = 'sv') => loadErrorMessage(ogcError(answer(status, body), body), context(language))

  it('shows the Swedish or English text of an OGC error with our envelope beside it', () => {
    const body = {
      code: 'bad_request',
      description: 'The request could not be read.',
      error: { code: 'bad_request', message: 'The request could not be read.', message_sv: 'Begäran kunde inte läsas.' },
      requestId: 'r1',
    }
    expect(shown(400, body)).toBe('Begäran kunde inte läsas.')
    expect(shown(400, body, 'en')).toBe('The request could not be read.')
    expect(ogcError(answer(400, body), body)).toMatchObject({ status: 400, code: 'bad_request', requestId: 'r1' })
  })

  it('shows the description of an error in the standard\'s shape alone, not "something went wrong"', () => {
    const body = { code: 'NoApplicableCode', description: 'The backend is down for maintenance.' }
    const error = ogcError(answer(503, body, { 'Retry-After': '30' }), body)
    expect(error).toMatchObject({ status: 503, code: 'NoApplicableCode', messageEn: body.description, messageSv: body.description, retryAfterSeconds: 30 })
    expect(shown(503, body)).toBe('The backend is down for maintenance.')
  })

  it('names the status when the answer has no text at all (a proxy\'s page), and the network when none came', () => {
    expect(shown(502, '<html>Bad gateway</html>')).toBe('openData.loadErrorStatus {"status":502}')
    expect(shown(500, null)).toBe('openData.loadErrorStatus {"status":500}')
    expect(loadErrorMessage(new ApiError(0, 'network_error', '', ''), context('sv'))).toBe('errors.network')
    expect(loadErrorMessage(new Error('x'), context('sv'))).toBe('errors.unknown')
  })
})
