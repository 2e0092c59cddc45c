/** The promise form and the indicator form: what they hold, and the bodies the server takes. */
import type { IndicatorBody, IndicatorKind, IndicatorProgress, PromiseBody, PromiseProgress, PromiseResponsible } from '../../../server/shared/api/promise-schemas.ts'
import { bodyOrProblems, correctionField } from './form-result.ts'
import type { BodyResult, ProblemKey } from './form-result.ts'
import { parseNumberText } from './number-text.ts'

export interface PromiseForm {
  position: string
  text: string
  responsible: PromiseResponsible
  /** The document's own words ("Polisen i samverkan med kommunen"); may be left empty. */
  responsibleText: string
  correctionReason: string
}

export interface IndicatorForm {
  position: string
  kind: IndicatorKind
  label: string
  /** Per calendar year as typed; '' means any activity in a year meets it. */
  target: string
  correctionReason: string
}

export const emptyPromiseForm = (position: number): PromiseForm => ({
  position: String(position),
  text: '',
  responsible: 'both',
  responsibleText: '',
  correctionReason: '',
})

export const formFromPromise = (promise: PromiseProgress): PromiseForm => ({
  position: String(promise.position),
  text: promise.text,
  responsible: promise.responsible,
  responsibleText: promise.responsible_text,
  correctionReason: '',
})

export const emptyIndicatorForm = (position: number): IndicatorForm => ({
  position: String(position),
  kind: 'activities',
  label: '',
  target: '',
  correctionReason: '',
})

export const formFromIndicator = (indicator: IndicatorProgress): IndicatorForm => ({
  position: String(indicator.position),
  kind: indicator.kind,
  label: indicator.label,
  target: indicator.target_per_year === null ? '' : String(indicator.target_per_year),
  correctionReason: '',
})

/** A position is a whole number; '' is "missing", anything else "not a number". */
function checkPosition(text: string, problems: ProblemKey[]): number {
  const position = parseNumberText(text, { integer: true })
  if (position === null) problems.push({ field: 'position', key: 'positionMissing' })
  else if (position === undefined) problems.push({ field: 'position', key: 'positionNotNumber' })
  return position ?? 0
}

export function promiseBodyFrom(form: PromiseForm, published: boolean): BodyResult<PromiseBody> {
  const problems: ProblemKey[] = []
  const position = checkPosition(form.position, problems)
  const text = form.text.trim()
  if (text === '') problems.push({ field: 'text', key: 'promiseTextMissing' })
  return bodyOrProblems(problems, () => ({
    position,
    text,
    responsible: form.responsible,
    responsible_text: form.responsibleText.trim(),
    ...correctionField(published, form.correctionReason),
  }))
}

export function indicatorBodyFrom(form: IndicatorForm, published: boolean): BodyResult<IndicatorBody> {
  const problems: ProblemKey[] = []
  const position = checkPosition(form.position, problems)
  const label = form.label.trim()
  if (label === '') problems.push({ field: 'label', key: 'labelMissing' })
  const target = parseNumberText(form.target)
  if (target === undefined) problems.push({ field: 'target_per_year', key: 'targetNotNumber' })
  else if (target !== null && target < 0) problems.push({ field: 'target_per_year', key: 'targetNegative' })
  return bodyOrProblems(problems, () => ({
    position,
    kind: form.kind,
    label,
    target_per_year: target ?? null,
    ...correctionField(published, form.correctionReason),
  }))
}
