import { useTranslation } from 'react-i18next'
import type { Coverage, TownCoverage } from '../../../server/shared/api/coverage-schemas.ts'
import { formatMonth, formatValue } from '../features/format-value.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { formatHectares, formatShare, hintsNewestFirst, townsByNeed } from '../grannsamverkan/coverage-features.ts'
import { intlLocales } from '../i18n/languages.ts'

// The newest hints are shown; older ones are folded away so the section stays short.
const SHOWN_HINTS = 5

interface CoverageSectionProps {
  coverage: Coverage | null
  loadError: string | null
  onOpenArea(areaId: number): void
}

/**
 * "Täckning": the share of each tätort inside active areas, the residents covered (an estimate),
 * overlapping areas as a warning, and reports outside every area as hints for a new one.
 */
export function CoverageSection({ coverage, loadError, onOpenArea }: CoverageSectionProps) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const locale = intlLocales[context.language]
  const number = new Intl.NumberFormat(locale)

  return (
    <section className="gs-section gs-coverage" aria-labelledby="gs-coverage-heading">
      <h2 id="gs-coverage-heading" className="gs-section__heading">
        {t('grannsamverkan.coverage.heading')}
      </h2>
      <p className="gs-section__intro">{t('grannsamverkan.coverage.intro')}</p>
      {loadError && <p className="message message--error">{t('grannsamverkan.coverage.loadError', { message: loadError })}</p>}
      {!coverage && !loadError && <p>{t('grannsamverkan.coverage.loading')}</p>}
      {coverage && (
        <>
          <table className="data-table gs-coverage__table">
            <caption className="visually-hidden">{t('grannsamverkan.coverage.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('grannsamverkan.coverage.town')}</th>
                <th scope="col">{t('grannsamverkan.coverage.share')}</th>
                <th scope="col">{t('grannsamverkan.coverage.area')}</th>
                <th scope="col">{t('grannsamverkan.coverage.residents')}</th>
              </tr>
            </thead>
            <tbody>
              {townsByNeed(coverage.towns, locale).map((town) => (
                <tr key={town.id}>
                  <th scope="row">{town.name}</th>
                  <td className="gs-coverage__share">{formatShare(town.covered_share, locale)}</td>
                  <td>
                    {t('grannsamverkan.coverage.areaValue', {
                      covered: formatHectares(town.covered_m2, locale),
                      total: formatHectares(town.area_m2, locale),
                    })}
                  </td>
                  <td>
                    <Residents town={town} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="gs-coverage__note">{t('grannsamverkan.coverage.estimateNote')}</p>

          <h3 className="gs-subsection__heading">
            {t('grannsamverkan.coverage.overlapsHeading')} <span className="gs-count">({coverage.overlaps.length})</span>
          </h3>
          {coverage.overlaps.length === 0 ? (
            <p>{t('grannsamverkan.coverage.noOverlaps')}</p>
          ) : (
            <>
              <p className="gs-section__intro">{t('grannsamverkan.coverage.overlapsIntro')}</p>
              <ul className="gs-overlaps">
                {coverage.overlaps.map((overlap) => (
                  <li key={overlap.area_ids.join('-')} className="gs-overlap">
                    <span className="gs-tag gs-tag--warning">{t('grannsamverkan.coverage.warning')}</span>{' '}
                    <button type="button" className="button button--secondary gs-overlap__area" onClick={() => onOpenArea(overlap.area_ids[0])}>
                      {overlap.names[0]}
                    </button>{' '}
                    {t('grannsamverkan.coverage.and')}{' '}
                    <button type="button" className="button button--secondary gs-overlap__area" onClick={() => onOpenArea(overlap.area_ids[1])}>
                      {overlap.names[1]}
                    </button>{' '}
                    {t('grannsamverkan.coverage.overlapSize', { m2: number.format(Math.round(overlap.overlap_m2)) })}
                  </li>
                ))}
              </ul>
            </>
          )}

          <h3 className="gs-subsection__heading">
            {t('grannsamverkan.coverage.hintsHeading')} <span className="gs-count">({coverage.hints.length})</span>
          </h3>
          <p className="gs-section__intro">{t('grannsamverkan.coverage.hintsIntro')}</p>
          {coverage.hints.length === 0 ? (
            <p>{t('grannsamverkan.coverage.noHints')}</p>
          ) : (
            <HintList coverage={coverage} />
          )}
        </>
      )}
    </section>
  )
}

/** Rounded to tens by the server: a small covered part can round to 0, which is not "none". */
function Residents({ town }: { town: TownCoverage }) {
  const { t } = useTranslation()
  const { language } = useFormatContext()
  const estimate = town.residents_covered_estimate
  if (estimate === null) return <>{t('grannsamverkan.coverage.residentsUnknown')}</>
  if (estimate === 0) return <>{t(town.covered_m2 > 0 ? 'grannsamverkan.coverage.residentsFew' : 'grannsamverkan.coverage.residentsNone')}</>
  return <>{t('grannsamverkan.coverage.residentsValue', { count: estimate, formatted: new Intl.NumberFormat(intlLocales[language]).format(estimate) })}</>
}

function HintList({ coverage }: { coverage: Coverage }) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const locale = intlLocales[context.language]
  const hints = hintsNewestFirst(coverage.hints)
  const item = (hint: (typeof hints)[number]) => (
    <li key={hint.report_id} className="gs-hint">
      {t('grannsamverkan.coverage.hint', {
        category: formatValue(hint.category, { type: 'enum', values: 'category' }, context) ?? hint.category,
        month: formatMonth(hint.reported_month, locale),
        town: hint.town,
      })}
    </li>
  )
  return (
    <>
      <ul className="gs-hints">{hints.slice(0, SHOWN_HINTS).map(item)}</ul>
      {hints.length > SHOWN_HINTS && (
        <details className="gs-others">
          <summary className="gs-others__summary">{t('grannsamverkan.coverage.moreHints', { count: hints.length - SHOWN_HINTS })}</summary>
          <ul className="gs-hints">{hints.slice(SHOWN_HINTS).map(item)}</ul>
        </details>
      )}
    </>
  )
}
