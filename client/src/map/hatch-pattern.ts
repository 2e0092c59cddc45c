/**
 * A small tile of diagonal stripes, repeated by the map over areas that need an update. Stripes
 * tell those areas apart without colour (WCAG 1.4.1). Pixels are RGBA, row by row.
 */
export function hatchPattern(size: number, rgb: readonly [number, number, number], alpha = 200): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4)
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      // Two pixels wide, repeating every `size` pixels along the diagonal, so tiles join seamlessly.
      const onStripe = (x + y) % size < 2
      const offset = (y * size + x) * 4
      data[offset] = rgb[0]
      data[offset + 1] = rgb[1]
      data[offset + 2] = rgb[2]
      data[offset + 3] = onStripe ? alpha : 0
    }
  }
  return { width: size, height: size, data }
}

/**
 * Stripes both ways: the tätort's parts no active area covers. A cross, not a single diagonal, so
 * it is never mistaken for an area that needs an update, whatever colours a reader sees.
 */
export function crossHatchPattern(size: number, rgb: readonly [number, number, number], alpha = 170): { width: number; height: number; data: Uint8Array } {
  const tile = hatchPattern(size, rgb, alpha)
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      // The mirrored diagonal; joins the next tile as the first one does.
      if ((x - y + size) % size < 2) tile.data[(y * size + x) * 4 + 3] = alpha
    }
  }
  return tile
}

export const hexToRgb = (hex: string): [number, number, number] => {
  const value = Number.parseInt(hex.replace('#', ''), 16)
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255]
}
