/** Marks the map's area on the page, so the details can be revealed together with it. */
export const mapAreaAttribute = 'data-map-area'

// Keep at least this much of the details visible below the map (heading and first rows).
const DETAILS_PEEK_PX = 140

/**
 * Scrolls the details of a chosen feature into view. When the map sits above the details (a
 * phone), the page scrolls to the map's top if the details' heading then still shows, so the
 * person sees both the feature on the map and its details; otherwise to the details themselves.
 */
export function revealDetails(section: HTMLElement) {
  const behavior: ScrollBehavior = window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth'
  const mapArea = document.querySelector(`[${mapAreaAttribute}]`)
  if (mapArea) {
    const map = mapArea.getBoundingClientRect()
    const details = section.getBoundingClientRect()
    const stacked = details.top >= map.bottom - 1
    if (stacked && details.top - map.top + DETAILS_PEEK_PX <= window.innerHeight) {
      window.scrollTo({ top: window.scrollY + map.top, behavior })
      return
    }
  }
  section.scrollIntoView({ block: 'nearest', behavior })
}
