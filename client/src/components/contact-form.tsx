import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ContactBody } from '../../../server/shared/api/contact-schemas.ts'
import type { ContactPerson } from '../../../server/shared/api/watch-area-schemas.ts'
import { problemFor } from '../forms/form-problems.ts'
import { useForm } from '../forms/use-form.ts'
import { ErrorSummary } from './error-summary.tsx'
import { TextField } from './text-field.tsx'

interface ContactFormProps {
  formId: string
  legend: string
  submitLabel: string
  contact?: ContactPerson
  /** Everything typed, '' as null; the caller sends what it needs (all of it, or what changed). */
  save(body: ContactBody): Promise<void>
  onCancel?: () => void
}

/** A contact person's name, phone, e-mail and main-contact flag. Personal data: police and admins only. */
export function ContactForm({ formId, legend, submitLabel, contact, save, onCancel }: ContactFormProps) {
  const { t } = useTranslation()
  const form = useForm({ fields: ['name', 'phone', 'email', 'is_main'] })
  const [name, setName] = useState(contact?.name ?? '')
  const [phone, setPhone] = useState(contact?.phone ?? '')
  const [email, setEmail] = useState(contact?.email ?? '')
  const [isMain, setIsMain] = useState(contact?.is_main ?? false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (name.trim() === '') return form.fail([{ field: 'name', message: t('grannsamverkan.contacts.nameMissing') }])
    const ok = await form.run(() => save({ name: name.trim(), phone: phone.trim() || null, email: email.trim() || null, is_main: isMain }))
    if (ok && !contact) {
      setName('')
      setPhone('')
      setEmail('')
      setIsMain(false)
    }
  }

  return (
    <form id={formId} className="staff-form gs-form" noValidate onSubmit={(event) => void submit(event)}>
      <fieldset className="staff-form__group">
        <legend>{legend}</legend>
        <ErrorSummary formId={formId} problems={form.problems} attempt={form.attempt} headingLevel="h3" />
        <TextField id={`${formId}-name`} label={t('grannsamverkan.contacts.name')} autoComplete="off" value={name} onChange={(event) => setName(event.target.value)} error={problemFor(form.problems, 'name')} />
        <TextField id={`${formId}-phone`} label={t('grannsamverkan.contacts.phone')} type="tel" autoComplete="off" value={phone} onChange={(event) => setPhone(event.target.value)} error={problemFor(form.problems, 'phone')} />
        <TextField id={`${formId}-email`} label={t('grannsamverkan.contacts.email')} type="email" autoComplete="off" value={email} onChange={(event) => setEmail(event.target.value)} error={problemFor(form.problems, 'email')} />
        <div className="gs-check">
          <input id={`${formId}-is_main`} type="checkbox" className="gs-check__input" checked={isMain} onChange={(event) => setIsMain(event.target.checked)} />
          <label htmlFor={`${formId}-is_main`} className="gs-check__label">
            {t('grannsamverkan.contacts.isMain')}
          </label>
        </div>
        <div className="gs-form__actions">
          <button type="submit" className="button" aria-disabled={form.busy || undefined}>
            {form.busy ? t('form.busy') : submitLabel}
          </button>
          {onCancel && (
            <button type="button" className="button button--secondary" onClick={onCancel}>
              {t('grannsamverkan.cancel')}
            </button>
          )}
        </div>
      </fieldset>
    </form>
  )
}
