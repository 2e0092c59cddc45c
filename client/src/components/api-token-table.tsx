import { useTranslation } from 'react-i18next'
import type { ApiTokenSummary } from '../../../server/shared/api/api-token-schemas.ts'
import { formatDate, formatShortDateTime } from '../features/format-value.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { intlLocales } from '../i18n/languages.ts'
import { ConfirmButton } from './confirm-button.tsx'

interface ApiTokenTableProps {
  /** The id of the heading that names the table. */
  labelledBy: string
  tokens: readonly ApiTokenSummary[]
  onRevoke(token: ApiTokenSummary): Promise<void>
}

const statusClass = { active: 'status-tag--on', expired: 'status-tag--neutral', creator_disabled: 'status-tag--off', revoked: 'status-tag--off' } as const

/**
 * Every token with real column headers; its status in words beside the colour. A token that still
 * works can be revoked in two presses. On a phone each row becomes a card (see api-tokens.css).
 */
export function ApiTokenTable({ labelledBy, tokens, onRevoke }: ApiTokenTableProps) {
  const { t } = useTranslation()
  const { language } = useFormatContext()
  const locale = intlLocales[language]
  // The server stores the first moment the token no longer works, midnight in Sweden after the last
  // day: 22:00 or 23:00 UTC of that day itself, so a millisecond earlier has the last day's date.
  const lastDay = (expiresAt: string) => formatDate(new Date(Date.parse(expiresAt) - 1).toISOString(), locale)

  return (
    <table className="data-table token-table" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col">{t('apiTokens.columns.name')}</th>
          <th scope="col">{t('apiTokens.columns.role')}</th>
          <th scope="col">{t('apiTokens.columns.scope')}</th>
          <th scope="col">{t('apiTokens.columns.prefix')}</th>
          <th scope="col">{t('apiTokens.columns.created')}</th>
          <th scope="col">{t('apiTokens.columns.lastUsed')}</th>
          <th scope="col">{t('apiTokens.columns.expires')}</th>
          <th scope="col">{t('apiTokens.columns.status')}</th>
          <th scope="col">{t('apiTokens.columns.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {tokens.map((token) => (
          <tr key={token.id} className="token-table__row">
            <th scope="row" className="token-table__name">
              {token.name}
            </th>
            <td data-label={t('apiTokens.columns.role')}>{t(`roles.${token.role}`)}</td>
            <td data-label={t('apiTokens.columns.scope')}>{t(`apiTokens.scopes.${token.scope}`)}</td>
            <td data-label={t('apiTokens.columns.prefix')}>
              <code translate="no">{token.prefix}…</code>
            </td>
            <td data-label={t('apiTokens.columns.created')}>
              <span>
                {formatShortDateTime(token.created_at, locale)}
                <span className="token-table__by"> {t('apiTokens.createdBy', { email: token.created_by })}</span>
              </span>
            </td>
            <td data-label={t('apiTokens.columns.lastUsed')}>
              {token.last_used_at ? formatShortDateTime(token.last_used_at, locale) : t('apiTokens.never')}
            </td>
            <td data-label={t('apiTokens.columns.expires')}>{token.expires_at ? lastDay(token.expires_at) : t('apiTokens.noExpiry')}</td>
            <td data-label={t('apiTokens.columns.status')}>
              <span>
                <span className={`status-tag ${statusClass[token.status]}`}>{t(`apiTokens.statuses.${token.status}`)}</span>
                {token.revoked_at && token.revoked_by && (
                  <span className="token-table__by">
                    {' '}
                    {t('apiTokens.revokedBy', { when: formatShortDateTime(token.revoked_at, locale), email: token.revoked_by })}
                  </span>
                )}
                {token.status === 'creator_disabled' && <span className="token-table__by"> {t('apiTokens.creatorDisabledHint')}</span>}
              </span>
            </td>
            <td className="token-table__action">
              {token.status !== 'revoked' && (
                <ConfirmButton label={t('apiTokens.revoke')} what={token.name} confirmLabel={t('apiTokens.revokeConfirm')} onConfirm={() => onRevoke(token)} />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
