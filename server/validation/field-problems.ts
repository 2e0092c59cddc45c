import type { z } from 'zod'
import type { FieldProblem } from '../errors.ts'

type Issue = z.core.$ZodIssue

/** Zod's issues (from `checkInput`) as problems a person can act on, in Swedish and English. */
export function fieldProblems(issues: readonly Issue[]): FieldProblem[] {
  return issues.flatMap((issue) => {
    const field = issue.path.map(String).join('.')
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: field ? `${field}.${key}` : key,
        message: 'This field is not expected here.',
        message_sv: 'Det här fältet hör inte hit.',
      }))
    }
    const { en, sv } = describe(issue)
    return [{ field, message: en, message_sv: sv }]
  })
}

const typeNames: Record<string, { sv: string; en: string }> = {
  string: { sv: 'text', en: 'text' },
  number: { sv: 'ett tal', en: 'a number' },
  int: { sv: 'ett heltal', en: 'a whole number' },
  boolean: { sv: 'sant eller falskt', en: 'true or false' },
  object: { sv: 'ett objekt', en: 'an object' },
  array: { sv: 'en lista', en: 'a list' },
  tuple: { sv: 'en lista', en: 'a list' },
}

function describe(issue: Issue): { sv: string; en: string } {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return { sv: 'Fältet måste fyllas i.', en: 'This field is required.' }
      const name = typeNames[issue.expected] ?? { sv: issue.expected, en: issue.expected }
      return { sv: `Ska vara ${name.sv}.`, en: `Must be ${name.en}.` }
    }
    case 'too_small':
      return issue.origin === 'string'
        ? { sv: `Minst ${issue.minimum} tecken.`, en: `At least ${issue.minimum} characters.` }
        : issue.origin === 'array'
          ? { sv: `Minst ${issue.minimum} delar.`, en: `At least ${issue.minimum} items.` }
          : { sv: `Minst ${issue.minimum}.`, en: `At least ${issue.minimum}.` }
    case 'too_big':
      return issue.origin === 'string'
        ? { sv: `Högst ${issue.maximum} tecken.`, en: `At most ${issue.maximum} characters.` }
        : issue.origin === 'array'
          ? { sv: `Högst ${issue.maximum} delar.`, en: `At most ${issue.maximum} items.` }
          : { sv: `Högst ${issue.maximum}.`, en: `At most ${issue.maximum}.` }
    case 'invalid_format':
      if (issue.format === 'email') return { sv: 'Ange en giltig e-postadress.', en: 'Give a valid e-mail address.' }
      if (issue.format === 'date') return { sv: 'Ange ett datum som ÅÅÅÅ-MM-DD.', en: 'Give a date as YYYY-MM-DD.' }
      return custom(issue) ?? { sv: 'Fel format.', en: 'Wrong format.' }
    case 'invalid_value':
      return {
        sv: `Välj ett av: ${issue.values.map(String).join(', ')}.`,
        en: `Choose one of: ${issue.values.map(String).join(', ')}.`,
      }
    case 'invalid_union':
      return { sv: 'Värdet har fel form.', en: 'The value has the wrong shape.' }
    default:
      return custom(issue) ?? { sv: 'Värdet är inte giltigt.', en: 'The value is not valid.' }
  }
}

/** A refinement's own message (English) with its Swedish text from `params.sv`. */
function custom(issue: Issue): { sv: string; en: string } | undefined {
  const sv = (issue as { params?: { sv?: unknown } }).params?.sv
  return typeof sv === 'string' ? { sv, en: issue.message } : undefined
}
