import { useTranslation } from 'react-i18next'
import type { ProtocolEntryBody, WalkObservation, WalkProtocol } from '../../../server/shared/api/walk-schemas.ts'
import { pagePaths } from '../../../server/shared/page-paths.ts'
import { StaffGate } from '../components/staff-gate.tsx'
import { StatusRegion } from '../components/status-region.tsx'
import { WalkProtocolPrintButton } from '../components/walk-protocol-print-button.tsx'
import { WalkProtocolPublish } from '../components/walk-protocol-publish.tsx'
import { WalkProtocolView } from '../components/walk-protocol-view.tsx'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage } from '../forms/form-problems.ts'
import { useStatus } from '../forms/use-status.ts'
import { AppLink } from '../routing/app-link.tsx'
import { pageHeadingId } from '../routing/use-focus-on-navigation.ts'
import { useSearch } from '../routing/use-search.ts'
import { useSession } from '../session/session-context.ts'
import { useWalkProtocol } from '../walk-protocol/use-walk-protocol.ts'
import { walkIdFromSearch } from '../walk-protocol/walk-id.ts'
import { updateProtocolEntry } from '../walks/walk-api.ts'
import { useDocumentTitle } from './use-document-title.ts'

/** The roles that write and publish protocols; every staff member may read them. */
const editors = new Set(['kommun', 'admin'])

/** Staff write a walk's protocol after the walk and publish it; the police read it. `?id=` names the walk. */
export function WalkProtocolPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('walkProtocol.title'))
  return (
    <StaffGate heading={t('walkProtocol.title')}>
      <WalkProtocolScreen />
    </StaffGate>
  )
}

function WalkProtocolScreen() {
  const { t } = useTranslation()
  const context = useFormatContext()
  const { call, user } = useSession()
  const walkId = walkIdFromSearch(useSearch())
  const state = useWalkProtocol(walkId)
  const [status, announce] = useStatus()
  const mayEdit = editors.has(user?.role ?? '')
  const protocol = state.protocol

  const save = async (observation: WalkObservation, body: ProtocolEntryBody) => {
    const saved = await updateProtocolEntry(call, observation.id, body)
    state.replaceObservation(saved)
    const number = (protocol?.observations.findIndex((candidate) => candidate.id === observation.id) ?? 0) + 1
    announce(t('walkProtocol.entry.saved', { number }))
  }
  const changed = (next: WalkProtocol, message: string) => {
    state.replace(next)
    announce(message)
  }

  return (
    <article className="wp-page">
      <h1 id={pageHeadingId} tabIndex={-1} className="wp-page__heading">
        {protocol ? t('walkProtocol.heading', { title: protocol.walk.title }) : t('walkProtocol.title')}
      </h1>
      {walkId === null && (
        <>
          <p>{t('walkProtocol.noId')}</p>
          <p>
            <AppLink to={pagePaths.walkPlanning}>{t('walkProtocol.toPlanning')}</AppLink>
          </p>
        </>
      )}
      <div role="status" className="status-region">
        {walkId !== null && !protocol && state.error === null && <p>{t('walkProtocol.loading')}</p>}
      </div>
      {state.error !== null && (
        <p role="alert" className="message message--error">
          {t('walkProtocol.loadError', { message: errorMessage(state.error, context) })}
        </p>
      )}
      {protocol && (
        <>
          <p className="wp-page__lead wp-no-print">{t(mayEdit ? 'walkProtocol.intro' : 'walkProtocol.introReadOnly')}</p>
          <div className="wp-page__actions wp-no-print">
            <WalkProtocolPrintButton />
            <AppLink to={`${pagePaths.walkPlanning}?id=${protocol.walk.id}`}>{t('walkProtocol.planningLink')}</AppLink>
            {protocol.walk.protocol_published_at && <AppLink to={`${pagePaths.walkInfo}?id=${protocol.walk.id}`}>{t('walkProtocol.publicLink')}</AppLink>}
          </div>
          <WalkProtocolView protocol={protocol} {...(mayEdit ? { onSave: save } : {})} />
          {mayEdit && <WalkProtocolPublish key={protocol.walk.id} walk={protocol.walk} onChange={changed} />}
        </>
      )}
      <StatusRegion message={status} className="wp-status wp-no-print" />
    </article>
  )
}
