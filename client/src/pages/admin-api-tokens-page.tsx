import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ApiTokenSummary, CreatedApiToken } from '../../../server/shared/api/api-token-schemas.ts'
import { listApiTokens, revokeApiToken } from '../api-tokens/api-token-api.ts'
import { ApiTokenTable } from '../components/api-token-table.tsx'
import { CreateApiTokenForm } from '../components/create-api-token-form.tsx'
import { NewApiToken } from '../components/new-api-token.tsx'
import { StaffGate } from '../components/staff-gate.tsx'
import { StatusRegion } from '../components/status-region.tsx'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage } from '../forms/form-problems.ts'
import { useStatus } from '../forms/use-status.ts'
import { pageHeadingId } from '../routing/use-focus-on-navigation.ts'
import { useSession } from '../session/session-context.ts'
import { useDocumentTitle } from './use-document-title.ts'

/** Admins only: the API tokens systems use, a form for a new one (shown once), and revocation. */
export function AdminApiTokensPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('apiTokens.title'))
  return (
    <StaffGate heading={t('apiTokens.heading')} roles={['admin']}>
      <ApiTokenAdmin />
    </StaffGate>
  )
}

function ApiTokenAdmin() {
  const { t } = useTranslation()
  const context = useFormatContext()
  const { call } = useSession()
  const [tokens, setTokens] = useState<ApiTokenSummary[] | null>(null)
  const [loadError, setLoadError] = useState<unknown>(null)
  // The new token's text lives only here, until the admin says it is saved.
  const [created, setCreated] = useState<CreatedApiToken | null>(null)
  const [revoked, announceRevoked] = useStatus()

  useEffect(() => {
    let current = true
    listApiTokens(call).then(
      (list) => current && setTokens(list),
      (error: unknown) => current && setLoadError(error ?? new Error('unknown')),
    )
    return () => {
      current = false
    }
  }, [call])

  const add = (answer: CreatedApiToken) => {
    setCreated(answer)
    setTokens((list) => [answer.token, ...(list ?? [])])
  }

  const revoke = async (token: ApiTokenSummary) => {
    const after = await revokeApiToken(call, token.id)
    setTokens((list) => list?.map((candidate) => (candidate.id === after.id ? after : candidate)) ?? null)
    announceRevoked(t('apiTokens.revoked', { name: after.name }))
  }

  return (
    <article className="staff-page staff-page--wide">
      <h1 id={pageHeadingId} tabIndex={-1}>
        {t('apiTokens.heading')}
      </h1>
      <p className="text-page__lead">{t('apiTokens.intro')}</p>

      <section className="staff-section staff-panel" aria-labelledby="new-token-heading">
        <h2 id="new-token-heading">{t('apiTokens.createHeading')}</h2>
        {created ? (
          <NewApiToken created={created} onDone={() => setCreated(null)} />
        ) : (
          <>
            <p>{t('apiTokens.createIntro')}</p>
            <CreateApiTokenForm onCreated={add} />
          </>
        )}
      </section>

      <section className="staff-section" aria-labelledby="tokens-heading">
        <h2 id="tokens-heading">{t('apiTokens.listHeading')}</h2>
        <div role="status" className="status-region">
          {!tokens && !loadError && <p>{t('apiTokens.loading')}</p>}
          {tokens?.length === 0 && <p>{t('apiTokens.empty')}</p>}
        </div>
        {loadError !== null && (
          <p role="alert" className="message message--error">
            {t('apiTokens.loadError', { message: errorMessage(loadError, context) })}
          </p>
        )}
        {tokens && tokens.length > 0 && <ApiTokenTable labelledBy="tokens-heading" tokens={tokens} onRevoke={revoke} />}
        <StatusRegion message={revoked} />
      </section>
    </article>
  )
}
