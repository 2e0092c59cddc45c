import { useEffect, useRef } from 'react'

/** The id every page gives its h1, so focus lands on it after a change of page. */
export const pageHeadingId = 'page-heading'

/**
 * After a change of page inside the app, moves focus to the new page's heading, as a full page
 * load would put a screen reader at the top. The first load is left alone. A staff screen's code
 * arrives a moment after the change, so when its heading is not there yet, focus waits for it.
 */
export function useFocusOnNavigation(path: string) {
  const previous = useRef(path)
  useEffect(() => {
    if (previous.current === path) return
    previous.current = path
    const heading = shownHeading()
    if (heading) {
      heading.focus()
      return
    }
    const observer = new MutationObserver(() => {
      const arrived = shownHeading()
      if (!arrived) return
      observer.disconnect()
      arrived.focus()
    })
    observer.observe(document.body, { childList: true, subtree: true })
    return () => observer.disconnect()
  }, [path])
}

/**
 * The page heading being shown. While a staff screen's code loads, React keeps the previous page
 * in the document, hidden, so its heading is passed over.
 */
function shownHeading(): HTMLElement | undefined {
  return [...document.querySelectorAll<HTMLElement>(`#${pageHeadingId}`)].find((heading) => heading.getClientRects().length > 0)
}
