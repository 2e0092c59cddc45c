import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ContactPerson } from '../../../server/shared/api/watch-area-schemas.ts'
import { addContact, removeContact, updateContact } from '../data/grannsamverkan-api.ts'
import { useSession } from '../session/session-context.ts'
import { ConfirmButton } from './confirm-button.tsx'
import { ContactForm } from './contact-form.tsx'

interface ContactPersonsProps {
  areaId: number
  areaName: string
  /** Absent when the role may not see personal data; then only the count is shown. */
  contacts: readonly ContactPerson[] | undefined
  contactCount: number
  canEdit: boolean
  onChanged(message: string): void
}

/** The area's contact persons (kontaktombud), main contact first, with add, change and remove. */
export function ContactPersons({ areaId, areaName, contacts, contactCount, canEdit, onChanged }: ContactPersonsProps) {
  const { t } = useTranslation()
  const { call } = useSession()
  const [editingId, setEditingId] = useState<number | null>(null)
  const sorted = [...(contacts ?? [])].sort((a, b) => Number(b.is_main) - Number(a.is_main) || a.name.localeCompare(b.name))

  return (
    <section className="gs-subsection" aria-labelledby="gs-contacts-heading">
      <h3 id="gs-contacts-heading" className="gs-subsection__heading">
        {t('grannsamverkan.contacts.heading')} <span className="gs-count">({contacts?.length ?? contactCount})</span>
      </h3>
      {!contacts && <p>{t('grannsamverkan.contacts.hidden', { count: contactCount })}</p>}
      {contacts && contacts.length === 0 && <p>{t('grannsamverkan.contacts.none')}</p>}
      {sorted.length > 0 && (
        <ul className="gs-contacts">
          {sorted.map((contact) => (
            <li key={contact.id} className="gs-contact">
              {editingId === contact.id ? (
                <ContactForm
                  formId={`gs-contact-${contact.id}`}
                  legend={t('grannsamverkan.contacts.editLegend', { name: contact.name })}
                  submitLabel={t('grannsamverkan.contacts.save')}
                  contact={contact}
                  onCancel={() => setEditingId(null)}
                  save={async (body) => {
                    await updateContact(call, contact.id, body)
                    setEditingId(null)
                    onChanged(t('grannsamverkan.contacts.saved', { name: body.name }))
                  }}
                />
              ) : (
                <>
                  <p className="gs-contact__name">
                    {contact.name}
                    {contact.is_main && <span className="gs-tag"> {t('grannsamverkan.contacts.main')}</span>}
                  </p>
                  <dl className="gs-contact__ways">
                    <div>
                      <dt>{t('grannsamverkan.contacts.phone')}</dt>
                      <dd>{contact.phone ? <a href={`tel:${contact.phone.replace(/[^+0-9]/g, '')}`}>{contact.phone}</a> : t('grannsamverkan.missing')}</dd>
                    </div>
                    <div>
                      <dt>{t('grannsamverkan.contacts.email')}</dt>
                      <dd>{contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : t('grannsamverkan.missing')}</dd>
                    </div>
                  </dl>
                  {canEdit && (
                    <div className="gs-row-actions">
                      <button type="button" className="button button--secondary button--small" onClick={() => setEditingId(contact.id)}>
                        {t('grannsamverkan.edit')}
                        <span className="visually-hidden"> {contact.name}</span>
                      </button>
                      <ConfirmButton
                        label={t('grannsamverkan.remove')}
                        what={contact.name}
                        confirmLabel={t('grannsamverkan.confirmRemove')}
                        onConfirm={async () => {
                          await removeContact(call, contact.id)
                          onChanged(t('grannsamverkan.contacts.removed', { name: contact.name }))
                        }}
                      />
                    </div>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <ContactForm
          formId={`gs-new-contact-${areaId}`}
          legend={t('grannsamverkan.contacts.addLegend', { area: areaName })}
          submitLabel={t('grannsamverkan.contacts.add')}
          save={async (body) => {
            await addContact(call, areaId, body)
            onChanged(t('grannsamverkan.contacts.added', { name: body.name }))
          }}
        />
      )}
    </section>
  )
}
