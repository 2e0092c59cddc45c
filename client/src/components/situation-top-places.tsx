import { useTranslation } from 'react-i18next'
import type { SituationPicture } from '../../../server/shared/api/planning-schemas.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { typeLabel } from '../situation/situation-rows.ts'

/** The places with most entries in the period, numbered as their rings on the map. */
export function SituationTopPlaces({ picture, onExport }: { picture: SituationPicture; onExport(): void }) {
  const { t } = useTranslation()
  const context = useFormatContext()
  return (
    <section className="sp-top" aria-labelledby="sp-top-heading">
      <h2 id="sp-top-heading" className="sp-section__heading">
        {t('situation.top.heading')}
      </h2>
      {picture.top_places.length === 0 ? (
        <p className="sp-top__none">{t('situation.top.none')}</p>
      ) : (
        <>
          <p className="sp-top__intro">{t('situation.top.intro')}</p>
          <ol className="sp-top__list">
            {picture.top_places.map((place, index) => (
              <li key={`${place.centre.coordinates.join(',')}-${index}`} className="sp-top__place">
                <span className="sp-top__number" aria-hidden="true">
                  {index + 1}
                </span>
                <span>
                  <span className="sp-top__name">{place.place_name ?? t('situation.top.unnamed')}</span>
                  <span className="sp-top__meta">{t('situation.top.meta', { count: place.count, type: typeLabel(place.top_type, context) })}</span>
                </span>
              </li>
            ))}
          </ol>
          <p className="sp-no-print">
            <button type="button" className="button button--secondary button--small" onClick={onExport}>
              {t('situation.export.topCsv')}
            </button>
          </p>
        </>
      )}
    </section>
  )
}
