import type { z } from 'zod'
import { invalidInput } from '../errors.ts'
import { fieldProblems } from './field-problems.ts'

/**
 * Checks a payload against its schema. `reportInput` keeps the offending value on each issue, which
 * is how a missing field ("required") is told apart from one of the wrong type.
 */
export const checkInput = <Schema extends z.ZodType>(schema: Schema, input: unknown) =>
  schema.safeParse(input, { reportInput: true })

/** The payload, typed, or a 400 listing each problem. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const result = checkInput(schema, input)
  if (!result.success) throw invalidInput(fieldProblems(result.error.issues))
  return result.data
}
