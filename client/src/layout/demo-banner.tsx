import { useTranslation } from 'react-i18next'

/** Always visible: nobody should mistake the example areas, walks and reports for real ones. */
export function DemoBanner() {
  const { t } = useTranslation()
  return (
    <div className="demo-banner">
      <p>
        <strong>{t('demo.bannerLead')}</strong> {t('demo.banner')}.
      </p>
    </div>
  )
}
