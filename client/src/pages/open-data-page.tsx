import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormatContext } from '../features/use-format-context.ts'
import { DownloadChooser } from '../open-data/download-chooser.tsx'
import type { DownloadChoice } from '../open-data/download-chooser.tsx'
import { defaultDownload } from '../open-data/download-options.ts'
import { OpenDataCollectionItem } from '../open-data/open-data-collection-item.tsx'
import { loadErrorMessage } from '../open-data/open-data-collections.ts'
import { OpenDataServices } from '../open-data/open-data-services.tsx'
import { OpenDataTerms } from '../open-data/open-data-terms.tsx'
import { useOpenDataCollections } from '../open-data/use-open-data-collections.ts'
import '../open-data/open-data.css'
import { pageHeadingId } from '../routing/use-focus-on-navigation.ts'
import { useDocumentTitle } from './use-document-title.ts'

/**
 * Open data for anyone, no login: every layer the server lists for this visitor (staff see their
 * own layers too) as a download in the chosen format and CRS, the addresses for GIS programs and
 * Open311 clients, and the terms.
 */
export function OpenDataPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('openData.title'))
  const context = useFormatContext()
  const { collections, error } = useOpenDataCollections()
  const [choice, setChoice] = useState<DownloadChoice>(defaultDownload)

  return (
    <article className="text-page od-page">
      <h1 id={pageHeadingId} tabIndex={-1}>
        {t('openData.heading')}
      </h1>
      <p className="text-page__lead">{t('openData.lead')}</p>

      <DownloadChooser choice={choice} onChange={setChoice} />

      <section aria-labelledby="od-list-heading">
        <h2 id="od-list-heading">{t('openData.list.heading')}</h2>
        <div role="status" className="status-region">
          {!collections && !error && <p>{t('openData.loading')}</p>}
          {collections && <p className="text-page__note">{t('openData.list.count', { count: collections.length })}</p>}
        </div>
        {error !== null && (
          <p role="alert" className="message message--error">
            {t('openData.loadError', { message: loadErrorMessage(error, context) })}
          </p>
        )}
        {collections?.length === 0 && <p>{t('openData.noCollections')}</p>}
        {collections && collections.length > 0 && (
          <ul className="od-collections">
            {collections.map((collection) => (
              <OpenDataCollectionItem key={collection.id} collection={collection} choice={choice} />
            ))}
          </ul>
        )}
      </section>

      <OpenDataServices origin={window.location.origin} />
      <OpenDataTerms staffLayersShown={collections?.some((collection) => collection.staffOnly) ?? false} />
    </article>
  )
}
