import { useTranslation } from 'react-i18next'
import { auditLinkFor, editingAuditTypes } from '../promise-editing/audit-links.ts'
import { AppLink } from '../routing/app-link.tsx'

interface EditingAuditLinksProps {
  periodId: number | null
  /** Only admins read the audit log; the others are told who does, not sent to a refusal. */
  canReadLog: boolean
}

/** The history of what is edited here: the period itself, and every object type of this screen. */
export function EditingAuditLinks({ periodId, canReadLog }: EditingAuditLinksProps) {
  const { t } = useTranslation()
  return (
    <section className="pe-part pe-audit" aria-labelledby="pe-audit-heading">
      <h2 id="pe-audit-heading">{t('promiseEditing.audit.heading')}</h2>
      <p className="pe-part__intro">{t('promiseEditing.audit.intro')}</p>
      {canReadLog ? (
        <ul className="pe-links">
          {editingAuditTypes
            .filter((type) => type !== 'promise_period' || periodId !== null)
            .map((type) => (
              <li key={type}>
                <AppLink to={auditLinkFor(type, type === 'promise_period' ? periodId : null)}>{t(`promiseEditing.audit.links.${type}`)}</AppLink>
              </li>
            ))}
        </ul>
      ) : (
        <p className="pe-note">{t('promiseEditing.audit.adminOnly')}</p>
      )}
    </section>
  )
}
