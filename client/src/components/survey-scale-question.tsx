import { useTranslation } from 'react-i18next'
import type { SurveyQuestion } from '../../../server/shared/api/survey-schemas.ts'
import { scaleEndsInText, scaleValues } from '../survey/survey-scale.ts'
import type { ChoiceTile } from './survey-choice-tiles.tsx'
import { SurveyChoiceTiles } from './survey-choice-tiles.tsx'
import { SurveyQuestionFrame } from './survey-question-frame.tsx'

interface SurveyScaleQuestionProps {
  question: SurveyQuestion
  inputId: string
  number: number
  text: string
  value: number | 'not_out' | undefined
  error?: string | undefined
  onChange(value: number | 'not_out' | undefined): void
}

/**
 * A scale from 1 to its top as a row of tiles, its ends named in words (the question's own, or
 * lowest and highest), and "I don't go out" apart from the numbers where the question offers it.
 */
export function SurveyScaleQuestion({ question, inputId, number, text, value, error, onChange }: SurveyScaleQuestionProps) {
  const { t } = useTranslation()
  const max = question.scale_max ?? 5
  const named = scaleEndsInText(text, max)
  // "1 = mycket otrygg" when the question names its ends, otherwise "1 (lägst)".
  const lowWords = named?.low ?? t('survey.scale.lowest')
  const highWords = named?.high ?? t('survey.scale.highest')
  const endText = (value: number, words: string) => t(named ? 'survey.scale.named' : 'survey.scale.end', { value, words })
  const endSuffix = (words: string) => (named ? `= ${words}` : `(${words})`)
  const tiles: ChoiceTile<number | 'not_out'>[] = scaleValues(max).map((scaleValue) => ({
    value: scaleValue,
    label: String(scaleValue),
    // The ends' words are shown above the row; a screen reader hears them with the number.
    hiddenLabel: scaleValue === 1 ? endSuffix(lowWords) : scaleValue === max ? endSuffix(highWords) : undefined,
  }))
  if (question.allows_not_out) tiles.push({ value: 'not_out', label: t('survey.scale.notOut'), wide: true })

  return (
    <SurveyQuestionFrame inputId={inputId} number={number} legend={text} hint={t('survey.scale.hint', { max })} error={error} className={max > 5 ? 'survey-scale survey-scale--long' : 'survey-scale'}>
      <p className="survey-scale__ends" aria-hidden="true">
        <span>{endText(1, lowWords)}</span>
        <span>{endText(max, highWords)}</span>
      </p>
      <SurveyChoiceTiles<number | 'not_out'> id={inputId} name={inputId} tiles={tiles} value={value} invalid={Boolean(error)} onChange={onChange} onClear={() => onChange(undefined)} />
    </SurveyQuestionFrame>
  )
}
