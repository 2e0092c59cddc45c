/**
 * An Atom feed (RFC 4287) of the public status changes of reports, for the whole municipality or
 * for one box. Places are the coarsened grid points the open map shows, and the box is matched
 * against those, so a small box tells no more than the map does.
 */
import type { Queryable } from '../db/database.ts'
import { badRequest } from '../errors.ts'
import { PUBLIC_STATUSES_SQL, publicDescription } from './report-visibility.ts'
import { coarsenedPoint } from './coarse-location.ts'
import { categoryLabels, statusLabels } from './report-labels.ts'
import type { ReportCategory, ReportStatus } from '../shared/api/report-schemas.ts'

const FEED_LENGTH = 50

interface FeedEntry {
  change_id: string
  report_id: number
  category: ReportCategory
  status: ReportStatus
  description: string
  answer: string
  reason: string
  changed_at: Date | string
  lon: number
  lat: number
}

export interface FeedSettings {
  gridMetres: number
  /** Where the app is reached, for the feed's links. */
  base: string
  /** The feed's own URL, as requested. */
  self: string
}

export async function reportFeed(db: Queryable, bbox: string | undefined, settings: FeedSettings): Promise<string> {
  const box = bbox === undefined ? null : parseBox(bbox)
  const entries = await db.query<FeedEntry>(
    `WITH box AS (SELECT ST_MakeEnvelope(($2::float8[])[1], ($2::float8[])[2], ($2::float8[])[3], ($2::float8[])[4], 4326) AS wgs84),
     change AS (
       SELECT c.id AS change_id, c.report_id, c.status, c.answer, c.reason, c.changed_at,
              r.category, ${publicDescription('r')} AS description,
              ST_Transform(${coarsenedPoint('r.geom', '$1::double precision')}, 4326) AS place
         FROM report_status_change c JOIN report r ON r.id = c.report_id
        WHERE c.status IN ${PUBLIC_STATUSES_SQL} AND r.status IN ${PUBLIC_STATUSES_SQL}
          -- The box's reports are found through the spatial index first (a cell centre lies at
          -- most one cell from its exact point), then matched on their cells.
          AND ($2::float8[] IS NULL OR r.geom && (SELECT ST_Expand(ST_Transform(box.wgs84, 3006), $1) FROM box)))
     SELECT change_id::text, report_id, status, answer, reason, changed_at, category, description,
            round(ST_X(place)::numeric, 5)::float AS lon, round(ST_Y(place)::numeric, 5)::float AS lat
       FROM change
      WHERE $2::float8[] IS NULL OR ST_Intersects(place, (SELECT wgs84 FROM box))
      ORDER BY changed_at DESC, change_id DESC
      LIMIT ${FEED_LENGTH}`,
    [settings.gridMetres, box],
  )
  return atomDocument(entries, box, settings)
}

function parseBox(bbox: string): number[] {
  const box = bbox.split(',').map(Number)
  const [minLon = NaN, minLat = NaN, maxLon = NaN, maxLat = NaN] = box
  const valid = box.every(Number.isFinite) && minLon < maxLon && minLat < maxLat
    && minLon >= -180 && maxLon <= 180 && minLat >= -90 && maxLat <= 90
  if (!valid) {
    throw badRequest(
      'invalid_bbox',
      'Rutan ska anges som minLon,minLat,maxLon,maxLat i WGS84, med min mindre än max.',
      'Give the box as minLon,minLat,maxLon,maxLat in WGS84, with min less than max.',
    )
  }
  return box
}

function atomDocument(entries: FeedEntry[], box: number[] | null, settings: FeedSettings): string {
  const updated = entries[0] ? isoTime(entries[0].changed_at) : new Date(0).toISOString()
  const title = box ? 'Trygghetskartan: rapporter i ett utvalt område' : 'Trygghetskartan: rapporter i Kristinehamns kommun'
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:georss="http://www.georss.org/georss" xml:lang="sv">
  <title>${escapeXml(title)}</title>
  <subtitle>Nya och ändrade statusar för rapporterade otrygga platser. Platserna är avrundade till ett rutnät.</subtitle>
  <id>${escapeXml(settings.self)}</id>
  <link rel="self" type="application/atom+xml" href="${escapeXml(settings.self)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(`${settings.base}/`)}"/>
  <updated>${updated}</updated>
  <author><name>Kristinehamns kommun</name></author>
${entries.map((entry) => atomEntry(entry, settings.base)).join('\n')}
</feed>
`
}

function atomEntry(entry: FeedEntry, base: string): string {
  const text = [entry.description, entry.answer && `Kommunens svar: ${entry.answer}`, entry.reason && `Skäl: ${entry.reason}`]
    .filter(Boolean)
    .join('\n\n')
  return `  <entry>
    <id>urn:trygghetskartan:report:${entry.report_id}:change:${entry.change_id}</id>
    <title>${escapeXml(`Rapport ${entry.report_id}: ${categoryLabels[entry.category]} – ${statusLabels[entry.status]}`)}</title>
    <updated>${isoTime(entry.changed_at)}</updated>
    <link rel="alternate" type="text/html" href="${escapeXml(`${base}/`)}"/>
    <content type="text">${escapeXml(text || statusLabels[entry.status])}</content>
    <georss:point>${entry.lat} ${entry.lon}</georss:point>
  </entry>`
}

const isoTime = (value: Date | string) => new Date(value).toISOString()

/** Text in XML: the five special characters escaped, and characters XML 1.0 forbids left out. */
export function escapeXml(text: string): string {
  return [...text]
    .filter(allowedInXml)
    .join('')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c)
}

/** XML 1.0 allows tab, line feed and carriage return among the control characters, and neither U+FFFE nor U+FFFF. */
function allowedInXml(character: string): boolean {
  const code = character.codePointAt(0) ?? 0
  return code >= 0x20 ? code !== 0xfffe && code !== 0xffff : code === 0x09 || code === 0x0a || code === 0x0d
}
