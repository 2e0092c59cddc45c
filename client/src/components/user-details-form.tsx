import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { UpdateUserBody, UserSummary } from '../../../server/shared/api/user-schemas.ts'
import { roles } from '../../../server/shared/roles.ts'
import type { Role } from '../../../server/shared/roles.ts'
import { problemFor } from '../forms/form-problems.ts'
import { useForm } from '../forms/use-form.ts'
import { AccountMunicipalityField } from '../municipalities/account-municipality-field.tsx'
import { ErrorSummary } from './error-summary.tsx'
import { SelectField } from './select-field.tsx'
import { TextField } from './text-field.tsx'
import type { SaveUserChange } from './user-editor.tsx'

/** The account's name and role; an admin's own role is shown but cannot be changed here. */
export function UserDetailsForm({ formId, user, isMe, save }: { formId: string; user: UserSummary; isMe: boolean; save: SaveUserChange }) {
  const { t } = useTranslation()
  const form = useForm({ fields: ['display_name', 'role', 'municipality_code'] })
  const [name, setName] = useState(user.display_name)
  const [role, setRole] = useState<Role>(user.role)
  const [municipality, setMunicipality] = useState(user.municipality_code ?? '')

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const change: UpdateUserBody = {}
    if (name.trim() !== user.display_name) change.display_name = name.trim()
    if (role !== user.role) change.role = role
    if (role === 'kommun' && municipality !== '' && municipality !== user.municipality_code) change.municipality_code = municipality
    if (Object.keys(change).length === 0) return form.fail([{ field: null, message: t('users.nothingChanged') }])
    await form.run(() => save(change, 'users.detailsSaved'))
  }

  return (
    <form id={formId} className="staff-form" noValidate onSubmit={(event) => void submit(event)}>
      <fieldset className="staff-form__group">
        <legend>{t('users.detailsLegend')}</legend>
        <ErrorSummary formId={formId} problems={form.problems} attempt={form.attempt} headingLevel="h3" />
        <TextField
          id={`${formId}-display_name`}
          label={t('users.name')}
          autoComplete="off"
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={problemFor(form.problems, 'display_name')}
        />
        {isMe ? (
          <p className="field__hint">
            {t('users.role')}: {t(`roles.${user.role}`)}
          </p>
        ) : (
          <SelectField
            id={`${formId}-role`}
            label={t('users.role')}
            value={role}
            onChange={(event) => setRole(event.target.value as Role)}
            error={problemFor(form.problems, 'role')}
          >
            {roles.map((value) => (
              <option key={value} value={value}>
                {t(`roles.${value}`)}
              </option>
            ))}
          </SelectField>
        )}
        {role === 'kommun' && (
          <AccountMunicipalityField
            id={`${formId}-municipality_code`}
            value={municipality}
            onChange={setMunicipality}
            error={problemFor(form.problems, 'municipality_code')}
          />
        )}
        <button type="submit" className="button" aria-disabled={form.busy || undefined}>
          {form.busy ? t('form.busy') : t('users.saveDetails')}
        </button>
      </fieldset>
    </form>
  )
}
