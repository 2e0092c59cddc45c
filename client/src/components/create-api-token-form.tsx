import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { CreatedApiToken } from '../../../server/shared/api/api-token-schemas.ts'
import { createApiToken } from '../api-tokens/api-token-api.ts'
import { apiTokenRoles, apiTokenScopes, isApiTokenRole, isApiTokenScope } from '../api-tokens/api-token-options.ts'
import { problemFor } from '../forms/form-problems.ts'
import type { FormProblem } from '../forms/form-problems.ts'
import { useForm } from '../forms/use-form.ts'
import { useSession } from '../session/session-context.ts'
import { ErrorSummary } from './error-summary.tsx'
import { SelectField } from './select-field.tsx'
import { TextField } from './text-field.tsx'

const formId = 'new-api-token'

/** An admin names the system, chooses its role, what it may do and perhaps a last day. */
export function CreateApiTokenForm({ onCreated }: { onCreated(created: CreatedApiToken): void }) {
  const { t } = useTranslation()
  const { call } = useSession()
  const form = useForm({ fields: ['name', 'role', 'scope', 'expires_on'] })
  const [name, setName] = useState('')
  const [role, setRole] = useState('')
  const [scope, setScope] = useState('')
  const [expiresOn, setExpiresOn] = useState('')

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const problems: FormProblem[] = []
    if (!name.trim()) problems.push({ field: 'name', message: t('apiTokens.nameMissing') })
    if (!isApiTokenRole(role)) problems.push({ field: 'role', message: t('apiTokens.roleMissing') })
    if (!isApiTokenScope(scope)) problems.push({ field: 'scope', message: t('apiTokens.scopeMissing') })
    if (problems.length > 0 || !isApiTokenRole(role) || !isApiTokenScope(scope)) return form.fail(problems)
    let created: CreatedApiToken | undefined
    const ok = await form.run(async () => {
      created = await createApiToken(call, { name: name.trim(), role, scope, expires_on: expiresOn || null })
    })
    if (!ok || !created) return
    setName('')
    setRole('')
    setScope('')
    setExpiresOn('')
    onCreated(created)
  }

  return (
    <form id={formId} className="staff-form staff-form--grid" noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary formId={formId} problems={form.problems} attempt={form.attempt} headingLevel="h3" />
      <TextField
        id={`${formId}-name`}
        label={t('apiTokens.name')}
        hint={t('apiTokens.nameHint')}
        autoComplete="off"
        maxLength={100}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={problemFor(form.problems, 'name')}
      />
      <SelectField
        id={`${formId}-role`}
        label={t('apiTokens.role')}
        hint={t('apiTokens.roleHint')}
        value={role}
        onChange={(event) => setRole(event.target.value)}
        error={problemFor(form.problems, 'role')}
      >
        <option value="">{t('apiTokens.chooseRole')}</option>
        {apiTokenRoles.map((value) => (
          <option key={value} value={value}>
            {t(`roles.${value}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id={`${formId}-scope`}
        label={t('apiTokens.scope')}
        value={scope}
        onChange={(event) => setScope(event.target.value)}
        error={problemFor(form.problems, 'scope')}
      >
        <option value="">{t('apiTokens.chooseScope')}</option>
        {apiTokenScopes.map((value) => (
          <option key={value} value={value}>
            {t(`apiTokens.scopes.${value}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        id={`${formId}-expires_on`}
        label={t('apiTokens.expiresOn')}
        hint={t('apiTokens.expiresOnHint')}
        type="date"
        value={expiresOn}
        onChange={(event) => setExpiresOn(event.target.value)}
        error={problemFor(form.problems, 'expires_on')}
      />
      <div className="staff-form__actions">
        <button type="submit" className="button" aria-disabled={form.busy || undefined}>
          {form.busy ? t('form.busy') : t('apiTokens.create')}
        </button>
      </div>
    </form>
  )
}
