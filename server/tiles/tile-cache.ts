/** What an entry costs beside its bytes: the key, the map's slot, the buffer's object. */
const ENTRY_OVERHEAD_BYTES = 200

/**
 * Built tiles kept in memory, least recently used out first, bounded by their size in bytes.
 * Keys hold the layer's version, so a write to a layer makes its old tiles unreachable: they are
 * never served again and age out as new ones come in.
 */
export class TileCache {
  private readonly entries = new Map<string, Uint8Array>()
  private used = 0

  constructor(readonly maxBytes: number) {}

  get(key: string): Uint8Array | undefined {
    const tile = this.entries.get(key)
    if (tile) {
      // Map keeps insertion order: moved to the end, it is the most recently used.
      this.entries.delete(key)
      this.entries.set(key, tile)
    }
    return tile
  }

  set(key: string, tile: Uint8Array): void {
    const cost = tile.byteLength + ENTRY_OVERHEAD_BYTES
    if (cost > this.maxBytes) return
    this.delete(key)
    this.entries.set(key, tile)
    this.used += cost
    for (const [oldest, oldTile] of this.entries) {
      if (this.used <= this.maxBytes) break
      this.entries.delete(oldest)
      this.used -= oldTile.byteLength + ENTRY_OVERHEAD_BYTES
    }
  }

  /** The bytes the entries take, as counted against `maxBytes`. */
  get bytes(): number {
    return this.used
  }

  get size(): number {
    return this.entries.size
  }

  private delete(key: string) {
    const tile = this.entries.get(key)
    if (!tile) return
    this.entries.delete(key)
    this.used -= tile.byteLength + ENTRY_OVERHEAD_BYTES
  }
}
