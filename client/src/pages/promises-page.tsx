/** Being built. */
export function PromisesPage() {
  return null
}
