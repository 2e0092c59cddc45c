/** Being built. */
export function PromiseEditingPage() {
  return null
}
