import { useTranslation } from 'react-i18next'
import { pagePaths } from '../../../server/shared/page-paths.ts'
import { editingSearchFor, editingViews } from '../promise-editing/editing-search.ts'
import type { EditingView } from '../promise-editing/editing-search.ts'
import { AppLink } from '../routing/app-link.tsx'

interface EditingTabsProps {
  periodId: number | null
  view: EditingView
}

/**
 * The parts of the period as links, not ARIA tabs: each part has its own address (a reload or a
 * shared link comes back to it) and the one shown is marked with aria-current and a bar, not colour alone.
 */
export function EditingTabs({ periodId, view }: EditingTabsProps) {
  const { t } = useTranslation()
  return (
    <nav className="pe-tabs" aria-label={t('promiseEditing.tabs.label')}>
      <ul className="pe-tabs__list">
        {editingViews.map((candidate) => (
          <li key={candidate}>
            <AppLink
              className={candidate === view ? 'pe-tabs__link pe-tabs__link--current' : 'pe-tabs__link'}
              aria-current={candidate === view ? 'page' : undefined}
              to={`${pagePaths.promiseEditing}${editingSearchFor({ periodId, view: candidate })}`}
            >
              {t(`promiseEditing.tabs.${candidate}`)}
            </AppLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
