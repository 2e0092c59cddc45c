import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FreeTextAnswer, SurveyQuestion } from '../../../server/shared/api/survey-schemas.ts'
import { formatDate } from '../features/format-value.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { intlLocales } from '../i18n/languages.ts'
import { focusSoon } from '../promise-editing/focus-soon.ts'

// Answers shown at first and per "show more": a survey may hold hundreds.
const PAGE = 20

interface EditingFreeTextGroupProps {
  question: SurveyQuestion
  /** This question's answers, newest first. */
  answers: readonly FreeTextAnswer[]
}

/** One free-text question's answers, a page at a time; "show more" moves focus to the first new answer. */
export function EditingFreeTextGroup({ question, answers }: EditingFreeTextGroupProps) {
  const { t } = useTranslation()
  const { language } = useFormatContext()
  const [shown, setShown] = useState(PAGE)
  const headingId = `pe-free-${question.id}`
  const answerId = (index: number) => `pe-free-${question.id}-${index}`
  const locale = intlLocales[language]

  const more = () => {
    focusSoon(answerId(shown))
    setShown((value) => value + PAGE)
  }

  return (
    <section className="pe-free" aria-labelledby={headingId}>
      <h5 id={headingId} className="pe-log__heading">
        {t('promiseEditing.freeTexts.question', { position: question.position, text: question.text_sv })}
      </h5>
      <p className="pe-item__meta">{t('promiseEditing.freeTexts.showing', { shown: Math.min(shown, answers.length), count: answers.length })}</p>
      <ul className="pe-items">
        {answers.slice(0, shown).map((answer, index) => (
          <li key={index} id={answerId(index)} tabIndex={-1} className="pe-item pe-free__answer">
            <p className="pe-item__meta">{t('promiseEditing.freeTexts.answeredOn', { date: formatDate(answer.answered_on, locale) })}</p>
            <p className="pe-item__text">{answer.text}</p>
          </li>
        ))}
      </ul>
      {shown < answers.length && (
        <p>
          <button type="button" className="button button--secondary button--small" onClick={more}>
            {t('promiseEditing.freeTexts.more', { count: Math.min(PAGE, answers.length - shown) })}
          </button>
        </p>
      )}
    </section>
  )
}
