import { useTranslation } from 'react-i18next'
import type { Measure } from '../../../server/shared/api/planning-schemas.ts'
import { pagePaths } from '../../../server/shared/page-paths.ts'
import { formatDate } from '../features/format-value.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { intlLocales } from '../i18n/languages.ts'
import { measureStatusFilters } from '../measures/measure-options.ts'
import type { MeasureStatusFilter } from '../measures/measure-options.ts'
import { measureSearchFor } from '../measures/measure-search.ts'
import { AppLink } from '../routing/app-link.tsx'
import { MeasureStatusTag } from './measure-status-tag.tsx'
import { SelectField } from './select-field.tsx'

interface MeasureListProps {
  /** The measures the filter lets through, in the order shown. */
  measures: readonly Measure[]
  total: number
  filter: MeasureStatusFilter
  onFilter(filter: MeasureStatusFilter): void
  canEdit: boolean
  onExportCsv(): void
  onExportGeoJson(): void
}

/** Every measure with its type, status, who is responsible, its dates and cost; filtered by status, exportable as shown. */
export function MeasureList({ measures, total, filter, onFilter, canEdit, onExportCsv, onExportGeoJson }: MeasureListProps) {
  const { t } = useTranslation()
  return (
    <section className="gs-section ms-list" aria-labelledby="ms-list-heading">
      <h2 id="ms-list-heading" className="gs-section__heading">
        {t('measures.list.heading')} <span className="gs-count">({measures.length})</span>
      </h2>
      <div className="ms-list__tools">
        <SelectField id="ms-filter" label={t('measures.list.filter')} value={filter} onChange={(event) => onFilter(event.target.value as MeasureStatusFilter)}>
          {measureStatusFilters.map((value) => (
            <option key={value} value={value}>
              {value === 'all' ? t('measures.list.filterAll') : t(`values.measureStatus.${value}`)}
            </option>
          ))}
        </SelectField>
        <div className="ms-export">
          <button type="button" className="button button--secondary button--small" onClick={onExportCsv}>
            {t('measures.export.csv')}
          </button>
          <button type="button" className="button button--secondary button--small" onClick={onExportGeoJson}>
            {t('measures.export.geojson')}
          </button>
        </div>
      </div>
      {measures.length === 0 ? (
        <p className="ms-list__none">{total === 0 ? t('measures.list.noneAtAll') : t('measures.list.none')}</p>
      ) : (
        <ul className="ms-list__items">
          {measures.map((measure) => (
            <MeasureItem key={measure.id} measure={measure} canEdit={canEdit} />
          ))}
        </ul>
      )}
    </section>
  )
}

function MeasureItem({ measure, canEdit }: { measure: Measure; canEdit: boolean }) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const locale = intlLocales[context.language]
  const money = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })
  const dates = [
    t('measures.list.proposedOn', { date: formatDate(measure.proposed_on, locale) }),
    measure.decided_on && t('measures.list.decidedOn', { date: formatDate(measure.decided_on, locale) }),
    measure.done_on && t('measures.list.doneOn', { date: formatDate(measure.done_on, locale) }),
  ].filter(Boolean)
  const responsible = t(`values.responsible.${measure.responsible}`) + (measure.responsible_detail ? ` (${measure.responsible_detail})` : '')
  return (
    <li className="ms-item">
      <h3 className="ms-item__title">
        <AppLink className="ms-item__link" to={`${pagePaths.measures}${measureSearchFor(measure.id)}`}>
          {measure.title}
          <span className="visually-hidden">
            {' – '}
            {t(canEdit ? 'measures.list.openEdit' : 'measures.list.open')}
          </span>
        </AppLink>
      </h3>
      <p className="ms-item__facts">
        <MeasureStatusTag status={measure.status} /> {t(`values.measureType.${measure.type}`)} · {t('measures.list.responsible', { who: responsible })}
      </p>
      <p className="ms-item__dates">
        {dates.join(' · ')} · {measure.cost_sek === null ? t('measures.list.noCost') : t('measures.list.cost', { cost: money.format(measure.cost_sek) })}
        {measure.in_centrum && <> · {t('measures.list.inCentrum')}</>}
      </p>
      {measure.status === 'rejected' && measure.rejected_reason && <p className="ms-item__reason">{t('measures.list.rejectedReason', { reason: measure.rejected_reason })}</p>}
    </li>
  )
}
