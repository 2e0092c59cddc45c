/** History API routing without a router library: the path is the state, `popstate` is the signal. */
const changeEvent = 'trygghetskartan:navigate'

export function currentPath(): string {
  return window.location.pathname
}

/** The query string, with its `?`, or '' (filters that should survive a reload or a shared link). */
export function currentSearch(): string {
  return window.location.search
}

export function subscribeToPath(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange)
  window.addEventListener(changeEvent, onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(changeEvent, onChange)
  }
}

/** Goes to a path inside the app, which may carry a query (`/admin/logg?typ=user`). */
export function navigate(path: string, options: { replace?: boolean } = {}) {
  if (path === currentPath() + currentSearch()) return
  if (options.replace) window.history.replaceState(null, '', path)
  else window.history.pushState(null, '', path)
  window.scrollTo(0, 0)
  window.dispatchEvent(new Event(changeEvent))
}
