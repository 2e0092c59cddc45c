import { useTranslation } from 'react-i18next'
import type { SurveyQuestion } from '../../../server/shared/api/survey-schemas.ts'

/** A question as the form would send it: its kind, both texts, and the scale's range. */
export function EditingQuestionView({ question }: { question: SurveyQuestion }) {
  const { t } = useTranslation()
  const scale =
    question.kind === 'scale' && question.scale_max !== null
      ? t(question.allows_not_out ? 'promiseEditing.questions.scaleWithNotOut' : 'promiseEditing.questions.scale', { max: question.scale_max })
      : t(`promiseEditing.questionKinds.${question.kind}`)
  return (
    <>
      <p className="pe-item__title">
        {question.position}. {question.text_sv}
      </p>
      <p className="pe-item__meta">{scale}</p>
      <p className="pe-item__meta">
        {question.text_en ? (
          <>
            {t('promiseEditing.questions.english')} <span lang="en">{question.text_en}</span>
          </>
        ) : (
          t('promiseEditing.questions.noEnglish')
        )}
      </p>
      {question.answered && (
        <p className="pe-lock">{t('promiseEditing.questions.locked')}</p>
      )}
    </>
  )
}
