import { useTranslation } from 'react-i18next'

/**
 * The addresses GIS programs and other systems connect to, written out in full with this site's
 * origin, because they are copied into another program rather than followed.
 */
export function OpenDataServices({ origin }: { origin: string }) {
  const { t } = useTranslation()
  const ogc = `${origin}/ogc`
  // The base a client appends `/services.json` to, so no trailing slash (that would give `//`).
  // The base itself answers nothing; the link opens the discovery document, which names it.
  const open311 = `${origin}/api/open311/v2`
  const open311Discovery = `${origin}/api/open311/discovery.json`
  return (
    <section aria-labelledby="od-services-heading">
      <h2 id="od-services-heading">{t('openData.services.heading')}</h2>
      <h3>{t('openData.services.ogcHeading')}</h3>
      <p>{t('openData.services.ogc')}</p>
      <Address label={t('openData.services.ogcAddress')} address={ogc} />
      <h3>{t('openData.services.open311Heading')}</h3>
      <p>{t('openData.services.open311')}</p>
      <Address label={t('openData.services.open311Address')} address={open311} href={open311Discovery} />
    </section>
  )
}

/** Shows `address` to copy; the link goes to `href` when the address itself has nothing to show. */
function Address({ label, address, href = address }: { label: string; address: string; href?: string }) {
  return (
    <p className="od-address">
      <span className="od-address__label">{label}:</span>{' '}
      <a href={href}>
        <code>{address}</code>
      </a>
    </p>
  )
}
