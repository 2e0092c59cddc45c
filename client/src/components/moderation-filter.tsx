import { useTranslation } from 'react-i18next'
import type { ReportCategory } from '../../../server/shared/api/report-schemas.ts'
import type { QueueFilter } from '../moderation/report-queue.ts'
import { queueStatusFilters, reportCategories } from '../moderation/report-words.ts'
import type { QueueStatusFilter } from '../moderation/report-words.ts'
import { SelectField } from './select-field.tsx'

/**
 * Which reports the queue shows. The list below changes as a choice is made (no page change), and
 * the choice goes into the page's address, so a view can be linked and survives a reload.
 */
export function ModerationFilter({ filter, onChange }: { filter: QueueFilter; onChange(filter: QueueFilter): void }) {
  const { t } = useTranslation()
  const statusLabel = (value: QueueStatusFilter) =>
    value === 'open' ? t('moderation.filter.open') : value === 'all' ? t('moderation.filter.all') : t(`moderation.status.${value}`)
  return (
    <section className="mod-filter" aria-labelledby="mod-filter-heading">
      <h2 id="mod-filter-heading" className="visually-hidden">
        {t('moderation.filter.heading')}
      </h2>
      <div className="mod-filter__fields">
        <SelectField
          id="mod-filter-status"
          label={t('moderation.filter.status')}
          value={filter.status}
          onChange={(event) => onChange({ ...filter, status: event.target.value as QueueStatusFilter })}
        >
          {queueStatusFilters.map((value) => (
            <option key={value} value={value}>
              {statusLabel(value)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="mod-filter-category"
          label={t('moderation.filter.category')}
          value={filter.category ?? ''}
          onChange={(event) => onChange({ ...filter, category: event.target.value === '' ? null : (event.target.value as ReportCategory) })}
        >
          <option value="">{t('moderation.filter.allCategories')}</option>
          {reportCategories.map((value) => (
            <option key={value} value={value}>
              {t(`moderation.category.${value}`)}
            </option>
          ))}
        </SelectField>
      </div>
    </section>
  )
}
