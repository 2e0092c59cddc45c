import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { NearbyReport } from '../../../server/shared/api/report-schemas.ts'
import { featureTitle } from '../features/feature-title.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage } from '../forms/form-problems.ts'
import { fetchNearbyReports, sendMeToo } from '../reports/report-api.ts'
import { NEARBY_METRES } from '../reports/report-options.ts'
import { useSession } from '../session/session-context.ts'

interface NearbyReportsProps {
  point: [number, number]
}

/** The closest few are shown first; a long list would push the form far down on a phone. */
const FIRST_SHOWN = 3

type Loaded = { status: 'loading' } | { status: 'ready'; reports: NearbyReport[] } | { status: 'failed' }

/** Per report: "me too" on its way, given (with the new count) or refused (with the reason). */
type MeToo = { status: 'busy' } | { status: 'done'; count: number } | { status: 'failed'; message: string }

/**
 * Step 2, "Redan rapporterat?": published reports within 100 m of the chosen spot, each with a
 * "Jag också" button, so a resident can back an existing report instead of sending the same again.
 */
export function NearbyReports({ point }: NearbyReportsProps) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const { call } = useSession()
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' })
  const [meToo, setMeToo] = useState<Record<number, MeToo>>({})
  const [showAll, setShowAll] = useState(false)
  const [lon, lat] = point

  useEffect(() => {
    const controller = new AbortController()
    // A marker being dragged or nudged settles before asking.
    const timer = window.setTimeout(() => {
      setLoaded({ status: 'loading' })
      setShowAll(false)
      fetchNearbyReports([lon, lat], controller.signal).then(
        (reports) => setLoaded({ status: 'ready', reports }),
        () => {
          if (!controller.signal.aborted) setLoaded({ status: 'failed' })
        },
      )
    }, 200)
    return () => {
      window.clearTimeout(timer)
      controller.abort()
    }
  }, [lon, lat])

  const agree = async (report: NearbyReport) => {
    setMeToo((previous) => ({ ...previous, [report.id]: { status: 'busy' } }))
    try {
      const { me_too_count } = await sendMeToo(call, report.id)
      setMeToo((previous) => ({ ...previous, [report.id]: { status: 'done', count: me_too_count } }))
      // The button is gone: focus goes to its report, not to the top of the page.
      window.setTimeout(() => document.getElementById(`nearby-${report.id}-title`)?.focus(), 0)
    } catch (error) {
      setMeToo((previous) => ({ ...previous, [report.id]: { status: 'failed', message: errorMessage(error, context) } }))
    }
  }

  return (
    <section className="report-step nearby" aria-labelledby="report-nearby-heading">
      <h2 id="report-nearby-heading" className="report-step__heading">
        {t('reports.nearby.heading')}
      </h2>
      <div role="status" className="nearby__status">
        {loaded.status === 'loading' && <p>{t('reports.nearby.loading')}</p>}
        {loaded.status === 'failed' && <p>{t('reports.nearby.error')}</p>}
        {loaded.status === 'ready' && loaded.reports.length === 0 && <p>{t('reports.nearby.none', { metres: NEARBY_METRES })}</p>}
        {loaded.status === 'ready' && loaded.reports.length > 0 && <p>{t('reports.nearby.found', { count: loaded.reports.length })}</p>}
      </div>
      {loaded.status === 'ready' && loaded.reports.length > 0 && (
        <>
          <p className="report-step__intro">{t('reports.nearby.intro', { metres: NEARBY_METRES })}</p>
          <ul className="nearby__list">
            {loaded.reports.slice(0, showAll ? undefined : FIRST_SHOWN).map((report) => {
              const state = meToo[report.id]
              const count = state?.status === 'done' ? state.count : report.me_too_count
              const titleId = `nearby-${report.id}-title`
              const statusId = `nearby-${report.id}-status`
              return (
                <li key={report.id} className="nearby__item">
                  <h3 id={titleId} className="nearby__title" tabIndex={-1}>
                    {featureTitle('reports', { category: report.category, reported_month: report.reported_month }, context)}
                  </h3>
                  <p className="nearby__meta">
                    {[
                      t(`reports.status.${report.status}`),
                      t(`values.timeOfDay.${report.time_of_day}`),
                      t('reports.nearby.distance', { metres: report.distance_m }),
                    ].join(' · ')}
                  </p>
                  {report.description && <p className="nearby__description">{report.description}</p>}
                  <p className="nearby__count">{count > 0 ? t('reports.nearby.meTooCount', { count }) : t('reports.nearby.meTooNone')}</p>
                  {state?.status !== 'done' && (
                    <button
                      type="button"
                      className="button button--secondary nearby__button"
                      aria-describedby={`${titleId} ${statusId}`}
                      disabled={state?.status === 'busy'}
                      onClick={() => void agree(report)}
                    >
                      {state?.status === 'busy' ? t('reports.nearby.meTooBusy') : t('reports.nearby.meToo')}
                    </button>
                  )}
                  <div id={statusId} role="status" className="nearby__result">
                    {state?.status === 'done' && <p className="message--success">{t('reports.nearby.meTooDone')}</p>}
                    {state?.status === 'failed' && <p className="message--error">{state.message}</p>}
                  </div>
                </li>
              )
            })}
          </ul>
          {!showAll && loaded.reports.length > FIRST_SHOWN && (
            <p className="nearby__more">
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setShowAll(true)
                  // Focus goes to the first report that was hidden, where reading continues.
                  const next = loaded.reports[FIRST_SHOWN]
                  if (next) window.setTimeout(() => document.getElementById(`nearby-${next.id}-title`)?.focus(), 0)
                }}
              >
                {t('reports.nearby.showAll', { count: loaded.reports.length })}
              </button>
            </p>
          )}
        </>
      )}
    </section>
  )
}
