import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { problemFor } from '../forms/form-problems.ts'
import { isLongEnough, PASSWORD_MIN_LENGTH } from '../forms/password-rules.ts'
import { useForm } from '../forms/use-form.ts'
import { ErrorSummary } from './error-summary.tsx'
import { TextField } from './text-field.tsx'
import type { SaveUserChange } from './user-editor.tsx'

/** An admin sets a new password, e.g. for someone who forgot theirs; the server ends their sessions. */
export function UserPasswordForm({ formId, save }: { formId: string; save: SaveUserChange }) {
  const { t } = useTranslation()
  const form = useForm({ fields: ['password'] })
  const [password, setPassword] = useState('')

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!isLongEnough(password)) {
      return form.fail([{ field: 'password', message: t('users.passwordTooShort', { count: PASSWORD_MIN_LENGTH }) }])
    }
    if (await form.run(() => save({ password }, 'users.passwordSet'))) setPassword('')
  }

  return (
    <form id={formId} className="staff-form" noValidate onSubmit={(event) => void submit(event)}>
      <fieldset className="staff-form__group">
        <legend>{t('users.passwordLegend')}</legend>
        <ErrorSummary formId={formId} problems={form.problems} attempt={form.attempt} headingLevel="h3" />
        <TextField
          id={`${formId}-password`}
          label={t('users.newPassword')}
          hint={t('users.newPasswordHint', { count: PASSWORD_MIN_LENGTH })}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={problemFor(form.problems, 'password')}
        />
        <button type="submit" className="button" aria-disabled={form.busy || undefined}>
          {form.busy ? t('form.busy') : t('users.setPassword')}
        </button>
      </fieldset>
    </form>
  )
}
