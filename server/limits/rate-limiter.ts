/**
 * Fixed-window rate limits counted in the database, so every server process on one database
 * shares the count. A request over the limit gets 429 with Retry-After.
 */
import type { RateLimit } from '../config.ts'
import type { Queryable } from '../db/database.ts'
import { AppError } from '../errors.ts'

export async function countRequest(db: Queryable, bucket: string, limit: RateLimit): Promise<void> {
  const windowSeconds = limit.windowMinutes * 60
  const [row] = await db.query<{ hits: number; retry_after: number }>(
    `INSERT INTO rate_limit_counter AS c (bucket, window_start, hits)
     VALUES ($1, to_timestamp(floor(extract(epoch FROM now()) / $2) * $2), 1)
     ON CONFLICT (bucket, window_start) DO UPDATE SET hits = c.hits + 1
     RETURNING hits, ceil(extract(epoch FROM c.window_start - now()) + $2)::integer AS retry_after`,
    [bucket, windowSeconds],
  )
  if (!row) throw new Error('rate limit counter returned no row')
  // The first hit of a window is a good moment to forget old windows (no limit spans a day).
  if (row.hits === 1) await db.query(`DELETE FROM rate_limit_counter WHERE window_start < now() - interval '1 day'`)
  if (row.hits > limit.max) {
    const minutes = Math.max(1, Math.ceil(row.retry_after / 60))
    throw new AppError(
      429,
      'too_many_requests',
      `För många försök. Vänta ${minutes} min och försök igen.`,
      `Too many attempts. Wait ${minutes} min and try again.`,
      { retryAfterSeconds: Math.max(1, row.retry_after) },
    )
  }
}
