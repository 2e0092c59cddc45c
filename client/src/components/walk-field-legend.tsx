import { useTranslation } from 'react-i18next'

const keys = ['route', 'meetingPoint', 'unsafe', 'safe', 'waiting', 'position', 'pick'] as const

/** What the map's shapes mean, in words; each swatch is drawn by CSS in the map's own colours and shapes. */
export function WalkFieldLegend() {
  const { t } = useTranslation()
  return (
    <section className="wf-legend" aria-labelledby="wf-legend-heading">
      <h2 id="wf-legend-heading" className="visually-hidden">
        {t('walkField.map.legendHeading')}
      </h2>
      <ul className="wf-legend__list">
        {keys.map((key) => (
          <li key={key} className="wf-legend__item">
            <span className={`wf-swatch wf-swatch--${key}`} aria-hidden="true" />
            {t(`walkField.map.legend.${key}`)}
          </li>
        ))}
      </ul>
    </section>
  )
}
