/** The external figure form: a value from SCB's medborgarundersökning or Brå's NTU for one year. */
import type { ExternalFigure, ExternalFigureBody, FigureSource } from '../../../server/shared/api/survey-schemas.ts'
import { bodyOrProblems } from './form-result.ts'
import type { BodyResult, ProblemKey } from './form-result.ts'
import { parseNumberText } from './number-text.ts'

export interface FigureForm {
  source: FigureSource
  year: string
  label: string
  value: string
  /** Sweden's figure for the same item; '' when the source gives none. */
  nationalValue: string
  citation: string
}

/** Last year: figures are published the year after they are gathered. */
export const emptyFigureForm = (today: string): FigureForm => ({
  source: 'scb',
  year: String(Number(today.slice(0, 4)) - 1),
  label: '',
  value: '',
  nationalValue: '',
  citation: '',
})

export const formFromFigure = (figure: ExternalFigure): FigureForm => ({
  source: figure.source,
  year: String(figure.year),
  label: figure.label,
  value: String(figure.value),
  nationalValue: figure.national_value === null ? '' : String(figure.national_value),
  citation: figure.citation,
})

export function figureBodyFrom(form: FigureForm): BodyResult<ExternalFigureBody> {
  const problems: ProblemKey[] = []
  const year = parseNumberText(form.year, { integer: true })
  if (year === null) problems.push({ field: 'year', key: 'yearMissing' })
  else if (year === undefined) problems.push({ field: 'year', key: 'yearNotNumber' })
  const label = form.label.trim()
  if (label === '') problems.push({ field: 'label', key: 'labelMissing' })
  const value = parseNumberText(form.value)
  if (value === null) problems.push({ field: 'value', key: 'valueMissing' })
  else if (value === undefined) problems.push({ field: 'value', key: 'valueNotNumber' })
  const nationalValue = parseNumberText(form.nationalValue)
  if (nationalValue === undefined) problems.push({ field: 'national_value', key: 'nationalValueNotNumber' })
  const citation = form.citation.trim()
  if (citation === '') problems.push({ field: 'citation', key: 'citationMissing' })
  return bodyOrProblems(problems, () => ({
    source: form.source,
    year: year ?? 0,
    label,
    value: value ?? 0,
    national_value: nationalValue ?? null,
    citation,
  }))
}
