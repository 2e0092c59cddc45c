import { useTranslation } from 'react-i18next'
import { registerExportUrl } from '../data/grannsamverkan-api.ts'
import type { ExportFormat } from '../data/grannsamverkan-api.ts'

const formats: readonly ExportFormat[] = ['csv', 'geojson']

/**
 * The register as CSV or GeoJSON. Plain links: the browser downloads the file with the session
 * cookie. The variant with contact persons is offered only to those who may see personal data
 * (the server refuses it to others and records every such export in the audit log).
 */
export function RegisterExport({ withPersonalData }: { withPersonalData: boolean }) {
  const { t } = useTranslation()
  return (
    <section className="gs-section gs-export" aria-labelledby="gs-export-heading">
      <h2 id="gs-export-heading" className="gs-section__heading">
        {t('grannsamverkan.export.heading')}
      </h2>
      <p className="gs-section__intro">{t('grannsamverkan.export.intro')}</p>
      <ul className="gs-export__links">
        {formats.map((format) => (
          <li key={format}>
            <a className="button button--secondary gs-export__link" href={registerExportUrl(format, false)} download>
              {t(`grannsamverkan.export.${format}`)}
            </a>
          </li>
        ))}
      </ul>
      {withPersonalData && (
        <div className="gs-export__personal">
          <h3 id="gs-export-personal-heading" className="gs-subsection__heading">
            {t('grannsamverkan.export.personalHeading')}
          </h3>
          <p id="gs-export-personal-note" className="gs-export__note">
            {t('grannsamverkan.export.personalNote')}
          </p>
          <ul className="gs-export__links">
            {formats.map((format) => (
              <li key={format}>
                <a
                  className="button button--secondary gs-export__link"
                  href={registerExportUrl(format, true)}
                  download
                  aria-describedby="gs-export-personal-note"
                >
                  {t(`grannsamverkan.export.personal_${format}`)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}
