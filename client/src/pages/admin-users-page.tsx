import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { UserSummary } from '../../../server/shared/api/user-schemas.ts'
import { CreateUserForm } from '../components/create-user-form.tsx'
import { StaffGate } from '../components/staff-gate.tsx'
import { StatusRegion } from '../components/status-region.tsx'
import { UserTable } from '../components/user-table.tsx'
import { listUsers } from '../data/staff-api.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage } from '../forms/form-problems.ts'
import { useStatus } from '../forms/use-status.ts'
import { pageHeadingId } from '../routing/use-focus-on-navigation.ts'
import { useSession } from '../session/session-context.ts'
import { useDocumentTitle } from './use-document-title.ts'

/** Admins only: the staff accounts, a form for a new one, and an editor per account. */
export function AdminUsersPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('users.title'))
  return (
    <StaffGate heading={t('users.heading')} roles={['admin']}>
      <UserAdmin />
    </StaffGate>
  )
}

// The server's order: active accounts first, then by e-mail address.
const byStatusAndEmail = (a: UserSummary, b: UserSummary) => Number(a.disabled) - Number(b.disabled) || a.email.localeCompare(b.email)

function UserAdmin() {
  const { t } = useTranslation()
  const context = useFormatContext()
  const { call, user: me, reload } = useSession()
  const [users, setUsers] = useState<UserSummary[] | null>(null)
  const [loadError, setLoadError] = useState<unknown>(null)
  const [openId, setOpenId] = useState<number | null>(null)
  const [created, announceCreated] = useStatus()

  useEffect(() => {
    let current = true
    listUsers(call).then(
      (list) => current && setUsers(list),
      (error: unknown) => current && setLoadError(error ?? new Error('unknown')),
    )
    return () => {
      current = false
    }
  }, [call])

  // An account keeps its place in the table while it is being edited, even when disabled.
  const replace = useCallback(
    (updated: UserSummary) => {
      setUsers((list) => list?.map((user) => (user.id === updated.id ? updated : user)) ?? null)
      // The header shows the admin's own name from the session.
      if (updated.id === me?.id) void reload()
    },
    [me?.id, reload],
  )

  const add = (user: UserSummary) => {
    setUsers((list) => [...(list ?? []), user].sort(byStatusAndEmail))
    announceCreated(t('users.created', { email: user.email }))
  }

  return (
    <article className="staff-page staff-page--wide">
      <h1 id={pageHeadingId} tabIndex={-1}>
        {t('users.heading')}
      </h1>
      <p className="text-page__lead">{t('users.intro')}</p>

      <section className="staff-section" aria-labelledby="accounts-heading">
        <h2 id="accounts-heading">{t('users.tableCaption', { count: users?.length ?? 0 })}</h2>
        <div role="status" className="status-region">
          {!users && !loadError && <p>{t('users.loading')}</p>}
        </div>
        {loadError !== null && (
          <p role="alert" className="message message--error">
            {t('users.loadError', { message: errorMessage(loadError, context) })}
          </p>
        )}
        {users && me && <UserTable labelledBy="accounts-heading" users={users} myId={me.id} openId={openId} onOpen={setOpenId} onUpdated={replace} />}
      </section>

      <section className="staff-section staff-panel" aria-labelledby="new-user-heading">
        <h2 id="new-user-heading">{t('users.createHeading')}</h2>
        <p>{t('users.createIntro')}</p>
        <CreateUserForm onCreated={add} />
        <StatusRegion message={created} />
      </section>
    </article>
  )
}
