import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { CollectionData, CollectionId, FeatureRef } from '../data/collections.ts'
import { featureKey } from '../data/collections.ts'
import { compareListed } from '../features/feature-order.ts'
import { featureSubtitle, featureTitle } from '../features/feature-title.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { intlLocales } from '../i18n/languages.ts'
import { legendEntries } from '../map/legend-entries.ts'

interface FeatureListProps {
  data: CollectionData
  visible: ReadonlySet<CollectionId>
  selected: FeatureRef | null
  onChoose(ref: FeatureRef): void
}

/** The id of a feature's button, so focus can return to it when its details close. */
export const featureButtonId = (ref: FeatureRef) => `feature-${featureKey(ref).replace(/[^a-z0-9-]/gi, '-')}`

/**
 * The map's content as text, for keyboard and screen-reader users (and anyone who prefers a
 * list): the features of the visible layers, grouped by layer, each a button.
 */
export function FeatureList({ data, visible, selected, onChoose }: FeatureListProps) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const groups = useMemo(() => {
    const collator = new Intl.Collator(intlLocales[context.language], { numeric: true })
    return legendEntries
      .filter((entry) => visible.has(entry.collection) && data[entry.collection])
      .map(({ collection }) => ({
        collection,
        items: (data[collection]?.features ?? [])
          .map((feature) => ({
            ref: { collection, id: String(feature.id) },
            properties: feature.properties,
            title: featureTitle(collection, feature.properties, context),
            subtitle: featureSubtitle(collection, feature.properties, context),
          }))
          .sort(compareListed(collection, collator)),
      }))
  }, [data, visible, context])
  const selectedKey = selected ? featureKey(selected) : null

  return (
    <section className="panel-section feature-list" aria-labelledby="feature-list-heading">
      <h2 id="feature-list-heading" className="panel-section__heading">
        {t('list.heading')}
      </h2>
      <p className="panel-section__intro">{t('list.intro')}</p>
      {groups.length === 0 && <p>{t('list.noLayers')}</p>}
      {groups.map((group) => (
        <details key={group.collection} className="feature-list__group">
          <summary className="feature-list__summary">
            <span>{t(`layers.${group.collection}`)}</span>{' '}
            <span className="feature-list__count">({t('list.count', { count: group.items.length })})</span>
          </summary>
          {group.items.length === 0 ? (
            <p className="feature-list__empty">{t('list.emptyLayer')}</p>
          ) : (
            <ul className="feature-list__items">
              {group.items.map((item) => (
                <li key={item.ref.id}>
                  <button
                    type="button"
                    id={featureButtonId(item.ref)}
                    className="feature-list__button"
                    aria-current={selectedKey === featureKey(item.ref) ? 'true' : undefined}
                    onClick={() => onChoose(item.ref)}
                  >
                    <span className="feature-list__title">{item.title}</span>
                    {item.subtitle && <span className="feature-list__subtitle">{item.subtitle}</span>}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </details>
      ))}
    </section>
  )
}
