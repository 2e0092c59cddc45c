/** The follow-up's results for a period: the website survey per year, external figures beside it, the marked places. Being built. */
export function FollowUpSection({ periodId }: { periodId: number }) {
  return <section data-period={periodId} />
}
