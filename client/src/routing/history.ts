/** History API routing without a router library: the path is the state, `popstate` is the signal. */
const changeEvent = 'trygghetskartan:navigate'

export function currentPath(): string {
  return window.location.pathname
}

export function subscribeToPath(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange)
  window.addEventListener(changeEvent, onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(changeEvent, onChange)
  }
}

export function navigate(path: string) {
  if (path === currentPath()) return
  window.history.pushState(null, '', path)
  window.scrollTo(0, 0)
  window.dispatchEvent(new Event(changeEvent))
}
