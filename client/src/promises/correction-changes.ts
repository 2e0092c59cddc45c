/**
 * A correction to a published promise in plain words: what it concerns and, field by field, what
 * the text said before and says now. Nothing is left out: an unknown field is shown by its name.
 */
import type { PromiseCorrection, PromisePage } from '../../../server/shared/api/promise-schemas.ts'
import { formatDate } from '../features/format-value.ts'
import type { FormatContext } from '../features/translate.ts'
import { intlLocales } from '../i18n/languages.ts'
import { formatNumber } from './indicator-years.ts'

export interface FieldChange {
  field: string
  /** The field's name in words. */
  label: string
  /** null: the field was not there (an addition) or is gone (a removal). */
  before: string | null
  after: string | null
}

const knownFields = [
  'title',
  'starts_on',
  'ends_on',
  'introduction',
  'problem_title',
  'problem_picture',
  'goal',
  'follow_up',
  'validity',
  'position',
  'text',
  'responsible',
  'responsible_text',
  'kind',
  'label',
  'target_per_year',
]

/** The changed fields, in the order a reader meets them on the page. */
export function fieldChanges(correction: Pick<PromiseCorrection, 'before' | 'after'>, context: FormatContext): FieldChange[] {
  const before = correction.before ?? {}
  const after = correction.after ?? {}
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])]
  const rank = (field: string) => (knownFields.includes(field) ? knownFields.indexOf(field) : knownFields.length)
  fields.sort((a, b) => rank(a) - rank(b))
  return fields.map((field) => ({
    field,
    label: knownFields.includes(field) ? context.t(`promises.fields.${field}`) : field,
    before: correction.before === null ? null : valueText(field, before[field], context),
    after: correction.after === null ? null : valueText(field, after[field], context),
  }))
}

function valueText(field: string, value: unknown, context: FormatContext): string {
  if (field === 'target_per_year' && value === null) return context.t('promises.corrections.noTarget')
  if (value === null || value === undefined || value === '') return context.t('promises.corrections.empty')
  if ((field === 'responsible' || field === 'kind') && typeof value === 'string') {
    const key = `promises.${field === 'kind' ? 'kinds' : 'responsible'}.${value}`
    const word = context.t(key)
    return word === key ? value : word
  }
  if ((field === 'starts_on' || field === 'ends_on') && typeof value === 'string') return formatDate(value, intlLocales[context.language])
  if (typeof value === 'number') return formatNumber(value, context)
  return typeof value === 'string' ? value : JSON.stringify(value)
}

/** What a correction concerns, as a reader finds it on the page ("Löfte 3", "Måttet ”…” i löfte 5"). */
export function correctionSubject(correction: Pick<PromiseCorrection, 'object_type' | 'object_id'>, page: Pick<PromisePage, 'promises'>, context: FormatContext): string {
  if (correction.object_type === 'promise_period') return context.t('promises.corrections.subject.period')
  if (correction.object_type === 'promise') {
    const promise = page.promises.find((item) => item.id === correction.object_id)
    return promise ? context.t('promises.corrections.subject.promise', { position: promise.position }) : context.t('promises.corrections.subject.removedPromise')
  }
  for (const promise of page.promises) {
    const indicator = promise.indicators.find((item) => item.id === correction.object_id)
    if (indicator) return context.t('promises.corrections.subject.indicator', { label: indicator.label, position: promise.position })
  }
  return context.t('promises.corrections.subject.removedIndicator')
}

/** The corrections of one promise, period text or indicator, for the "Rättad" mark beside it. */
export const correctionsOf = (corrections: readonly PromiseCorrection[], type: PromiseCorrection['object_type'], id: number) =>
  corrections.filter((correction) => correction.object_type === type && correction.object_id === id)

/** The anchor of a correction in the list, which the "Rättad" marks link to. */
export const correctionAnchor = (correctionId: number) => `rattelse-${correctionId}`
