import { useTranslation } from 'react-i18next'
import { pagePaths } from '../../../server/shared/page-paths.ts'
import { AppLink } from '../routing/app-link.tsx'
import { pageHeadingId } from '../routing/use-focus-on-navigation.ts'
import { useDocumentTitle } from './use-document-title.ts'

/** The server answers unknown paths with this app and status 404; this is what the person sees. */
export function NotFoundPage({ path }: { path: string }) {
  const { t } = useTranslation()
  useDocumentTitle(t('notFound.title'))
  return (
    <article className="text-page">
      <h1 id={pageHeadingId} tabIndex={-1}>
        {t('notFound.heading')}
      </h1>
      <p>{t('notFound.text', { path })}</p>
      <p>
        <AppLink className="button-link" to={pagePaths.map}>
          {t('notFound.back')}
        </AppLink>
      </p>
    </article>
  )
}
