import { useTranslation } from 'react-i18next'
import type { CollectionId } from '../data/collections.ts'
import type { Period } from '../features/period-filter.ts'
import { legendEntries } from '../map/legend-entries.ts'
import { LegendSwatch } from './legend-swatch.tsx'
import { PeriodSelect } from './period-select.tsx'

interface LegendProps {
  visible: ReadonlySet<CollectionId>
  onToggle(collection: CollectionId, visible: boolean): void
  period: Period
  onPeriodChange(period: Period): void
}

/** One real checkbox per layer, with the meaning of each colour and shape written out. */
export function Legend({ visible, onToggle, period, onPeriodChange }: LegendProps) {
  const { t } = useTranslation()
  return (
    <section className="panel-section legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading" className="panel-section__heading">
        {t('legend.heading')}
      </h2>
      <p className="panel-section__intro">{t('legend.intro')}</p>
      <PeriodSelect period={period} onChange={onPeriodChange} />
      <ul className="legend__entries">
        {legendEntries.map((entry) => {
          const inputId = `layer-toggle-${entry.collection}`
          return (
            <li key={entry.collection} className="legend__entry">
              <input
                id={inputId}
                className="legend__checkbox"
                type="checkbox"
                checked={visible.has(entry.collection)}
                onChange={(event) => onToggle(entry.collection, event.target.checked)}
              />
              <label htmlFor={inputId} className="legend__label">
                {t(`layers.${entry.collection}`)}
              </label>
              <ul className="legend__keys">
                {entry.keys.map((key) => (
                  <li key={key.label} className="legend__key">
                    <LegendSwatch swatch={key.swatch} />
                    <span>{t(`legendKeys.${key.label}`)}</span>
                  </li>
                ))}
              </ul>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
