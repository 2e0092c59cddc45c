import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReportReceipt as Receipt } from '../../../server/shared/api/report-schemas.ts'
import { pagePaths } from '../../../server/shared/page-paths.ts'
import { receiptUrl } from '../reports/receipt-link.ts'
import { AppLink } from '../routing/app-link.tsx'
import { pageHeadingId } from '../routing/use-focus-on-navigation.ts'

interface ReportReceiptProps {
  receipt: Receipt
  onAnother(): void
}

/**
 * After sending: the report's number and the private link, shown once, with a copy button. The
 * heading takes focus so a screen reader hears at once that it worked.
 */
export function ReportReceipt({ receipt, onAnother }: ReportReceiptProps) {
  const { t } = useTranslation()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const linkRef = useRef<HTMLInputElement>(null)
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null)
  const url = receiptUrl(window.location.origin, receipt.token)
  const path = `${pagePaths.reportStatus}#${receipt.token}`

  useEffect(() => {
    headingRef.current?.focus()
  }, [])

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url)
      setCopied('yes')
    } catch {
      // No clipboard permission: select the link so the resident can copy it with one more step.
      linkRef.current?.select()
      setCopied('failed')
    }
  }

  return (
    <section className="report-receipt" aria-labelledby={pageHeadingId}>
      <h1 id={pageHeadingId} ref={headingRef} tabIndex={-1} className="report-receipt__heading">
        {t('reports.receipt.heading')}
      </h1>
      <p className="report-receipt__number">
        {t('reports.receipt.number')}: <strong>{receipt.id}</strong>
      </p>
      <h2 className="report-receipt__subheading">{t('reports.receipt.linkHeading')}</h2>
      <p>{t('reports.receipt.linkText')}</p>
      <div className="field">
        <label className="field__label" htmlFor="report-receipt-link">
          {t('reports.receipt.linkLabel')}
        </label>
        <input
          ref={linkRef}
          id="report-receipt-link"
          className="field__input report-receipt__link"
          type="text"
          readOnly
          value={url}
          onFocus={(event) => event.target.select()}
        />
      </div>
      <div className="report-receipt__actions">
        <button type="button" className="button" onClick={() => void copy()}>
          {t('reports.receipt.copy')}
        </button>
        <AppLink to={path} className="button-link button--secondary">
          {t('reports.receipt.open')}
        </AppLink>
      </div>
      <div role="status" className="report-receipt__status">
        {copied === 'yes' && <p className="message--success">{t('reports.receipt.copied')}</p>}
        {copied === 'failed' && <p className="message--error">{t('reports.receipt.copyFailed')}</p>}
      </div>
      <p>{t('reports.receipt.next')}</p>
      <div className="report-receipt__actions">
        <button type="button" className="button button--secondary" onClick={onAnother}>
          {t('reports.receipt.another')}
        </button>
        <AppLink to={pagePaths.map} className="button-link button--secondary">
          {t('reports.receipt.toMap')}
        </AppLink>
      </div>
    </section>
  )
}
