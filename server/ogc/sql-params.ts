/** Collects query values and hands out their `$n` placeholders, so composed SQL never holds a value. */
export class SqlParams {
  readonly values: unknown[] = []

  add(value: unknown): string {
    this.values.push(value)
    return `$${this.values.length}`
  }
}
