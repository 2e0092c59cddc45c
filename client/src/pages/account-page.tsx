import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PasswordChangeForm } from '../components/password-change-form.tsx'
import { StaffGate } from '../components/staff-gate.tsx'
import { StatusRegion } from '../components/status-region.tsx'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage } from '../forms/form-problems.ts'
import { useStatus } from '../forms/use-status.ts'
import { navigate } from '../routing/history.ts'
import { pageHeadingId } from '../routing/use-focus-on-navigation.ts'
import { loggedOutPath } from '../session/return-path.ts'
import { useSession } from '../session/session-context.ts'
import { useDocumentTitle } from './use-document-title.ts'

/** Who I am, a new password, and logging out on every device. */
export function AccountPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('account.title'))
  return (
    <StaffGate heading={t('account.heading')}>
      <AccountDetails />
    </StaffGate>
  )
}

function AccountDetails() {
  const { t } = useTranslation()
  const context = useFormatContext()
  const { user, logOut } = useSession()
  const [status, announce] = useStatus()
  const [logOutError, setLogOutError] = useState<string | null>(null)
  if (!user) return null

  const logOutEverywhere = async () => {
    setLogOutError(null)
    try {
      await logOut(true)
      navigate(loggedOutPath(true))
    } catch (error) {
      setLogOutError(t('staff.logOutFailed', { message: errorMessage(error, context) }))
    }
  }

  return (
    <article className="staff-page">
      <h1 id={pageHeadingId} tabIndex={-1}>
        {t('account.heading')}
      </h1>
      <dl className="facts">
        <div className="facts__row">
          <dt>{t('account.name')}</dt>
          <dd>{user.display_name || <span className="facts__missing">{t('account.noName')}</span>}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('account.email')}</dt>
          <dd>{user.email}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('account.role')}</dt>
          <dd>{t(`roles.${user.role}`)}</dd>
        </div>
      </dl>

      <section className="staff-section" aria-labelledby="password-heading">
        <h2 id="password-heading">{t('account.passwordHeading')}</h2>
        <StatusRegion message={status} />
        <PasswordChangeForm onChanged={() => announce(t('account.passwordChanged'))} />
      </section>

      <section className="staff-section" aria-labelledby="everywhere-heading">
        <h2 id="everywhere-heading">{t('account.everywhereHeading')}</h2>
        <p>{t('account.everywhereText')}</p>
        {logOutError && (
          <p role="alert" className="message message--error">
            {logOutError}
          </p>
        )}
        <button type="button" className="button button--secondary" onClick={() => void logOutEverywhere()}>
          {t('account.everywhereButton')}
        </button>
      </section>
    </article>
  )
}
