/** Whether this browser can draw the map (WebGL 2, which MapLibre needs). */
export function supportsWebgl(): boolean {
  try {
    const canvas = document.createElement('canvas')
    return canvas.getContext('webgl2') !== null
  } catch {
    return false
  }
}
