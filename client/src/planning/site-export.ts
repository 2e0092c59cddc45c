/**
 * The ranked list as a CSV file: one row per site with its rank, score, each part of the score
 * with its points, where it is, its evidence by source, its dates, and the formula in words.
 * Headers in the page's language; numbers with Swedish Excel's decimal comma in Swedish.
 */
import type { CandidateSite } from '../../../server/shared/api/planning-schemas.ts'
import type { FormatContext } from '../features/translate.ts'
import { scoreSentence, scoreTerms } from './score-words.ts'
import type { ScoreWeights } from './score-words.ts'
import { swedishDate } from './site-words.ts'

const columns = [
  'rank',
  'score',
  'count',
  'countPoints',
  'severe',
  'severePoints',
  'recent',
  'recentPoints',
  'inCentrum',
  'centrumPoints',
  'measureNearby',
  'measurePoints',
  'placeName',
  'lon',
  'lat',
  'public',
  'walk',
  'staff',
  'topCategory',
  'firstDate',
  'lastDate',
  'reasons',
] as const

export function siteCsvHeader(context: FormatContext): string[] {
  return columns.map((column) => context.t(`planning.csv.${column}`))
}

/** A number a spreadsheet reads as one: Swedish Excel wants a decimal comma. */
const csvNumber = (value: number, context: FormatContext) => (context.language === 'sv' ? String(value).replace('.', ',') : String(value))

export function siteCsvRows(sites: readonly CandidateSite[], weights: ScoreWeights, context: FormatContext): string[][] {
  return sites.map((site) => {
    // The deduction as a positive number under its own heading: a cell starting with a minus is
    // defused as a possible formula (server/shared/csv.ts) and a spreadsheet would read it as text.
    const [count, severe, recent, centrum, measure] = scoreTerms(site.parts, weights, context).map((term) => csvNumber(Math.abs(term.points), context))
    const yesNo = (value: 0 | 1) => context.t(value ? 'values.yes' : 'values.no')
    return [
      String(site.rank),
      csvNumber(site.score, context),
      String(site.parts.count),
      count ?? '',
      String(site.parts.severe),
      severe ?? '',
      String(site.parts.recent),
      recent ?? '',
      yesNo(site.parts.in_centrum),
      centrum ?? '',
      yesNo(site.parts.measure_nearby),
      measure ?? '',
      site.place_name ?? '',
      csvNumber(Number(site.centre.coordinates[0].toFixed(6)), context),
      csvNumber(Number(site.centre.coordinates[1].toFixed(6)), context),
      String(site.by_source.public),
      String(site.by_source.walk),
      String(site.by_source.staff),
      site.top_category ? context.t(`values.category.${site.top_category}`) : '',
      swedishDate(site.first_at),
      swedishDate(site.last_at),
      scoreSentence(site.parts, site.score, weights, context),
    ]
  })
}
