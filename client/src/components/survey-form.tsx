import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { SurveyForm as SurveyFormData, SurveyQuestion } from '../../../server/shared/api/survey-schemas.ts'
import { ApiError } from '../data/api-client.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { problemFor } from '../forms/form-problems.ts'
import { useForm } from '../forms/use-form.ts'
import { useSession } from '../session/session-context.ts'
import { buildAnswers, draftProblems, questionField, questionText, renameAnswerFields } from '../survey/survey-answers.ts'
import type { AnswerDraft, AnswerDrafts } from '../survey/survey-answers.ts'
import { sendSurveyResponse } from '../survey/survey-api.ts'
import { questionsInOrder } from '../survey/survey-results.ts'
import { ErrorSummary } from './error-summary.tsx'
import { SurveyFreeTextQuestion } from './survey-free-text-question.tsx'
import { SurveyMarkQuestion } from './survey-mark-question.tsx'
import { SurveyScaleQuestion } from './survey-scale-question.tsx'
import { SurveyYesNoQuestion } from './survey-yes-no-question.tsx'

export const surveyFormId = 'survey'

interface SurveyFormProps {
  form: SurveyFormData
  /** The answers arrived, or the server says this browser answered before. */
  onAnswered(kind: 'sent' | 'already'): void
}

/**
 * The questions in one form. Any question may be skipped, but not all; the server's message about
 * an answer is shown at its question, and whatever was chosen stays when sending fails.
 */
export function SurveyForm({ form, onAnswered }: SurveyFormProps) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const { call } = useSession()
  const questions = questionsInOrder(form.questions)
  const state = useForm({ fields: questions.map((question) => questionField(question.id)) })
  const [drafts, setDrafts] = useState<AnswerDrafts>({})
  const [website, setWebsite] = useState('')

  const change = (questionId: number, draft: AnswerDraft) => setDrafts((previous) => ({ ...previous, [questionId]: draft }))

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const answers = buildAnswers(questions, drafts)
    const problems = draftProblems(answers, context.t)
    if (problems.length > 0) return state.fail(problems)
    let outcome: 'sent' | 'already' | null = null
    await state.run(async () => {
      try {
        await sendSurveyResponse(call, form.survey.id, { answers, website })
        outcome = 'sent'
      } catch (error) {
        // A second answer is not a mistake to fix: the page thanks for the first one.
        if (error instanceof ApiError && error.code === 'already_answered') {
          outcome = 'already'
          return
        }
        throw renameAnswerFields(error, answers)
      }
    })
    if (outcome) onAnswered(outcome)
  }

  const renderQuestion = (question: SurveyQuestion, index: number) => {
    const common = {
      inputId: `${surveyFormId}-${questionField(question.id)}`,
      number: index + 1,
      text: questionText(question, context.language),
      error: problemFor(state.problems, questionField(question.id)),
    }
    const draft = drafts[question.id] ?? {}
    switch (question.kind) {
      case 'scale':
        return <SurveyScaleQuestion {...common} question={question} value={draft.scale} onChange={(scale) => change(question.id, { scale })} />
      case 'yes_no':
        return <SurveyYesNoQuestion {...common} value={draft.yes} onChange={(yes) => change(question.id, { yes })} />
      case 'free_text':
        return <SurveyFreeTextQuestion {...common} value={draft.text ?? ''} onChange={(text) => change(question.id, { text })} />
      case 'map_mark':
        return <SurveyMarkQuestion {...common} value={draft.mark} onChange={(mark) => change(question.id, { mark })} />
    }
  }

  return (
    <section className="survey-questions" aria-labelledby="survey-questions-heading">
      <h2 id="survey-questions-heading" className="survey-questions__heading">
        {t('survey.form.heading')}
      </h2>
      <p className="survey-questions__intro">{t('survey.form.intro')}</p>
      <form id={surveyFormId} className="survey-form" noValidate onSubmit={(event) => void submit(event)}>
        <ErrorSummary formId={surveyFormId} problems={state.problems} attempt={state.attempt} />
        {questions.map((question, index) => (
          <div key={question.id} className="survey-form__item">
            {renderQuestion(question, index)}
          </div>
        ))}

        {/* The honeypot: out of sight and out of reach for people, filled in only by bots. */}
        <div className="survey-honeypot" aria-hidden="true">
          <label htmlFor={`${surveyFormId}-website`}>{t('survey.form.honeypot')}</label>
          <input id={`${surveyFormId}-website`} type="text" name="website" tabIndex={-1} autoComplete="off" value={website} onChange={(event) => setWebsite(event.target.value)} />
        </div>

        <button type="submit" className="button survey-form__submit" aria-disabled={state.busy ? true : undefined}>
          {state.busy ? t('survey.form.busy') : t('survey.form.submit')}
        </button>
      </form>
    </section>
  )
}
