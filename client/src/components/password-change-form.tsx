import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { changeOwnPassword } from '../data/staff-api.ts'
import { problemFor } from '../forms/form-problems.ts'
import type { FormProblem } from '../forms/form-problems.ts'
import { isLongEnough, PASSWORD_MIN_LENGTH } from '../forms/password-rules.ts'
import { useForm } from '../forms/use-form.ts'
import { useSession } from '../session/session-context.ts'
import { ErrorSummary } from './error-summary.tsx'
import { TextField } from './text-field.tsx'

const formId = 'password'

/** The logged-in person changes their own password; the server then ends their other sessions. */
export function PasswordChangeForm({ onChanged }: { onChanged(): void }) {
  const { t } = useTranslation()
  const { call } = useSession()
  const form = useForm({ fields: ['current_password', 'new_password', 'repeat_password'] })
  const [current, setCurrent] = useState('')
  const [next, setNext] = useState('')
  const [repeat, setRepeat] = useState('')

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const problems: FormProblem[] = []
    if (!current) problems.push({ field: 'current_password', message: t('account.currentMissing') })
    if (!isLongEnough(next)) problems.push({ field: 'new_password', message: t('account.newTooShort', { count: PASSWORD_MIN_LENGTH }) })
    else if (next !== repeat) problems.push({ field: 'repeat_password', message: t('account.repeatMismatch') })
    if (problems.length > 0) return form.fail(problems)
    const ok = await form.run(() => changeOwnPassword(call, { current_password: current, new_password: next }))
    if (!ok) return
    setCurrent('')
    setNext('')
    setRepeat('')
    onChanged()
  }

  return (
    <form id={formId} className="staff-form" noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary formId={formId} problems={form.problems} attempt={form.attempt} headingLevel="h3" />
      <TextField
        id={`${formId}-current_password`}
        label={t('account.currentPassword')}
        type="password"
        autoComplete="current-password"
        value={current}
        onChange={(event) => setCurrent(event.target.value)}
        error={problemFor(form.problems, 'current_password')}
      />
      <TextField
        id={`${formId}-new_password`}
        label={t('account.newPassword')}
        hint={t('account.newPasswordHint', { count: PASSWORD_MIN_LENGTH })}
        type="password"
        autoComplete="new-password"
        value={next}
        onChange={(event) => setNext(event.target.value)}
        error={problemFor(form.problems, 'new_password')}
      />
      <TextField
        id={`${formId}-repeat_password`}
        label={t('account.repeatPassword')}
        type="password"
        autoComplete="new-password"
        value={repeat}
        onChange={(event) => setRepeat(event.target.value)}
        error={problemFor(form.problems, 'repeat_password')}
      />
      <button type="submit" className="button" aria-disabled={form.busy || undefined}>
        {form.busy ? t('form.busy') : t('account.submitPassword')}
      </button>
    </form>
  )
}
