import { useTranslation } from 'react-i18next'
import type { PromisePage, PromisePeriod } from '../../../server/shared/api/promise-schemas.ts'
import { pagePaths } from '../../../server/shared/page-paths.ts'
import { EditingAuditLinks } from '../components/editing-audit-links.tsx'
import { EditingFigureTable } from '../components/editing-figure-table.tsx'
import { EditingPeriodChooser } from '../components/editing-period-chooser.tsx'
import { EditingPeriodForm } from '../components/editing-period-form.tsx'
import { EditingPeriodPart } from '../components/editing-period-part.tsx'
import { EditingPeriodStatus, periodHeadingId } from '../components/editing-period-status.tsx'
import { EditingPromiseList } from '../components/editing-promise-list.tsx'
import { EditingSurveyList } from '../components/editing-survey-list.tsx'
import { EditingTabs } from '../components/editing-tabs.tsx'
import { StaffGate } from '../components/staff-gate.tsx'
import { StatusRegion } from '../components/status-region.tsx'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage } from '../forms/form-problems.ts'
import { useStatus } from '../forms/use-status.ts'
import { useMunicipalities } from '../municipalities/use-municipalities.ts'
import { readPaths } from '../promise-editing/editing-api.ts'
import type { PeriodList } from '../promise-editing/editing-api.ts'
import { editingLocationFrom, editingSearchFor } from '../promise-editing/editing-search.ts'
import type { EditingLocation } from '../promise-editing/editing-search.ts'
import { focusSoon } from '../promise-editing/focus-soon.ts'
import { useApiGet } from '../promise-editing/use-api-get.ts'
import { navigate } from '../routing/history.ts'
import { pageHeadingId } from '../routing/use-focus-on-navigation.ts'
import { useSearch } from '../routing/use-search.ts'
import { useSession } from '../session/session-context.ts'
import { useDocumentTitle } from './use-document-title.ts'

/** Staff edit the medborgarlöften: every staff role, since the municipality and the police promise together. */
export function PromiseEditingPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('promiseEditing.title'))
  return (
    <StaffGate heading={t('promiseEditing.title')} roles={['polis', 'kommun', 'admin']}>
      <EditingScreen />
    </StaffGate>
  )
}

const pathFor = (location: Partial<EditingLocation>) => `${pagePaths.promiseEditing}${editingSearchFor(location)}`

/**
 * A period chosen at the top (`?period=`, otherwise the newest, drafts included), its status and
 * publishing, then one part at a time (`?vy=`): the period's text, the promises with their
 * indicators and activity logs, the surveys, the external figures. Every save is announced in
 * one live region once the data shown has been read again from the server.
 */
function EditingScreen() {
  const { t } = useTranslation()
  const context = useFormatContext()
  const { call, user } = useSession()
  const location = editingLocationFrom(useSearch())
  const [status, announce] = useStatus()
  const periods = useApiGet<PeriodList>(call, readPaths.periods)
  const list = periods.data?.periods ?? null
  const { municipalities } = useMunicipalities()
  // The police and admins work in the whole police area: their periods say which municipality each is for.
  const wholeArea = user?.role !== 'kommun' && municipalities !== null && municipalities.length > 1
  const periodId = location.creating ? null : (location.periodId ?? list?.[0]?.id ?? null)
  const page = useApiGet<PromisePage>(call, periodId === null ? null : readPaths.period(periodId))
  const data = page.data

  // The period list says whether each period is published, so it is read again with the period.
  const periodChanged = async (message: string) => {
    await Promise.all([page.refresh(), periods.refresh()])
    announce(message)
  }
  const changed = async (message: string) => {
    await page.refresh()
    announce(message)
  }
  const created = (period: PromisePeriod) => {
    navigate(pathFor({ periodId: period.id, view: 'promises' }))
    void periods.refresh().then(() => announce(t('promiseEditing.period.created', { title: period.title })))
    focusSoon(periodHeadingId)
  }
  const published = async (period: PromisePeriod) => {
    await periodChanged(t('promiseEditing.publish.done', { title: period.title }))
    // The publish button is gone: focus goes to the period's name, beside its new status.
    focusSoon(periodHeadingId)
  }

  return (
    <article className="staff-page staff-page--wide pe-page">
      <h1 id={pageHeadingId} tabIndex={-1}>
        {t('promiseEditing.title')}
      </h1>
      <p className="text-page__lead">{t('promiseEditing.intro')}</p>
      <StatusRegion message={status} className="pe-page__status" />
      <div role="status" className="status-region">
        {!list && periods.error === null && <p>{t('promiseEditing.loading')}</p>}
        {periodId !== null && !data && page.error === null && <p>{t('promiseEditing.periodLoading')}</p>}
      </div>
      {periods.error !== null && (
        <p role="alert" className="message message--error">
          {t('promiseEditing.loadError', { message: errorMessage(periods.error, context) })}
        </p>
      )}

      {list && <EditingPeriodChooser periods={list} selectedId={periodId} creating={location.creating} municipalities={wholeArea ? municipalities : null} onChoose={(id) => navigate(pathFor({ periodId: id, view: location.view }))} />}
      {list && list.length === 0 && !location.creating && <p className="pe-empty">{t('promiseEditing.noPeriods')}</p>}

      {location.creating && <EditingPeriodForm period={null} municipalities={municipalities} onSaved={created} onCancel={() => navigate(pagePaths.promiseEditing)} />}

      {!location.creating && page.error !== null && (
        <p role="alert" className="message message--error">
          {t('promiseEditing.periodLoadError', { message: errorMessage(page.error, context) })}
        </p>
      )}

      {!location.creating && data && (
        <>
          <EditingPeriodStatus period={data.period} municipalities={municipalities} showMunicipality={wholeArea} onPublished={(period) => void published(period)} />
          <EditingTabs periodId={data.period.id} view={location.view} />
          {location.view === 'period' && (
            <EditingPeriodPart key={data.period.id} page={data} onSaved={(period) => void periodChanged(t('promiseEditing.period.saved', { title: period.title }))} />
          )}
          {location.view === 'promises' && <EditingPromiseList key={data.period.id} page={data} onChanged={changed} />}
          {location.view === 'surveys' && <EditingSurveyList key={data.period.id} periodId={data.period.id} periodPublished={data.period.published_at !== null} announce={announce} />}
          {location.view === 'figures' && <EditingFigureTable municipalities={municipalities} announce={announce} />}
        </>
      )}
      {/* Figures belong to no period: they can be entered before the first period exists. */}
      {!location.creating && list && list.length === 0 && <EditingFigureTable municipalities={municipalities} announce={announce} />}

      {!location.creating && <EditingAuditLinks periodId={data?.period.id ?? null} canReadLog={user?.role === 'admin'} />}
    </article>
  )
}
