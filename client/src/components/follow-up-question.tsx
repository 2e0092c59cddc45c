import type { SurveyQuestion, SurveyResults } from '../../../server/shared/api/survey-schemas.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { questionText } from '../survey/survey-answers.ts'
import { questionRows } from '../survey/survey-results.ts'
import { FollowUpCountResult } from './follow-up-count-result.tsx'
import { FollowUpScaleResult } from './follow-up-scale-result.tsx'
import { FollowUpYesNoResult } from './follow-up-yes-no-result.tsx'

/** One question of the survey with its results per year, by its kind. */
export function FollowUpQuestion({ results, question, number }: { results: SurveyResults; question: SurveyQuestion; number: number }) {
  const context = useFormatContext()
  const text = questionText(question, context.language)
  const rows = questionRows(results, question)
  return (
    <article className={`fu-question fu-question--${question.kind}`}>
      <h4 className="fu-question__heading">
        {number}. {text}
      </h4>
      {question.kind === 'scale' && <FollowUpScaleResult question={question} rows={rows} text={text} />}
      {question.kind === 'yes_no' && <FollowUpYesNoResult rows={rows} text={text} />}
      {(question.kind === 'free_text' || question.kind === 'map_mark') && <FollowUpCountResult kind={question.kind} rows={rows} text={text} />}
    </article>
  )
}
