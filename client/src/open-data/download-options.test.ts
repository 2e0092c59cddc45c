import { describe, expect, it } from 'vitest'
import { supportedCrs } from '../../../server/ogc/crs.ts'
import { downloadFormats as serverFormats } from '../../../server/ogc/download/download-formats.ts'
import { downloadSrids } from '../../../server/ogc/download/download-layer.ts'
import { downloadCrss, downloadFormats, downloadPath } from './download-options.ts'

describe('download options', () => {
  it('offer exactly the CRSs a download may be in, by URIs the server knows', () => {
    const srids = downloadCrss.map(({ uri }) => supportedCrs.find((crs) => crs.uri === uri)?.srid)
    expect(srids).toEqual([...downloadSrids])
  })

  it('offer exactly the formats the download route writes', () => {
    expect([...downloadFormats]).toEqual(serverFormats.map((format) => format.name))
  })

  it('build the download address with the CRS URI encoded', () => {
    expect(downloadPath('walk-observations', 'gpkg', 'sweref991330')).toBe(
      '/ogc/collections/walk-observations/download?format=gpkg&crs=http%3A%2F%2Fwww.opengis.net%2Fdef%2Fcrs%2FEPSG%2F0%2F3008',
    )
    const url = new URL(downloadPath('reports', 'csv', 'crs84'), 'http://example.org')
    expect(url.searchParams.get('crs')).toBe('http://www.opengis.net/def/crs/OGC/1.3/CRS84')
    expect(url.searchParams.get('format')).toBe('csv')
  })

  it('keeps an odd collection id inside its path segment', () => {
    expect(downloadPath('a/b?c', 'geojson', 'sweref99tm')).toMatch(/^\/ogc\/collections\/a%2Fb%3Fc\/download\?/)
  })
})
