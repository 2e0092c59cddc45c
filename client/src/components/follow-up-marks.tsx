import { lazy, Suspense, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage } from '../forms/form-problems.ts'
import { markStepStyles, markStroke } from '../map/survey-mark-layers.ts'
import { useMapBackground } from '../moderation/use-map-background.ts'
import { markStepRanges, markSummary } from '../survey/mark-cells.ts'
import { fetchMarkCells } from '../survey/survey-api.ts'
import { useLoaded } from '../survey/use-loaded.ts'

// MapLibre is most of the JavaScript: loaded after the charts are shown.
const FollowUpMarksMapView = lazy(() => import('./follow-up-marks-map-view.tsx').then((module) => ({ default: module.FollowUpMarksMapView })))

/**
 * Where the answers marked feeling unsafe, for a year or all years: counted in 100 m squares on a
 * map, with the key and the count in words for those who do not see the map. Single marks are
 * never shown.
 */
export function FollowUpMarks({ surveyId, years }: { surveyId: number; years: readonly number[] }) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const selectId = useId()
  const headingId = `fu-marks-${surveyId}`
  const [year, setYear] = useState<number | null>(years.at(-1) ?? null)
  const loaded = useLoaded(`${surveyId}:${year ?? 'all'}`, (signal) => fetchMarkCells(surveyId, year, signal))
  const background = useMapBackground()
  const [snapshot, setSnapshot] = useState<string | null>(null)
  const summary = loaded.status === 'done' ? markSummary(loaded.data) : null

  return (
    <section className="fu-marks" aria-labelledby={headingId}>
      <h4 id={headingId} className="fu-marks__heading">
        {t('survey.marks.heading')}
      </h4>
      <p className="fu-scale">{t('survey.marks.intro')}</p>
      <div className="fu-marks__year">
        <label className="field__label" htmlFor={selectId}>
          {t('survey.marks.year')}
        </label>
        <select id={selectId} className="field__input field__select" value={year ?? ''} onChange={(event) => setYear(event.target.value === '' ? null : Number(event.target.value))}>
          {[...years].reverse().map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
          <option value="">{t('survey.marks.allYears')}</option>
        </select>
      </div>
      <div role="status" className="fu-marks__summary">
        {loaded.status === 'loading' && <p>{t('survey.marks.loading')}</p>}
        {summary && summary.marks === 0 && <p>{t('survey.marks.none')}</p>}
        {summary && summary.marks > 0 && (
          <p>
            {t('survey.marks.summary', { count: summary.marks, cells: t('survey.marks.cells', { count: summary.cells }) })} {summary.top && t('survey.marks.summaryTop', { count: summary.top.count })}
          </p>
        )}
      </div>
      {loaded.status === 'failed' && <p className="message message--error">{t('survey.marks.loadError', { message: errorMessage(loaded.error, context) })}</p>}
      <div className="fu-marks__frame">
        <Suspense fallback={null}>
          {background.config && <FollowUpMarksMapView background={{ ...background, config: background.config }} data={loaded.status === 'done' ? loaded.data : null} onSnapshot={setSnapshot} />}
        </Suspense>
      </div>
      {snapshot && <img className="fu-marks__print" src={snapshot} alt={t('survey.marks.printAlt')} />}
      <ul className="fu-marks__legend" aria-label={t('survey.marks.legend')}>
        {markStepRanges.map((step, index) => {
          const style = markStepStyles[index] ?? { radius: 7, fill: '#000000' }
          return (
            <li key={step.from} className="fu-marks__key">
              <svg className="fu-marks__swatch" viewBox="0 0 42 42" width="42" height="42" aria-hidden="true" focusable="false">
                <circle cx="21" cy="21" r={style.radius} fill={style.fill} fillOpacity="0.85" stroke={markStroke} strokeWidth="1.5" />
              </svg>
              <span>{step.to === null ? t('survey.marks.stepLast', { from: step.from }) : t('survey.marks.step', { from: step.from, to: step.to })}</span>
            </li>
          )
        })}
      </ul>
      <p className="fu-scale">{t('survey.marks.legendNote')}</p>
    </section>
  )
}
