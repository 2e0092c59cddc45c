import { useTranslation } from 'react-i18next'
import { pageHeadingId } from '../routing/use-focus-on-navigation.ts'
import { useDocumentTitle } from './use-document-title.ts'

// A fictional address: this installation is a demonstration.
const reportAddress = 'tillganglighet@example.se'
const diggReportUrl = 'https://www.digg.se/tdosanmalan'
const shortcomings = ['visual', 'keyboard', 'labels', 'contrast'] as const

/** The accessibility statement (tillgänglighetsredogörelse) that DOS-lagen (2018:1937) requires. */
export function AccessibilityPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('accessibility.title'))
  const mailto = `mailto:${reportAddress}?subject=${encodeURIComponent(t('accessibility.reportSubject'))}`
  return (
    <article className="text-page">
      <h1 id={pageHeadingId} tabIndex={-1}>
        {t('accessibility.heading')}
      </h1>
      <p className="text-page__lead">{t('accessibility.intro')}</p>

      <h2>{t('accessibility.statusHeading')}</h2>
      <p>{t('accessibility.status')}</p>

      <h3>{t('accessibility.shortcomingsHeading')}</h3>
      <ul>
        {shortcomings.map((item) => (
          <li key={item}>{t(`accessibility.shortcomings.${item}`)}</li>
        ))}
      </ul>

      <h2>{t('accessibility.alternativeHeading')}</h2>
      <p>{t('accessibility.alternative')}</p>

      <h2>{t('accessibility.reportHeading')}</h2>
      <p>{t('accessibility.report')}</p>
      <p>
        <a className="button-link" href={mailto}>
          {t('accessibility.reportLink', { address: reportAddress })}
        </a>
      </p>
      <p className="text-page__note">{t('accessibility.reportNote')}</p>

      <h2>{t('accessibility.enforcementHeading')}</h2>
      <p>{t('accessibility.enforcement')}</p>
      <p>
        <a href={diggReportUrl}>{t('accessibility.enforcementLink')}</a>
      </p>

      <h2>{t('accessibility.testingHeading')}</h2>
      <p>{t('accessibility.testing')}</p>
    </article>
  )
}
