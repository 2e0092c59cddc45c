/**
 * The rules for a report's photo before it is sent. The browser downscales it to a JPEG (which
 * also leaves out EXIF, GPS position and other metadata); the server decodes and re-encodes it
 * again anyway, so these checks only spare the resident a long wait for a refusal.
 */

/** The formats the server takes (it reads the file's content, not its name). */
export const acceptedPhotoTypes = ['image/jpeg', 'image/png', 'image/webp'] as const

/** For the file input's `accept`: phones then offer the camera and the photo library. */
export const photoAccept = acceptedPhotoTypes.join(',')

/** A camera's original may be large; it is only read here, never sent as it is. */
export const MAX_ORIGINAL_BYTES = 25 * 1024 * 1024

/** What is sent, decoded: under the server's limit of about 3 MB, with room to spare. */
export const MAX_SENT_BYTES = 2.5 * 1024 * 1024

/** The longest side sent; the server keeps no more than this either. */
export const MAX_SIDE_PX = 2000

/** JPEG qualities tried in turn until the photo is small enough. */
export const jpegQualities = [0.85, 0.72, 0.6, 0.45] as const

export type PhotoProblem = 'type' | 'tooLarge' | 'unreadable'

/** Why a chosen file cannot be used, or null when it can be read and downscaled. */
export function checkPhotoFile(file: { type: string; size: number }): PhotoProblem | null {
  if (!(acceptedPhotoTypes as readonly string[]).includes(file.type.toLowerCase())) return 'type'
  if (file.size > MAX_ORIGINAL_BYTES) return 'tooLarge'
  return null
}

/** The size to draw a photo at: its longest side at most `max`, never enlarged, whole pixels. */
export function scaledSize(width: number, height: number, max = MAX_SIDE_PX): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height))
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) }
}

/** The base64 part of a data: URL, which is what the API takes. */
export function base64FromDataUrl(dataUrl: string): string {
  const comma = dataUrl.indexOf(',')
  return comma >= 0 && dataUrl.slice(0, comma).endsWith(';base64') ? dataUrl.slice(comma + 1) : ''
}

/** How many bytes a base64 string decodes to. */
export function decodedBytes(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0
  return Math.floor((base64.length * 3) / 4) - padding
}

/** Megabytes in the reader's number format, for messages. */
export const megabytes = (bytes: number, locale: string) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(bytes / (1024 * 1024))
