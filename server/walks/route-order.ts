/**
 * The order to walk a set of places in: nearest neighbour from the start, then 2-opt (reversing
 * a stretch of the path while that makes it shorter). The path starts at the meeting point and
 * ends at the last place; it does not return. Distances come from the caller (PostGIS, in metres).
 */

/** `distance[i][j]` between points; point 0 is the start. Returns the visiting order of the others (indexes into the matrix). */
export function nearestNeighbourOrder(distance: readonly (readonly number[])[]): number[] {
  const left = new Set(distance.keys())
  left.delete(0)
  const order: number[] = []
  let at = 0
  while (left.size > 0) {
    let next = -1
    for (const candidate of left) {
      if (next === -1 || distance[at]![candidate]! < distance[at]![next]!) next = candidate
    }
    order.push(next)
    left.delete(next)
    at = next
  }
  return order
}

export function pathLength(distance: readonly (readonly number[])[], order: readonly number[]): number {
  let length = 0
  let at = 0
  for (const next of order) {
    length += distance[at]![next]!
    at = next
  }
  return length
}

/** Improves an open path from point 0 by 2-opt until no reversal shortens it. */
export function twoOpt(distance: readonly (readonly number[])[], start: readonly number[]): number[] {
  const path = [0, ...start]
  const d = (a: number, b: number) => distance[path[a]!]![path[b]!]!
  let improved = true
  while (improved) {
    improved = false
    for (let i = 0; i < path.length - 2; i++) {
      for (let k = i + 2; k < path.length; k++) {
        // Reverse path[i+1..k]: edges (i, i+1) and (k, k+1) become (i, k) and (i+1, k+1); the end has no k+1.
        const before = d(i, i + 1) + (k + 1 < path.length ? d(k, k + 1) : 0)
        const after = d(i, k) + (k + 1 < path.length ? d(i + 1, k + 1) : 0)
        if (after < before - 1e-9) {
          path.splice(i + 1, k - i, ...path.slice(i + 1, k + 1).reverse())
          improved = true
        }
      }
    }
  }
  return path.slice(1)
}
