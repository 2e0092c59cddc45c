import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CollectionData, CollectionId, FeatureRef, MapFeature, TiledCollections } from '../data/collections.ts'
import { featureKey } from '../data/collections.ts'
import { useViewItems } from '../data/use-view-items.ts'
import type { ViewList } from '../data/use-view-items.ts'
import type { ViewBox } from '../data/view-items.ts'
import { compareListed } from '../features/feature-order.ts'
import { featureSubtitle, featureTitle } from '../features/feature-title.ts'
import type { Period } from '../features/period-filter.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { intlLocales } from '../i18n/languages.ts'
import { legendEntries } from '../map/legend-entries.ts'

interface FeatureListProps {
  data: CollectionData
  /** Layers too big to list whole: an open group lists their features in the map's `view` and `period`. */
  tiled: TiledCollections
  view: ViewBox | null
  period: Period
  now: Date
  visible: ReadonlySet<CollectionId>
  selected: FeatureRef | null
  onChoose(ref: FeatureRef, feature: MapFeature): void
}

/** The id of a feature's button, so focus can return to it when its details close. */
export const featureButtonId = (ref: FeatureRef) => `feature-${featureKey(ref).replace(/[^a-z0-9-]/gi, '-')}`

/**
 * The map's content as text, for keyboard and screen-reader users (and anyone who prefers a
 * list): the features of the visible layers, grouped by layer, each a button. A tiled layer lists
 * the features in the map's view, and says so.
 */
export function FeatureList({ data, tiled, view, period, now, visible, selected, onChoose }: FeatureListProps) {
  const { t } = useTranslation()
  const context = useFormatContext()
  // A tiled layer's features are fetched only while its group is open: nobody reads a closed one.
  const [open, setOpen] = useState<ReadonlySet<CollectionId>>(() => new Set())
  const lists = useViewItems(tiled, open, view, period, now)
  const toggled = (collection: CollectionId, isOpen: boolean) =>
    setOpen((previous) => {
      const next = new Set(previous)
      if (isOpen) next.add(collection)
      else next.delete(collection)
      return next
    })
  const groups = useMemo(() => {
    const collator = new Intl.Collator(intlLocales[context.language], { numeric: true })
    return legendEntries
      .filter((entry) => visible.has(entry.collection) && (data[entry.collection] || tiled[entry.collection]))
      .map(({ collection }) => {
        const list: ViewList | null = tiled[collection] ? (open.has(collection) ? (lists[collection] ?? { status: 'loading' }) : { status: 'idle' }) : null
        const features = list ? (list.status === 'ready' ? list.features : []) : (data[collection]?.features ?? [])
        return {
          collection,
          list,
          items: features
            .map((feature) => ({
              ref: { collection, id: String(feature.id) },
              feature,
              properties: feature.properties,
              title: featureTitle(collection, feature.properties, context),
              subtitle: featureSubtitle(collection, feature.properties, context),
            }))
            .sort(compareListed(collection, collator)),
        }
      })
  }, [data, tiled, lists, open, visible, context])
  const selectedKey = selected ? featureKey(selected) : null
  const number = new Intl.NumberFormat(intlLocales[context.language])

  /** How many the group lists: all of a layer, or those in view, capped. */
  const countText = (list: ViewList | null, count: number) => {
    if (!list) return t('list.count', { count })
    if (list.status === 'idle') return t('list.inViewIdle')
    if (list.status === 'loading') return t('list.inViewLoading')
    if (list.status === 'error') return t('list.inViewError')
    if (list.capped) return t('list.inViewCapped', { shown: number.format(count), total: number.format(list.numberMatched) })
    return t('list.inView', { count })
  }

  return (
    <section className="panel-section feature-list" aria-labelledby="feature-list-heading">
      <h2 id="feature-list-heading" className="panel-section__heading">
        {t('list.heading')}
      </h2>
      <p className="panel-section__intro">{t('list.intro')}</p>
      {groups.length === 0 && <p>{t('list.noLayers')}</p>}
      {groups.map((group) => (
        <details
          key={group.collection}
          className="feature-list__group"
          onToggle={group.list ? (event) => toggled(group.collection, event.currentTarget.open) : undefined}
        >
          <summary className="feature-list__summary">
            <span>{t(`layers.${group.collection}`)}</span>{' '}
            <span className="feature-list__count">({countText(group.list, group.items.length)})</span>
          </summary>
          {group.list && <p className="feature-list__empty">{t('list.inViewNote')}</p>}
          {group.items.length === 0 ? (
            (!group.list || group.list.status === 'ready') && (
              <p className="feature-list__empty">{t(group.list ? 'list.inViewEmpty' : 'list.emptyLayer')}</p>
            )
          ) : (
            <ul className="feature-list__items">
              {group.items.map((item) => (
                <li key={item.ref.id}>
                  <button
                    type="button"
                    id={featureButtonId(item.ref)}
                    className="feature-list__button"
                    aria-current={selectedKey === featureKey(item.ref) ? 'true' : undefined}
                    onClick={() => onChoose(item.ref, item.feature)}
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
