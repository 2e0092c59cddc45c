/**
 * Downscales a chosen photo in the browser: drawn on a canvas at most 2000 px wide or high and
 * saved as JPEG. A canvas keeps only pixels, so the EXIF block (GPS position, time, camera) is
 * left behind; `imageOrientation: 'from-image'` keeps a portrait photo upright without it.
 */
import { base64FromDataUrl, decodedBytes, jpegQualities, MAX_SENT_BYTES, scaledSize } from './photo-file.ts'

export interface PreparedPhoto {
  /** Base64 without a data: prefix, as the API takes it. */
  base64: string
  /** The same photo as a data: URL, for the preview. */
  previewUrl: string
  width: number
  height: number
}

/** Throws when the file cannot be decoded as an image or cannot be made small enough. */
export async function preparePhoto(file: Blob): Promise<PreparedPhoto> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' })
  try {
    const { width, height } = scaledSize(bitmap.width, bitmap.height)
    const canvas = document.createElement('canvas')
    canvas.width = width
    canvas.height = height
    const context = canvas.getContext('2d')
    if (!context) throw new Error('No 2D canvas')
    // A transparent PNG would turn black as JPEG: put it on white.
    context.fillStyle = '#ffffff'
    context.fillRect(0, 0, width, height)
    context.drawImage(bitmap, 0, 0, width, height)
    for (const quality of jpegQualities) {
      const previewUrl = canvas.toDataURL('image/jpeg', quality)
      const base64 = base64FromDataUrl(previewUrl)
      if (base64 && decodedBytes(base64) <= MAX_SENT_BYTES) return { base64, previewUrl, width, height }
    }
    throw new Error('The photo stays too large')
  } finally {
    bitmap.close()
  }
}
