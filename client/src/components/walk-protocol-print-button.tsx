import { useTranslation } from 'react-i18next'

/** Prints the page; the print stylesheet leaves out navigation and buttons and keeps the map as a picture. */
export function WalkProtocolPrintButton() {
  const { t } = useTranslation()
  return (
    <button type="button" className="button button--secondary wp-no-print" onClick={() => window.print()}>
      {t('walkProtocol.print')}
    </button>
  )
}
