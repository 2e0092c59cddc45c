import type { Queryable } from '../db/database.ts'

/** How long a query waits for more requests to join it, when none is under way, before it is sent. */
const GATHER_MS = 1

/** Every layer's version, as the tile routes hand it out (`?v=`, ETag, TileJSON). */
export type LayerVersionMap = ReadonlyMap<string, string>

/**
 * Reads the layers' versions (data/migrations/009_tile_versions.sql) for every tile request, so
 * that all server processes on one database agree on them the moment a write commits. It costs
 * one query for all layers, shared by the requests waiting for it: a request joins the next query
 * that has not been sent yet, never one already under way, since a query sent before the request
 * arrived may not see a write its client has just been told is done (a browser that saved a
 * report must not get the tile from before). While a query is under way the next one waits for
 * it, gathering every request that arrives meanwhile; with none under way, a query waits a
 * millisecond for more. So a burst costs a query per millisecond it lasts at most, and a steady
 * stream one query per round trip.
 *
 * `suffix` is added to every version: what else changes a tile (the app's version, settings),
 * so a browser's cached tile never outlives a change of those either.
 */
export class LayerVersions {
  private inFlight: Promise<unknown> | undefined
  private next: Promise<LayerVersionMap> | undefined

  constructor(
    private readonly db: Queryable,
    private readonly suffix: string,
  ) {}

  /** The layer's current version; '0' for a layer that has no row yet (nothing written since 009). */
  async of(layer: string): Promise<string> {
    return (await this.all()).get(layer) ?? `0-${this.suffix}`
  }

  all(): Promise<LayerVersionMap> {
    this.next ??= this.sendAfter(this.inFlight)
    return this.next
  }

  private async sendAfter(previous: Promise<unknown> | undefined): Promise<LayerVersionMap> {
    if (previous) {
      // The requests that came while it ran have gathered already.
      await previous.catch(() => undefined)
      await new Promise((resolve) => setImmediate(resolve))
    } else {
      // A moment for the requests of a burst to join: they arrive over several turns of the event
      // loop, and the embedded database answers within one, so no query is under way to gather them.
      await new Promise((resolve) => setTimeout(resolve, GATHER_MS))
    }
    this.next = undefined
    const query = this.db.query<{ layer: string; version: number | string }>('SELECT layer, version FROM tile_layer_version')
    this.inFlight = query
    try {
      const rows = await query
      return new Map(rows.map((row) => [row.layer, `${row.version}-${this.suffix}`]))
    } finally {
      if (this.inFlight === query) this.inFlight = undefined
    }
  }
}
