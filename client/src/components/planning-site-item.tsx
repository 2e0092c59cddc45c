import type { CandidateSite } from '../../../server/shared/api/planning-schemas.ts'
import { useTranslation } from 'react-i18next'
import { useFormatContext } from '../features/use-format-context.ts'
import { formatNumber, scoreTerms, scoreTotal } from '../planning/score-words.ts'
import type { ScoreWeights } from '../planning/score-words.ts'
import { readableDate, siteName, sourcesText, topCategoryText } from '../planning/site-words.ts'

interface PlanningSiteItemProps {
  site: CandidateSite
  weights: ScoreWeights
  selected: boolean
  /** Only the municipality starts measures; the police read. */
  canCreate: boolean
  onShow(): void
  onCreate(): void
}

/** One ranked site: its name and score, the score's parts in numbers and words, its evidence and dates. */
export function PlanningSiteItem({ site, weights, selected, canCreate, onShow, onCreate }: PlanningSiteItemProps) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const headingId = `pl-site-${site.rank}-heading`
  return (
    <li id={`pl-site-${site.rank}`} className={selected ? 'pl-site pl-site--selected' : 'pl-site'} aria-current={selected || undefined}>
      <h3 id={headingId} className="pl-site__heading" tabIndex={-1}>
        <span className="pl-site__name">
          {site.rank}. {siteName(site, context)}
        </span>{' '}
        <span className="pl-site__score">{t('planning.site.score', { score: formatNumber(site.score, context) })}</span>
      </h3>
      <ul className="pl-terms" aria-label={t('planning.site.reasons')}>
        {/* The separators are text, so a copied line reads as the CSV's; a screen reader reads the list. */}
        {scoreTerms(site.parts, weights, context).map((term, index) => (
          <li key={term.part} className="pl-terms__term">
            {index > 0 && <span aria-hidden="true"> · </span>}
            {term.text}
          </li>
        ))}
        <li className="pl-terms__total">
          <span aria-hidden="true"> </span>
          {scoreTotal(site.score, context)}
        </li>
      </ul>
      <dl className="pl-site__facts">
        <div>
          <dt>{t('planning.site.sources')}</dt>
          <dd>{sourcesText(site, context)}</dd>
        </div>
        <div>
          <dt>{t('planning.site.topCategory')}</dt>
          <dd>{topCategoryText(site, context)}</dd>
        </div>
        <div>
          <dt>{t('planning.site.dates')}</dt>
          <dd>{t('planning.site.dateRange', { first: readableDate(site.first_at, context), last: readableDate(site.last_at, context) })}</dd>
        </div>
      </dl>
      <div className="pl-site__actions">
        <button type="button" className="button button--secondary pl-site__show" onClick={onShow} aria-describedby={headingId}>
          {selected ? t('planning.site.shown') : t('planning.site.show')}
        </button>
        {canCreate && (
          <button type="button" className="button pl-site__create" onClick={onCreate} aria-describedby={headingId}>
            {t('planning.site.createMeasure')}
          </button>
        )}
      </div>
    </li>
  )
}
