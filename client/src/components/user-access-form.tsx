import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { UserSummary } from '../../../server/shared/api/user-schemas.ts'
import { useForm } from '../forms/use-form.ts'
import { ErrorSummary } from './error-summary.tsx'
import type { SaveUserChange } from './user-editor.tsx'

/** Disables or enables an account; a disabled account cannot log in and is logged out at once. */
export function UserAccessForm({ formId, user, isMe, save }: { formId: string; user: UserSummary; isMe: boolean; save: SaveUserChange }) {
  const { t } = useTranslation()
  const form = useForm({ fields: [] })

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const disabled = !user.disabled
    await form.run(() => save({ disabled }, disabled ? 'users.disabledDone' : 'users.enabledDone'))
  }

  return (
    <form id={formId} className="staff-form" noValidate onSubmit={(event) => void submit(event)}>
      <fieldset className="staff-form__group">
        <legend>{t('users.accessLegend')}</legend>
        <ErrorSummary formId={formId} problems={form.problems} attempt={form.attempt} headingLevel="h3" />
        {isMe ? (
          <p className="field__hint">{t('users.ownAccount')}</p>
        ) : (
          <>
            <p className="field__hint">{t(user.disabled ? 'users.enableHelp' : 'users.disableHelp')}</p>
            <button type="submit" className={user.disabled ? 'button' : 'button button--danger'} aria-disabled={form.busy || undefined}>
              {form.busy ? t('form.busy') : t(user.disabled ? 'users.enable' : 'users.disable')}
            </button>
          </>
        )}
      </fieldset>
    </form>
  )
}
