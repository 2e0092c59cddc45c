import { useTranslation } from 'react-i18next'
import type { MunicipalitySummary } from '../../../server/shared/api/municipality-schemas.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { intlLocales } from '../i18n/languages.ts'
import './municipalities.css'

/** The municipalities the app serves, in the order they were added; the first is the installation's own. */
export function MunicipalityTable({ labelledBy, municipalities }: { labelledBy: string; municipalities: readonly MunicipalitySummary[] }) {
  const { t } = useTranslation()
  const { language } = useFormatContext()
  const area = new Intl.NumberFormat(intlLocales[language], { maximumFractionDigits: 0 })
  return (
    <table className="data-table municipality-table" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col">{t('municipalities.name')}</th>
          <th scope="col">{t('municipalities.code')}</th>
          <th scope="col">{t('municipalities.county')}</th>
          <th scope="col">{t('municipalities.area')}</th>
          <th scope="col">{t('municipalities.urbanAreas')}</th>
        </tr>
      </thead>
      <tbody>
        {municipalities.map((municipality) => (
          <tr key={municipality.code}>
            <th scope="row">
              {municipality.name}
              {municipality.is_default && <span className="municipality-table__default"> ({t('municipalities.default')})</span>}
            </th>
            <td data-label={t('municipalities.code')}>{municipality.code}</td>
            <td data-label={t('municipalities.county')}>{municipality.county}</td>
            <td data-label={t('municipalities.area')}>{t('municipalities.km2', { area: area.format(municipality.area_km2) })}</td>
            <td data-label={t('municipalities.urbanAreas')}>{municipality.urban_areas}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
