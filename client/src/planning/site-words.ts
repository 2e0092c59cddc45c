/** A candidate site's name, dates and evidence in words, and the measure draft started from it. */
import type { CandidateSite } from '../../../server/shared/api/planning-schemas.ts'
import type { FormatContext } from '../features/translate.ts'
import { intlLocales } from '../i18n/languages.ts'
import type { MeasureDraft } from '../measures/measure-draft.ts'
import { MAX_LINKS } from './planning-options.ts'

const TIME_ZONE = 'Europe/Stockholm'
const isoDay = new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE })

/** An instant as the day it was in Kristinehamn ('YYYY-MM-DD'); the text as given if it is no date. */
export function swedishDate(value: string): string {
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? value : isoDay.format(date)
}

/** An instant or a day as a reader writes it ("3 mars 2026"). */
export function readableDate(value: string, context: FormatContext): string {
  // A bare day has no time zone: read it at noon in Sweden so it never moves a day.
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value)
  if (Number.isNaN(date.getTime())) return value
  return new Intl.DateTimeFormat(intlLocales[context.language], { day: 'numeric', month: 'short', year: 'numeric', timeZone: TIME_ZONE }).format(date)
}

export function siteName(site: CandidateSite, context: FormatContext): string {
  return site.place_name ?? context.t('planning.site.unnamed')
}

export function topCategoryText(site: CandidateSite, context: FormatContext): string {
  return site.top_category ? context.t(`values.category.${site.top_category}`) : context.t('planning.site.staffOnly')
}

/** Places counted by source, in words: "7 rapporter, 2 från vandringar, 1 från personal". */
export function sourcesText(site: CandidateSite, context: FormatContext): string {
  const { public: reports, walk, staff } = site.by_source
  return [
    context.t('planning.site.sourcePublic', { count: reports }),
    context.t('planning.site.sourceWalk', { count: walk }),
    context.t('planning.site.sourceStaff', { count: staff }),
  ].join(', ')
}

// The measure schema wants a closed ring of at least four positions.
const isUsableOutline = (outline: CandidateSite['outline'] | null | undefined) =>
  outline?.type === 'Polygon' && outline.coordinates.length > 0 && outline.coordinates.every((ring) => ring.length >= 4 && ring.length <= 5000)

/** A new measure covering the site's outline (its centre if the outline cannot be used), linked to its evidence. */
export function measureDraftFromSite(site: CandidateSite, context: FormatContext): MeasureDraft {
  return {
    title: context.t('planning.site.draftTitle', { place: site.place_name ?? context.t('planning.site.draftPlace', { rank: site.rank, category: topCategoryText(site, context) }) }).slice(0, 200),
    geometry: isUsableOutline(site.outline) ? { type: 'Polygon', coordinates: site.outline.coordinates } : { type: 'Point', coordinates: site.centre.coordinates },
    report_ids: site.report_ids.slice(0, MAX_LINKS),
    observation_ids: site.observation_ids.slice(0, MAX_LINKS),
  }
}
