import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { pagePaths } from '../../../server/shared/page-paths.ts'
import { AppLink } from '../routing/app-link.tsx'
import { pageHeadingId } from '../routing/use-focus-on-navigation.ts'

interface SurveyThanksProps {
  /** 'sent': the answers just arrived; 'already': this browser answered before. */
  kind: 'sent' | 'already'
  /** Move focus to the heading, so a screen reader hears at once that the answers arrived. */
  takeFocus: boolean
}

/** In place of the form once this browser has answered: thanks, and where the results are shown. */
export function SurveyThanks({ kind, takeFocus }: SurveyThanksProps) {
  const { t } = useTranslation()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (takeFocus) heading.current?.focus()
  }, [takeFocus])
  return (
    <div className="survey-thanks">
      <h1 id={pageHeadingId} ref={heading} tabIndex={-1} className="survey-page__heading">
        {kind === 'sent' ? t('survey.thanks.heading') : t('survey.thanks.alreadyHeading')}
      </h1>
      <p className="survey-thanks__text">{kind === 'sent' ? t('survey.thanks.text') : t('survey.thanks.already')}</p>
      <p>
        <AppLink className="button-link" to={pagePaths.promises}>
          {t('survey.thanks.link')}
        </AppLink>
      </p>
    </div>
  )
}
