import { useTranslation } from 'react-i18next'
import type { AuditEntry } from '../../../server/shared/api/audit-schemas.ts'
import { pagePaths } from '../../../server/shared/page-paths.ts'
import { auditChanges } from '../audit/audit-diff.ts'
import { auditSearchFor, isAuditObjectType } from '../audit/audit-filter.ts'
import { auditObjectName } from '../audit/audit-object.ts'
import { auditFieldLabel, auditValueText } from '../audit/audit-values.ts'
import { formatShortDateTime } from '../features/format-value.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { intlLocales } from '../i18n/languages.ts'
import { AppLink } from '../routing/app-link.tsx'
import { ModerationOriginalTexts } from './moderation-original-texts.tsx'

export const auditEntryHeadingId = (entry: Pick<AuditEntry, 'id'>) => `audit-entry-${entry.id}`

interface AuditEntryItemProps {
  entry: AuditEntry
  /** The log already shows only this object: no link to filter by it. */
  filteredToObject: boolean
}

/**
 * One event: what happened to which object, when and by whom, and the changed values side by side.
 * Every value is text (see audit-values.ts), so whatever someone typed is shown, never run.
 */
export function AuditEntryItem({ entry, filteredToObject }: AuditEntryItemProps) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const changes = auditChanges(entry.before, entry.after)
  const typeKey = `audit.types.${entry.object_type}`
  const type = t(typeKey) === typeKey ? entry.object_type : t(typeKey)
  const object = t('audit.object', { type, id: entry.object_id })
  const name = auditObjectName(entry)
  const actionKey = `audit.actions.${entry.action}`
  const action = t(actionKey) === actionKey ? entry.action : t(actionKey)
  // A new object has no "before", a removed one no "after": one column of values is enough.
  const single = entry.before === null ? 'after' : entry.after === null ? 'before' : null

  return (
    <article className="audit-entry" aria-labelledby={auditEntryHeadingId(entry)}>
      <h3 id={auditEntryHeadingId(entry)} className="audit-entry__heading" tabIndex={-1}>
        <span className={`audit-entry__action audit-entry__action--${entry.action}`}>{action}</span>{' '}
        <span className="audit-entry__object">
          {object}
          {name && name !== object && <span className="audit-entry__name"> ({name})</span>}
        </span>
      </h3>
      <dl className="audit-entry__meta">
        <div>
          <dt>{t('audit.when')}</dt>
          <dd>
            <time dateTime={entry.at}>{formatShortDateTime(entry.at, intlLocales[context.language])}</time>
          </dd>
        </div>
        <div>
          <dt>{t('audit.actor')}</dt>
          <dd>{entry.actor}</dd>
        </div>
        {entry.request_id && (
          <div>
            <dt>{t('audit.request')}</dt>
            <dd className="audit-entry__request">{entry.request_id}</dd>
          </div>
        )}
      </dl>
      {changes.length > 0 && (
        <table className="data-table audit-changes">
          <caption className="visually-hidden">{t('audit.changesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('audit.field')}</th>
              {single === null ? (
                <>
                  <th scope="col">{t('audit.before')}</th>
                  <th scope="col">{t('audit.after')}</th>
                </>
              ) : (
                <th scope="col">{t('audit.value')}</th>
              )}
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.field}>
                <th scope="row">{auditFieldLabel(change.field, context)}</th>
                {single !== 'after' && <td className="audit-changes__before">{auditValueText(change.field, change.before, context)}</td>}
                {single !== 'before' && <td className="audit-changes__after">{auditValueText(change.field, change.after, context)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {changes.length === 0 && entry.action === 'update' && <p className="audit-entry__note">{t('audit.noChanges')}</p>}
      {hasOriginalText(entry) && <ModerationOriginalTexts reportId={Number(entry.object_id)} />}
      {!filteredToObject && isAuditObjectType(entry.object_type) && (
        <p className="audit-entry__more">
          <AppLink to={`${pagePaths.auditLog}${auditSearchFor({ objectType: entry.object_type, objectId: entry.object_id })}`}>
            {t('audit.onlyThis', { object })}
          </AppLink>
        </p>
      )}
    </article>
  )
}

/** An edit of a report's text: the resident's own words are kept apart and can be shown on request. */
const hasOriginalText = (entry: AuditEntry) =>
  entry.object_type === 'report' && entry.before?.description_original === true && /^[1-9][0-9]*$/.test(entry.object_id)
