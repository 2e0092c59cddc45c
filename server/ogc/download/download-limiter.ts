import { AppError } from '../../errors.ts'

/** How many downloads are built at once; one more is refused with this wait. */
export const MAX_DOWNLOADS_AT_ONCE = 2
export const DOWNLOAD_RETRY_SECONDS = 5

/**
 * At most a few download files built at once. A whole collection has no size cap, and its
 * GeoPackage is built synchronously in WebAssembly (1.4–2.2 s for 100,000 rows): a handful of
 * parallel downloads would hold the event loop and stall every other request. One more is not
 * queued but refused at once with 503 and Retry-After, so a client tries again in a moment and
 * nothing piles up in memory. The cap is per process: `downloadLimiter` below is the one every
 * app in the process shares (the files are built on the process's one event loop).
 */
export class DownloadLimiter {
  private running = 0

  constructor(private readonly maxAtOnce = MAX_DOWNLOADS_AT_ONCE) {}

  /** How many downloads are being built now. */
  get active(): number {
    return this.running
  }

  /** Runs `build` in a free slot, or throws a 503 when every slot is taken; the slot is freed however it ends. */
  async run<T>(build: () => Promise<T>): Promise<T> {
    if (this.running >= this.maxAtOnce) throw downloadsBusy(this.maxAtOnce)
    this.running++
    try {
      return await build()
    } finally {
      this.running--
    }
  }
}

/** The process's one limiter, for the download route. */
export const downloadLimiter = new DownloadLimiter()

const downloadsBusy = (max: number) =>
  new AppError(
    503,
    'downloads_busy',
    `Servern bygger redan ${max} nedladdningar just nu. Försök igen om ${DOWNLOAD_RETRY_SECONDS} sekunder.`,
    `The server is already building ${max} downloads. Try again in ${DOWNLOAD_RETRY_SECONDS} seconds.`,
    { retryAfterSeconds: DOWNLOAD_RETRY_SECONDS },
  )
