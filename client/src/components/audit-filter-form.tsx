import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { pagePaths } from '../../../server/shared/page-paths.ts'
import { auditObjectTypes, isAuditObjectType } from '../audit/audit-filter.ts'
import type { AuditFilter } from '../audit/audit-filter.ts'
import { AppLink } from '../routing/app-link.tsx'
import { SelectField } from './select-field.tsx'
import { TextField } from './text-field.tsx'

interface AuditFilterFormProps {
  /** The filter in the page's query; the fields follow it when it changes (back/forward, a link). */
  filter: AuditFilter
  onApply(filter: AuditFilter): void
}

/** Narrows the log to one type of object, or one object; applying it changes the page's query. */
export function AuditFilterForm({ filter, onApply }: AuditFilterFormProps) {
  const { t } = useTranslation()
  const [type, setType] = useState<string>(filter.objectType ?? '')
  const [id, setId] = useState(filter.objectId ?? '')
  // Reset the fields while rendering, not by remounting, so focus stays on the button pressed.
  const [shownFilter, setShownFilter] = useState(filter)
  if (shownFilter !== filter) {
    setShownFilter(filter)
    setType(filter.objectType ?? '')
    setId(filter.objectId ?? '')
  }
  const filtered = filter.objectType !== null || filter.objectId !== null

  const submit = (event: FormEvent) => {
    event.preventDefault()
    onApply({ objectType: isAuditObjectType(type) ? type : null, objectId: id.trim() || null })
  }

  return (
    <form className="audit-filter" role="search" aria-labelledby="audit-filter-heading" onSubmit={submit}>
      <h2 id="audit-filter-heading" className="audit-filter__heading">
        {t('audit.filterHeading')}
      </h2>
      <div className="audit-filter__fields">
        <SelectField id="audit-filter-type" label={t('audit.objectType')} value={type} onChange={(event) => setType(event.target.value)}>
          <option value="">{t('audit.allTypes')}</option>
          {auditObjectTypes.map((value) => (
            <option key={value} value={value}>
              {t(`audit.types.${value}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="audit-filter-id"
          label={t('audit.objectId')}
          hint={t('audit.objectIdHint')}
          maxLength={40}
          autoComplete="off"
          value={id}
          onChange={(event) => setId(event.target.value)}
        />
      </div>
      <div className="audit-filter__actions">
        <button type="submit" className="button">
          {t('audit.apply')}
        </button>
        {filtered && (
          <AppLink className="button-link button--secondary" to={pagePaths.auditLog}>
            {t('audit.clear')}
          </AppLink>
        )}
      </div>
    </form>
  )
}
