import type { z } from 'zod'
import { invalidInput } from '../errors.ts'
import { fieldProblems } from './field-problems.ts'

/** Checks a payload against its schema and returns it typed, or throws a 400 listing each problem. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const result = schema.safeParse(input)
  if (!result.success) throw invalidInput(fieldProblems(result.error.issues))
  return result.data
}
