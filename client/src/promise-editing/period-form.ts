/**
 * The period form's rules: a period as the form holds it (strings, as inputs give them) and the
 * body the server takes. The server checks everything again (dates in order, a second period
 * starting the same day) and its messages are shown at the fields.
 */
import type { PeriodUpdateBody, PromisePeriod } from '../../../server/shared/api/promise-schemas.ts'
import { bodyOrProblems, correctionField } from './form-result.ts'
import type { BodyResult, ProblemKey } from './form-result.ts'

export interface PeriodForm {
  /** The municipality a new period is for; '' leaves it to the server (the caller's own, or the installation's). */
  municipalityCode: string
  title: string
  /** YYYY-MM-DD as a date input gives it; '' when not set. */
  startsOn: string
  endsOn: string
  introduction: string
  problemTitle: string
  problemPicture: string
  goal: string
  followUp: string
  validity: string
  correctionReason: string
}

export const emptyPeriodForm = (): PeriodForm => ({
  municipalityCode: '',
  title: '',
  startsOn: '',
  endsOn: '',
  introduction: '',
  problemTitle: '',
  problemPicture: '',
  goal: '',
  followUp: '',
  validity: '',
  correctionReason: '',
})

export const formFromPeriod = (period: PromisePeriod): PeriodForm => ({
  municipalityCode: period.municipality_code,
  title: period.title,
  startsOn: period.starts_on,
  endsOn: period.ends_on,
  introduction: period.introduction,
  problemTitle: period.problem_title,
  problemPicture: period.problem_picture,
  goal: period.goal,
  followUp: period.follow_up,
  validity: period.validity,
  correctionReason: '',
})

export function periodBodyFrom(form: PeriodForm, published: boolean): BodyResult<PeriodUpdateBody> {
  const problems: ProblemKey[] = []
  const title = form.title.trim()
  if (title === '') problems.push({ field: 'title', key: 'titleMissing' })
  if (form.startsOn === '') problems.push({ field: 'starts_on', key: 'dateMissing' })
  if (form.endsOn === '') problems.push({ field: 'ends_on', key: 'dateMissing' })
  return bodyOrProblems(problems, () => ({
    // A period never moves: the server takes its own code again and refuses another one.
    ...(form.municipalityCode === '' ? {} : { municipality_code: form.municipalityCode }),
    title,
    starts_on: form.startsOn,
    ends_on: form.endsOn,
    introduction: form.introduction.trim(),
    problem_title: form.problemTitle.trim(),
    problem_picture: form.problemPicture.trim(),
    goal: form.goal.trim(),
    follow_up: form.followUp.trim(),
    validity: form.validity.trim(),
    ...correctionField(published, form.correctionReason),
  }))
}
