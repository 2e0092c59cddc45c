import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { UserSummary } from '../../../server/shared/api/user-schemas.ts'
import { roles } from '../../../server/shared/roles.ts'
import type { Role } from '../../../server/shared/roles.ts'
import { createUser } from '../data/staff-api.ts'
import { problemFor } from '../forms/form-problems.ts'
import type { FormProblem } from '../forms/form-problems.ts'
import { isLongEnough, PASSWORD_MIN_LENGTH } from '../forms/password-rules.ts'
import { useForm } from '../forms/use-form.ts'
import { AccountMunicipalityField } from '../municipalities/account-municipality-field.tsx'
import { useSession } from '../session/session-context.ts'
import { ErrorSummary } from './error-summary.tsx'
import { SelectField } from './select-field.tsx'
import { TextField } from './text-field.tsx'

const formId = 'new-user'

const isRole = (value: string): value is Role => (roles as readonly string[]).includes(value)

/** An admin creates a staff account with a first password, which the person then changes. */
export function CreateUserForm({ onCreated }: { onCreated(user: UserSummary): void }) {
  const { t } = useTranslation()
  const { call } = useSession()
  const form = useForm({ fields: ['email', 'display_name', 'role', 'municipality_code', 'password'], codeFields: { email_taken: 'email' } })
  const [email, setEmail] = useState('')
  const [name, setName] = useState('')
  const [role, setRole] = useState('')
  const [municipality, setMunicipality] = useState('')
  const [password, setPassword] = useState('')

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const problems: FormProblem[] = []
    if (!email.trim()) problems.push({ field: 'email', message: t('users.emailMissing') })
    if (!isRole(role)) problems.push({ field: 'role', message: t('users.roleMissing') })
    if (!isLongEnough(password)) problems.push({ field: 'password', message: t('users.passwordTooShort', { count: PASSWORD_MIN_LENGTH }) })
    if (problems.length > 0 || !isRole(role)) return form.fail(problems)
    let created: UserSummary | undefined
    const ok = await form.run(async () => {
      const where = role === 'kommun' && municipality ? { municipality_code: municipality } : {}
      created = await createUser(call, { email: email.trim(), display_name: name.trim(), role, ...where, password })
    })
    if (!ok || !created) return
    setEmail('')
    setName('')
    setRole('')
    setPassword('')
    onCreated(created)
  }

  return (
    <form id={formId} className="staff-form staff-form--grid" noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary formId={formId} problems={form.problems} attempt={form.attempt} headingLevel="h3" />
      <TextField
        id={`${formId}-email`}
        label={t('users.email')}
        type="email"
        autoComplete="off"
        spellCheck={false}
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={problemFor(form.problems, 'email')}
      />
      <TextField
        id={`${formId}-display_name`}
        label={t('users.displayName')}
        autoComplete="off"
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={problemFor(form.problems, 'display_name')}
      />
      <SelectField
        id={`${formId}-role`}
        label={t('users.role')}
        hint={t('users.roleHint')}
        value={role}
        onChange={(event) => setRole(event.target.value)}
        error={problemFor(form.problems, 'role')}
      >
        <option value="">{t('users.chooseRole')}</option>
        {roles.map((value) => (
          <option key={value} value={value}>
            {t(`roles.${value}`)}
          </option>
        ))}
      </SelectField>
      {role === 'kommun' && (
        <AccountMunicipalityField
          id={`${formId}-municipality_code`}
          value={municipality}
          onChange={setMunicipality}
          error={problemFor(form.problems, 'municipality_code')}
        />
      )}
      <TextField
        id={`${formId}-password`}
        label={t('users.firstPassword')}
        hint={t('account.newPasswordHint', { count: PASSWORD_MIN_LENGTH })}
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={problemFor(form.problems, 'password')}
      />
      <div className="staff-form__actions">
        <button type="submit" className="button" aria-disabled={form.busy || undefined}>
          {form.busy ? t('form.busy') : t('users.create')}
        </button>
      </div>
    </form>
  )
}
