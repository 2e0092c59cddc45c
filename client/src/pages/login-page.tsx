import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorSummary } from '../components/error-summary.tsx'
import { TextField } from '../components/text-field.tsx'
import { problemFor } from '../forms/form-problems.ts'
import type { FormProblem } from '../forms/form-problems.ts'
import { useForm } from '../forms/use-form.ts'
import { AppLink } from '../routing/app-link.tsx'
import { navigate } from '../routing/history.ts'
import { pageHeadingId } from '../routing/use-focus-on-navigation.ts'
import { useSearch } from '../routing/use-search.ts'
import { LOGGED_OUT_PARAM, RETURN_PARAM, safeReturnPath } from '../session/return-path.ts'
import { useSession } from '../session/session-context.ts'
import { useDocumentTitle } from './use-document-title.ts'

const formId = 'login'

/** E-mail and password; afterwards back to the page in `?till=` (same site only) or the map. */
export function LoginPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('login.title'))
  const session = useSession()
  const params = new URLSearchParams(useSearch())
  const returnTo = safeReturnPath(params.get(RETURN_PARAM))
  const loggedOut = params.get(LOGGED_OUT_PARAM)
  const form = useForm({ fields: ['email', 'password'] })
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const missing: FormProblem[] = []
    if (!email.trim()) missing.push({ field: 'email', message: t('login.emailMissing') })
    if (!password) missing.push({ field: 'password', message: t('login.passwordMissing') })
    if (missing.length > 0) return form.fail(missing)
    const ok = await form.run(async () => {
      await session.logIn(email.trim(), password)
    })
    // The login page is not worth a step back to.
    if (ok) navigate(returnTo, { replace: true })
    else setPassword('')
  }

  return (
    <article className="staff-page staff-page--narrow">
      <h1 id={pageHeadingId} tabIndex={-1}>
        {t('login.heading')}
      </h1>
      {loggedOut && !session.user && (
        <p className="message message--success">{t(loggedOut === 'alla' ? 'login.loggedOutEverywhere' : 'login.loggedOut')}</p>
      )}
      {session.user && !form.busy ? (
        <>
          <p>{t('login.already', { name: session.user.display_name || session.user.email, role: t(`roles.${session.user.role}`) })}</p>
          <p>
            <AppLink className="button-link" to={returnTo}>
              {t('login.continue')}
            </AppLink>
          </p>
        </>
      ) : (
        <>
          <p>{t('login.intro')}</p>
          <form id={formId} className="staff-form" noValidate onSubmit={(event) => void submit(event)}>
            <ErrorSummary formId={formId} problems={form.problems} attempt={form.attempt} />
            <TextField
              id={`${formId}-email`}
              label={t('login.email')}
              type="email"
              name="email"
              autoComplete="username"
              spellCheck={false}
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              error={problemFor(form.problems, 'email')}
            />
            <TextField
              id={`${formId}-password`}
              label={t('login.password')}
              type="password"
              name="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              error={problemFor(form.problems, 'password')}
            />
            <button type="submit" className="button" aria-disabled={form.busy || undefined}>
              {form.busy ? t('login.busy') : t('login.submit')}
            </button>
          </form>
          <p className="text-page__note">{t('login.forgot')}</p>
        </>
      )}
    </article>
  )
}
