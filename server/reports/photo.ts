/**
 * Photos sent with reports. Every photo is decoded and re-encoded as a JPEG by sharp (libvips):
 * that proves it is an image, turns it upright, bounds its size, and writes none of the original's
 * metadata (EXIF with GPS position, camera serial numbers, XMP, comments). Photos are stored in the
 * database (report_photo) so that a report and its photo are saved in one transaction and one
 * backup holds both.
 */
import sharp from 'sharp'
import { invalidInput, notFound } from '../errors.ts'
import type { ApiFile } from '../routes/api-route.ts'

/** The longest side kept; larger photos are scaled down. */
const MAX_SIDE = 2000
/** Refuse images whose pixels alone would take too much memory to decode (a "decompression bomb"). */
const MAX_PIXELS = 40_000_000
const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp'])

export interface PreparedPhoto {
  content: Buffer
  width: number
  height: number
}

export async function preparePhoto(base64: string, maxKilobytes: number, field = 'photo'): Promise<PreparedPhoto> {
  const input = Buffer.from(base64, 'base64')
  if (input.length > maxKilobytes * 1024) {
    const megabytes = (maxKilobytes / 1024).toLocaleString('sv-SE', { maximumFractionDigits: 1 })
    throw photoProblem(
      field,
      `The photo is too large: at most ${megabytes} MB.`,
      `Bilden är för stor: högst ${megabytes} MB.`,
    )
  }
  try {
    const image = sharp(input, { limitInputPixels: MAX_PIXELS, failOn: 'error' })
    // Only photo formats: no SVG (a document that could point elsewhere), no multi-page formats.
    const { format } = await image.metadata()
    if (!ACCEPTED_FORMATS.has(format)) throw new Error(`format ${format}`)
    const { data, info } = await image
      .rotate()
      .resize({ width: MAX_SIDE, height: MAX_SIDE, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 80, mozjpeg: true })
      .toBuffer({ resolveWithObject: true })
    return { content: data, width: info.width, height: info.height }
  } catch {
    throw photoProblem(
      field,
      'The file is not an image we can read. Send a photo in JPEG, PNG or WebP format.',
      'Filen är ingen bild som går att läsa. Skicka ett foto i formatet JPEG, PNG eller WebP.',
    )
  }
}

const photoProblem = (field: string, message: string, sv: string) => invalidInput([{ field, message, message_sv: sv }])

/** A stored photo to send, or a 404 when there is none the asker may see. */
export function photoFile(content: Uint8Array | undefined): ApiFile {
  if (!content) throw notFound('photo_not_found', 'Det finns ingen bild att visa.', 'There is no photo to show.')
  return { contentType: 'image/jpeg', content: Buffer.from(content) }
}
