/** Unwraps a value that the generator's own tables guarantee; a miss means a bug, so it throws. */
export function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Demo data: missing ${what}`)
  return value
}
