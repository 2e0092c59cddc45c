import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CreatedApiToken } from '../../../server/shared/api/api-token-schemas.ts'

interface NewApiTokenProps {
  created: CreatedApiToken
  /** The admin has saved the token: it is forgotten and the form comes back. */
  onDone(): void
}

/**
 * The new token, shown once, with a copy button and a warning that it will not be shown again.
 * The heading takes focus, so a screen reader hears at once that the token was made.
 */
export function NewApiToken({ created, onDone }: NewApiTokenProps) {
  const { t } = useTranslation()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const inputRef = useRef<HTMLInputElement>(null)
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null)
  const example = `curl -H "Authorization: Bearer ${created.secret}" ${window.location.origin}/ogc/collections`

  useEffect(() => {
    headingRef.current?.focus()
  }, [])

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.secret)
      setCopied('yes')
    } catch {
      // No clipboard permission: select the token so the admin can copy it with one more step.
      inputRef.current?.select()
      setCopied('failed')
    }
  }

  return (
    <div className="new-api-token">
      <h3 ref={headingRef} tabIndex={-1} className="new-api-token__heading">
        {t('apiTokens.newHeading', { name: created.token.name })}
      </h3>
      <p className="message message--warning new-api-token__warning">{t('apiTokens.newWarning')}</p>
      <div className="field">
        <label className="field__label" htmlFor="new-api-token-secret">
          {t('apiTokens.newLabel')}
        </label>
        <input
          ref={inputRef}
          id="new-api-token-secret"
          className="field__input new-api-token__secret"
          type="text"
          readOnly
          spellCheck={false}
          autoComplete="off"
          value={created.secret}
          onFocus={(event) => event.target.select()}
        />
      </div>
      <div className="new-api-token__actions">
        <button type="button" className="button" onClick={() => void copy()}>
          {t('apiTokens.copy')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('apiTokens.done')}
        </button>
      </div>
      <div role="status" className="new-api-token__status">
        {copied === 'yes' && <p className="message--success">{t('apiTokens.copied')}</p>}
        {copied === 'failed' && <p className="message--error">{t('apiTokens.copyFailed')}</p>}
      </div>
      <p className="new-api-token__usage">{t('apiTokens.usage')}</p>
      <pre className="new-api-token__example" lang="en" translate="no">
        <code>{example}</code>
      </pre>
    </div>
  )
}
