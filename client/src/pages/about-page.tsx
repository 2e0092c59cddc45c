import { useTranslation } from 'react-i18next'
import { pagePaths } from '../../../server/shared/page-paths.ts'
import { AppLink } from '../routing/app-link.tsx'
import { pageHeadingId } from '../routing/use-focus-on-navigation.ts'
import { useDocumentTitle } from './use-document-title.ts'

const promises = ['inclusion', 'centre', 'walks', 'environments', 'watch'] as const
const sources = ['boundary', 'fonts', 'sprites', 'maplibre'] as const

export function AboutPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('about.title'))
  return (
    <article className="text-page">
      <h1 id={pageHeadingId} tabIndex={-1}>
        {t('about.heading')}
      </h1>
      <p className="text-page__lead">{t('about.intro')}</p>

      <h2>{t('about.whoHeading')}</h2>
      <p>{t('about.who')}</p>

      <h2>{t('about.promiseHeading')}</h2>
      <p>{t('about.promiseIntro')}</p>
      <ul>
        {promises.map((promise) => (
          <li key={promise}>{t(`about.promises.${promise}`)}</li>
        ))}
      </ul>
      <p>{t('about.followUp')}</p>

      <h2>{t('about.demoHeading')}</h2>
      <p>{t('about.demo')}</p>

      <h2>{t('about.privacyHeading')}</h2>
      <p>{t('about.privacy')}</p>

      <h2>{t('about.sourcesHeading')}</h2>
      <ul>
        {sources.map((source) => (
          <li key={source}>{t(`about.sources.${source}`)}</li>
        ))}
        <li>
          {t('about.sources.openData')} <a href="/ogc">/ogc</a>
        </li>
        <li>
          {t('openData.aboutLink')} <AppLink to={pagePaths.openData}>{t('openData.title')}</AppLink>
        </li>
      </ul>
    </article>
  )
}
