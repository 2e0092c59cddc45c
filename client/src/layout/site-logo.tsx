/** A map pin with a shield: decorative, the name next to it says what the service is. */
export function SiteLogo() {
  return (
    <svg className="site-logo" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
      <path d="M16 2C10 2 5.5 6.6 5.5 12.4 5.5 20 16 30 16 30s10.5-10 10.5-17.6C26.5 6.6 22 2 16 2z" fill="#0b4f8a" />
      <path d="M16 7.5l5.5 2v3.6c0 3.6-2.3 6.4-5.5 7.6-3.2-1.2-5.5-4-5.5-7.6V9.5z" fill="#ffffff" />
      <path d="M13.4 13.6l1.9 1.9 3.5-3.6" fill="none" stroke="#009E73" strokeWidth="1.9" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  )
}
