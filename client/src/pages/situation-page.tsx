import { useTranslation } from 'react-i18next'
import { StaffGate } from '../components/staff-gate.tsx'
import { pageHeadingId } from '../routing/use-focus-on-navigation.ts'
import { useDocumentTitle } from './use-document-title.ts'

/** The weekly situation picture. */
export function SituationPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('situation.title'))
  return (
    <StaffGate heading={t('situation.title')}>
      <h1 id={pageHeadingId} tabIndex={-1}>
        {t('situation.title')}
      </h1>
    </StaffGate>
  )
}
