import { useTranslation } from 'react-i18next'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage } from '../forms/form-problems.ts'
import { figureGroups } from '../survey/figure-groups.ts'
import { fetchExternalFigures } from '../survey/survey-api.ts'
import { useLoaded } from '../survey/use-loaded.ts'
import { FollowUpFigureChart } from './follow-up-figure-chart.tsx'

/** SCB's medborgarundersökning and Brå's NTU for the period's municipality, each figure in its own chart. */
export function FollowUpFigures({ municipalityCode, municipalityName }: { municipalityCode: string; municipalityName: string | null }) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const loaded = useLoaded(`figures:${municipalityCode}`, (signal) => fetchExternalFigures(signal, municipalityCode))
  const groups = loaded.status === 'done' ? figureGroups(loaded.data) : []
  return (
    <section className="fu-figures" aria-labelledby="fu-figures-heading">
      <h3 id="fu-figures-heading" className="fu-figures__heading">
        {t('survey.figures.heading')}
      </h3>
      <p className="fu-section__intro">{t('survey.figures.intro')}</p>
      <div role="status" className="status-region">
        {loaded.status === 'loading' && <p>{t('survey.results.loading')}</p>}
      </div>
      {loaded.status === 'failed' && <p className="message message--error">{t('survey.results.loadError', { message: errorMessage(loaded.error, context) })}</p>}
      {loaded.status === 'done' && groups.length === 0 && <p className="fu-figures__none">{t('survey.figures.none')}</p>}
      {groups.length > 0 && (
        <div className="fu-grid">
          {groups.map((group) => (
            <FollowUpFigureChart key={`${group.source}-${group.label}`} group={group} municipalityName={municipalityName} />
          ))}
        </div>
      )}
    </section>
  )
}
