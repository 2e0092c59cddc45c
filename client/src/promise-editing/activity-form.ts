/** The activity log's form: something done for a promise that no record counts. */
import type { ActivityBody } from '../../../server/shared/api/promise-schemas.ts'
import { bodyOrProblems } from './form-result.ts'
import type { BodyResult, ProblemKey } from './form-result.ts'

export interface ActivityForm {
  happenedOn: string
  title: string
  description: string
}

/** Most activities are logged the day they happen. */
export const emptyActivityForm = (today: string): ActivityForm => ({ happenedOn: today, title: '', description: '' })

export function activityBodyFrom(form: ActivityForm): BodyResult<ActivityBody> {
  const problems: ProblemKey[] = []
  if (form.happenedOn === '') problems.push({ field: 'happened_on', key: 'dateMissing' })
  const title = form.title.trim()
  if (title === '') problems.push({ field: 'title', key: 'activityTitleMissing' })
  return bodyOrProblems(problems, () => ({ happened_on: form.happenedOn, title, description: form.description.trim() }))
}
