import { useTranslation } from 'react-i18next'
import { StaffGate } from '../components/staff-gate.tsx'
import { ImportScreen } from '../import/import-screen.tsx'
import { pageHeadingId } from '../routing/use-focus-on-navigation.ts'
import { useDocumentTitle } from './use-document-title.ts'

/** Staff import GIS files into grannsamverkan areas (police), walk routes and measures (the municipality). */
export function ImportPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('fileImport.title'))
  return (
    <StaffGate heading={t('fileImport.title')}>
      <article className="staff-page staff-page--wide">
        <h1 id={pageHeadingId} tabIndex={-1}>
          {t('fileImport.title')}
        </h1>
        <p className="text-page__lead">{t('fileImport.intro')}</p>
        <ImportScreen />
      </article>
    </StaffGate>
  )
}
