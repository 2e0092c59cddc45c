import { useTranslation } from 'react-i18next'
import type { UpdateUserBody, UserSummary } from '../../../server/shared/api/user-schemas.ts'
import { pagePaths } from '../../../server/shared/page-paths.ts'
import { auditSearchFor } from '../audit/audit-filter.ts'
import { updateUser } from '../data/staff-api.ts'
import { useStatus } from '../forms/use-status.ts'
import { AppLink } from '../routing/app-link.tsx'
import { useSession } from '../session/session-context.ts'
import { StatusRegion } from './status-region.tsx'
import { UserAccessForm } from './user-access-form.tsx'
import { UserDetailsForm } from './user-details-form.tsx'
import { UserPasswordForm } from './user-password-form.tsx'

/** Saves one change to the account and says so in the editor's live region. */
export type SaveUserChange = (change: UpdateUserBody, message: string) => Promise<void>

interface UserEditorProps {
  id: string
  user: UserSummary
  /** The admin's own account: the server refuses to let them demote or disable themselves. */
  isMe: boolean
  onUpdated(user: UserSummary): void
  onClose(): void
}

/** Name and role, a new password, and disabling or enabling one account; each saved on its own. */
export function UserEditor({ id, user, isMe, onUpdated, onClose }: UserEditorProps) {
  const { t } = useTranslation()
  const { call } = useSession()
  const [status, announce] = useStatus()
  const prefix = `user-${user.id}`

  const save: SaveUserChange = async (change, message) => {
    const updated = await updateUser(call, user.id, change)
    onUpdated(updated)
    announce(t(message, { email: updated.email }))
  }

  return (
    <section id={id} className="user-editor" aria-labelledby={`${prefix}-heading`}>
      <div className="user-editor__top">
        <h3 id={`${prefix}-heading`} className="user-editor__heading">
          {t('users.editHeading', { email: user.email })}
        </h3>
        <button type="button" className="button button--secondary button--small" onClick={onClose}>
          {t('users.close')}
        </button>
      </div>
      <StatusRegion message={status} />
      <div className="user-editor__groups">
        <UserDetailsForm formId={`${prefix}-details`} user={user} isMe={isMe} save={save} />
        <UserPasswordForm formId={`${prefix}-password`} save={save} />
        <UserAccessForm formId={`${prefix}-access`} user={user} isMe={isMe} save={save} />
      </div>
      <p className="user-editor__history">
        <AppLink to={`${pagePaths.auditLog}${auditSearchFor({ objectType: 'user', objectId: String(user.id) })}`}>
          {t('users.history')}
          <span className="visually-hidden"> ({user.email})</span>
        </AppLink>
      </p>
    </section>
  )
}
