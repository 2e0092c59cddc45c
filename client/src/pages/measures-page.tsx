import { useTranslation } from 'react-i18next'
import { StaffGate } from '../components/staff-gate.tsx'
import { pageHeadingId } from '../routing/use-focus-on-navigation.ts'
import { useDocumentTitle } from './use-document-title.ts'

/** Environment measures. */
export function MeasuresPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('measures.title'))
  return (
    <StaffGate heading={t('measures.title')}>
      <h1 id={pageHeadingId} tabIndex={-1}>
        {t('measures.title')}
      </h1>
    </StaffGate>
  )
}
