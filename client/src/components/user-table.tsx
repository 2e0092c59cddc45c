import { Fragment, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { UserSummary } from '../../../server/shared/api/user-schemas.ts'
import { formatShortDateTime } from '../features/format-value.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { intlLocales } from '../i18n/languages.ts'
import { UserEditor } from './user-editor.tsx'

interface UserTableProps {
  /** The id of the heading that names the table. */
  labelledBy: string
  users: readonly UserSummary[]
  myId: number
  /** The account whose editor is open, under its row; one at a time. */
  openId: number | null
  onOpen(id: number | null): void
  onUpdated(user: UserSummary): void
}

const columns = 6

/**
 * Every account in a table with real headers. "Ändra" opens the account's editor in a row right
 * below it (a disclosure), so it follows the button in reading and tab order; closing it puts
 * focus back on the button. On a phone each row becomes a card (see app.css).
 */
export function UserTable({ labelledBy, users, myId, openId, onOpen, onUpdated }: UserTableProps) {
  const { t } = useTranslation()
  const { language } = useFormatContext()
  const buttons = useRef(new Map<number, HTMLButtonElement>())

  const close = (id: number) => {
    onOpen(null)
    buttons.current.get(id)?.focus()
  }

  return (
    <table className="data-table user-table" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col">{t('users.email')}</th>
          <th scope="col">{t('users.name')}</th>
          <th scope="col">{t('users.role')}</th>
          <th scope="col">{t('users.status')}</th>
          <th scope="col">{t('users.lastLogin')}</th>
          <th scope="col">{t('users.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => {
          const open = openId === user.id
          const editorId = `user-editor-${user.id}`
          return (
            <Fragment key={user.id}>
              <tr className={open ? 'user-table__row user-table__row--open' : 'user-table__row'}>
                <th scope="row" className="user-table__email">
                  {user.email}
                  {user.id === myId && <span className="user-table__you"> ({t('users.you')})</span>}
                </th>
                <td data-label={t('users.name')}>
                  {user.display_name || (
                    <span className="user-table__missing">
                      <span aria-hidden="true">–</span>
                      <span className="visually-hidden">{t('account.noName')}</span>
                    </span>
                  )}
                </td>
                <td data-label={t('users.role')}>{t(`roles.${user.role}`)}</td>
                <td data-label={t('users.status')}>
                  <span className={user.disabled ? 'status-tag status-tag--off' : 'status-tag status-tag--on'}>
                    {t(user.disabled ? 'users.disabled' : 'users.active')}
                  </span>
                </td>
                <td data-label={t('users.lastLogin')}>
                  {user.last_login_at ? formatShortDateTime(user.last_login_at, intlLocales[language]) : t('users.never')}
                </td>
                <td className="user-table__action">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-expanded={open}
                    aria-controls={open ? editorId : undefined}
                    ref={(element) => {
                      if (element) buttons.current.set(user.id, element)
                      else buttons.current.delete(user.id)
                    }}
                    onClick={() => onOpen(open ? null : user.id)}
                  >
                    {t('users.edit')}
                    <span className="visually-hidden"> {user.email}</span>
                  </button>
                </td>
              </tr>
              {open && (
                <tr className="user-table__editor-row">
                  <td colSpan={columns}>
                    <UserEditor id={editorId} user={user} isMe={user.id === myId} onUpdated={onUpdated} onClose={() => close(user.id)} />
                  </td>
                </tr>
              )}
            </Fragment>
          )
        })}
      </tbody>
    </table>
  )
}
