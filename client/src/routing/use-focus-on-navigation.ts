import { useEffect, useRef } from 'react'

/** The id every page gives its h1, so focus lands on it after a change of page. */
export const pageHeadingId = 'page-heading'

/**
 * After a change of page inside the app, moves focus to the new page's heading, as a full page
 * load would put a screen reader at the top. The first load is left alone.
 */
export function useFocusOnNavigation(path: string) {
  const previous = useRef(path)
  useEffect(() => {
    if (previous.current === path) return
    previous.current = path
    document.getElementById(pageHeadingId)?.focus()
  }, [path])
}
