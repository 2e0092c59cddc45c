import { useTranslation } from 'react-i18next'
import type { PromisePage, PromisePeriod } from '../../../server/shared/api/promise-schemas.ts'
import { EditingCorrections } from './editing-corrections.tsx'
import { EditingPeriodForm } from './editing-period-form.tsx'

interface EditingPeriodPartProps {
  page: PromisePage
  onSaved(period: PromisePeriod): void
}

/** The period's own text in a form and, once it is public, the corrections made to it so far. */
export function EditingPeriodPart({ page, onSaved }: EditingPeriodPartProps) {
  const { t } = useTranslation()
  return (
    <section className="pe-part" aria-labelledby="pe-period-text-heading">
      <h2 id="pe-period-text-heading">{t('promiseEditing.period.editHeading')}</h2>
      <p className="pe-part__intro">{t('promiseEditing.period.editIntro')}</p>
      <EditingPeriodForm period={page.period} onSaved={(period) => onSaved(period)} />
      {page.period.published_at !== null && <EditingCorrections corrections={page.corrections} />}
    </section>
  )
}
