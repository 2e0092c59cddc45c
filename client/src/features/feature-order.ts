import type { CollectionId, Properties } from '../data/collections.ts'

interface Listed {
  title: string
  properties: Properties
}

/** Walks newest first (people look for the next or the latest one); everything else by name. */
export function compareListed(collection: CollectionId, collator: Intl.Collator) {
  return (a: Listed, b: Listed): number => {
    if (collection === 'safety-walks') {
      const byDate = String(b.properties.starts_at ?? '').localeCompare(String(a.properties.starts_at ?? ''))
      if (byDate !== 0) return byDate
    }
    return collator.compare(a.title, b.title)
  }
}
