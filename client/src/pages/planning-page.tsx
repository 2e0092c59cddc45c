import { useTranslation } from 'react-i18next'
import { StaffGate } from '../components/staff-gate.tsx'
import { pageHeadingId } from '../routing/use-focus-on-navigation.ts'
import { useDocumentTitle } from './use-document-title.ts'

/** Where unsafe places cluster and which sites to pick. */
export function PlanningPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('planning.title'))
  return (
    <StaffGate heading={t('planning.title')}>
      <h1 id={pageHeadingId} tabIndex={-1}>
        {t('planning.title')}
      </h1>
    </StaffGate>
  )
}
