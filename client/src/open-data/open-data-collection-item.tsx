import { useTranslation } from 'react-i18next'
import { useFormatContext } from '../features/use-format-context.ts'
import { intlLocales } from '../i18n/languages.ts'
import type { Language } from '../i18n/languages.ts'
import type { DownloadChoice } from './download-chooser.tsx'
import { downloadPath } from './download-options.ts'
import type { OpenDataCollection } from './open-data-collections.ts'

/** One layer: what it holds, and the link that downloads all of it as chosen above. */
export function OpenDataCollectionItem({ collection, choice }: { collection: OpenDataCollection; choice: DownloadChoice }) {
  const { t } = useTranslation()
  const { language } = useFormatContext()
  const title = collection.title[language]
  const headingId = `od-collection-${collection.id}`
  const period = periodText(collection.interval, language)
  return (
    <li className="od-collection">
      <h3 id={headingId}>{title}</h3>
      {collection.staffOnly && <p className="od-collection__staff">{t('openData.list.staff')}</p>}
      {collection.description[language] && <p>{collection.description[language]}</p>}
      <ul className="od-collection__facts">
        <li>{t('openData.list.geometry', { type: t(`openData.list.geometryTypes.${collection.geometryType}`) })}</li>
        {period && <li>{period.to ? t('openData.list.period', period) : t('openData.list.periodOpen', period)}</li>}
      </ul>
      <p className="od-collection__actions">
        <a className="button-link od-collection__download" href={downloadPath(collection.id, choice.format, choice.crs)} download>
          {t('openData.list.download', { title })}{' '}
          <span className="od-collection__as">
            ({t('openData.list.downloadAs', { format: t(`openData.chooser.formats.${choice.format}`), crs: t(`openData.chooser.crsNames.${choice.crs}`) })})
          </span>
        </a>
        {collection.htmlHref && (
          <a className="od-collection__browse" href={collection.htmlHref} aria-describedby={headingId}>
            {t('openData.list.browse')}
          </a>
        )}
      </p>
    </li>
  )
}

/** The layer's time span by month: enough for an overview, and reports are only public by month. */
function periodText(interval: OpenDataCollection['interval'], language: Language): { from: string; to: string } | null {
  if (!interval || !interval[0]) return null
  const month = new Intl.DateTimeFormat(intlLocales[language], { year: 'numeric', month: 'long', timeZone: 'Europe/Stockholm' })
  const format = (iso: string | null) => {
    const date = iso ? new Date(iso) : null
    return date && !Number.isNaN(date.getTime()) ? month.format(date) : ''
  }
  const from = format(interval[0])
  return from ? { from, to: format(interval[1]) } : null
}
