import { useTranslation } from 'react-i18next'
import { SurveyChoiceTiles } from './survey-choice-tiles.tsx'
import { SurveyQuestionFrame } from './survey-question-frame.tsx'

interface SurveyYesNoQuestionProps {
  inputId: string
  number: number
  text: string
  value: boolean | undefined
  error?: string | undefined
  onChange(value: boolean | undefined): void
}

/** Yes or no as two tiles. */
export function SurveyYesNoQuestion({ inputId, number, text, value, error, onChange }: SurveyYesNoQuestionProps) {
  const { t } = useTranslation()
  const tiles = [
    { value: 'yes' as const, label: t('survey.yesNo.yes') },
    { value: 'no' as const, label: t('survey.yesNo.no') },
  ]
  return (
    <SurveyQuestionFrame inputId={inputId} number={number} legend={text} error={error} className="survey-yes-no">
      <SurveyChoiceTiles
        id={inputId}
        name={inputId}
        tiles={tiles}
        value={value === undefined ? undefined : value ? 'yes' : 'no'}
        invalid={Boolean(error)}
        onChange={(choice) => onChange(choice === 'yes')}
        onClear={() => onChange(undefined)}
      />
    </SurveyQuestionFrame>
  )
}
