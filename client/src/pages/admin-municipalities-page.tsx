import { useTranslation } from 'react-i18next'
import type { MunicipalitySummary } from '../../../server/shared/api/municipality-schemas.ts'
import { StaffGate } from '../components/staff-gate.tsx'
import { StatusRegion } from '../components/status-region.tsx'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage } from '../forms/form-problems.ts'
import { useStatus } from '../forms/use-status.ts'
import { AddMunicipalityForm } from '../municipalities/add-municipality-form.tsx'
import { MunicipalityTable } from '../municipalities/municipality-table.tsx'
import { useMunicipalities } from '../municipalities/use-municipalities.ts'
import { pageHeadingId } from '../routing/use-focus-on-navigation.ts'
import { useDocumentTitle } from './use-document-title.ts'

/** Admins only: the municipalities of the police area, and a form to add one from its files. */
export function AdminMunicipalitiesPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('municipalities.title'))
  return (
    <StaffGate heading={t('municipalities.heading')} roles={['admin']}>
      <MunicipalityAdmin />
    </StaffGate>
  )
}

function MunicipalityAdmin() {
  const { t } = useTranslation()
  const context = useFormatContext()
  const { municipalities, error, reload } = useMunicipalities()
  const [added, announceAdded] = useStatus()

  const onAdded = (municipality: MunicipalitySummary) => {
    reload()
    announceAdded(t('municipalities.added', { name: municipality.name, code: municipality.code, count: municipality.urban_areas }))
  }

  return (
    <article className="staff-page staff-page--wide">
      <h1 id={pageHeadingId} tabIndex={-1}>
        {t('municipalities.heading')}
      </h1>
      <p className="text-page__lead">{t('municipalities.intro')}</p>

      <section className="staff-section" aria-labelledby="municipalities-heading">
        <h2 id="municipalities-heading">{t('municipalities.tableCaption', { count: municipalities?.length ?? 0 })}</h2>
        <div role="status" className="status-region">
          {!municipalities && error === null && <p>{t('municipalities.loading')}</p>}
        </div>
        {error !== null && (
          <p role="alert" className="message message--error">
            {t('municipalities.loadError', { message: errorMessage(error, context) })}
          </p>
        )}
        {municipalities && <MunicipalityTable labelledBy="municipalities-heading" municipalities={municipalities} />}
      </section>

      <section className="staff-section staff-panel" aria-labelledby="new-municipality-heading">
        <h2 id="new-municipality-heading">{t('municipalities.addHeading')}</h2>
        <p>{t('municipalities.addIntro')}</p>
        <AddMunicipalityForm onAdded={onAdded} />
        <StatusRegion message={added} />
      </section>
    </article>
  )
}
