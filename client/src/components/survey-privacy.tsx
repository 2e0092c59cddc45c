import { useTranslation } from 'react-i18next'

/**
 * What happens to an answer, said before the first question: nothing about the person is asked
 * for or kept, the cookie only stops a second answer, free text becomes a public record, and marks
 * are only shown counted in 100 m squares.
 */
export function SurveyPrivacy() {
  const { t } = useTranslation()
  return (
    <section className="survey-privacy" aria-labelledby="survey-privacy-heading">
      <h2 id="survey-privacy-heading" className="survey-privacy__heading">
        {t('survey.privacy.heading')}
      </h2>
      <ul className="survey-privacy__list">
        <li>{t('survey.privacy.noPersonal')}</li>
        <li>{t('survey.privacy.noIp')}</li>
        <li>{t('survey.privacy.cookie')}</li>
        <li>{t('survey.privacy.freeText')}</li>
        <li>{t('survey.privacy.marks')}</li>
      </ul>
    </section>
  )
}
