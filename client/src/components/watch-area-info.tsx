import { useTranslation } from 'react-i18next'
import { useActiveAreas } from '../features/use-active-areas.ts'

// The only address given: the police's own site, where the local police and grannsamverkan are found.
const POLICE_SITE = 'https://polisen.se/'

/**
 * Grannsamverkan for residents: how many areas are active in the municipality the page shows
 * (its code; null until the page knows it), and how to start one where they live. No contact
 * details of anyone: residents go to the police, never to a contact person.
 */
export function WatchAreaInfo({ municipalityCode }: { municipalityCode: string | null }) {
  const { t } = useTranslation()
  const active = useActiveAreas(municipalityCode)
  return (
    <section className="panel-section watch-info" aria-labelledby="watch-info-heading">
      <h2 id="watch-info-heading" className="panel-section__heading">
        {t('watchInfo.heading')}
      </h2>
      {active && (
        <p className="watch-info__count">{t('watchInfo.count', { count: active.active_areas, place: active.municipality.name })}</p>
      )}
      <p>{t('watchInfo.what')}</p>
      <details className="watch-info__how">
        <summary className="watch-info__summary">{t('watchInfo.howHeading')}</summary>
        <ol className="watch-info__steps">
          <li>{t('watchInfo.step1')}</li>
          <li>{t('watchInfo.step2')}</li>
          <li>{t('watchInfo.step3')}</li>
          <li>{t('watchInfo.step4')}</li>
        </ol>
        <p>
          <a href={POLICE_SITE}>{t('watchInfo.readMore')}</a>
        </p>
      </details>
    </section>
  )
}
