import { useTranslation } from 'react-i18next'
import { pagePaths } from '../../../server/shared/page-paths.ts'
import { ApiError } from '../data/api-client.ts'
import { formatDate } from '../features/format-value.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage } from '../forms/form-problems.ts'
import { intlLocales } from '../i18n/languages.ts'
import { effectWords } from '../measures/effect-verdict.ts'
import { measureSearchFor } from '../measures/measure-search.ts'
import type { EffectsState } from '../measures/use-measure-effects.ts'
import { AppLink } from '../routing/app-link.tsx'
import { MeasureRadiusForm } from './measure-radius-form.tsx'

/**
 * Whether the done measures helped: one line per measure with its verdict in words, the radius
 * that counts as near, and the list as CSV. Nothing done yet says "no data", not an error.
 */
export function MeasureEffects({ effects, onExport }: { effects: EffectsState; onExport(): void }) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const locale = intlLocales[context.language]
  const list = effects.result?.effects ?? null
  const failed = effects.error !== null && !(effects.error instanceof ApiError && effects.error.status === 400)

  return (
    <section className="gs-section ms-effects" aria-labelledby="ms-effects-heading">
      <h2 id="ms-effects-heading" className="gs-section__heading">
        {t('measures.effect.sectionHeading')}
      </h2>
      <p className="gs-section__intro">{t('measures.effect.intro')}</p>
      <MeasureRadiusForm effects={effects} id="ms-effects" />
      <div role="status" className="status-region">
        {effects.loading && <p>{t('measures.effect.loading')}</p>}
        {!effects.loading && effects.result && <p className="ms-effects__radius">{t('measures.effect.radiusUsed', { radius: effects.result.radius_m, count: effects.result.effects.length })}</p>}
      </div>
      {failed && (
        <p role="alert" className="message message--error">
          {t('measures.effect.loadError', { message: errorMessage(effects.error, context) })}
        </p>
      )}
      {list && list.length === 0 && <p className="ms-effects__none">{t('measures.effect.none')}</p>}
      {list && list.length > 0 && (
        <>
          <p className="ms-export">
            <button type="button" className="button button--secondary button--small" onClick={onExport}>
              {t('measures.export.effectCsv')}
            </button>
          </p>
          <ul className="ms-effects__list">
            {list.map((effect) => {
              const words = effectWords(effect, context)
              return (
                <li key={effect.measure_id} className={`ms-effects__item ms-effect--${effect.verdict}`}>
                  <h3 className="ms-item__title">
                    <AppLink className="ms-item__link" to={`${pagePaths.measures}${measureSearchFor(effect.measure_id)}`}>
                      {effect.title}
                    </AppLink>
                  </h3>
                  <p className="ms-item__dates">
                    {t(`values.measureType.${effect.type}`)} · {t('measures.list.doneOn', { date: formatDate(effect.done_on, locale) })}
                  </p>
                  <p className="ms-effects__verdict">{words.sentence}</p>
                  {words.uncertainty && <p className="ms-effects__uncertainty">{words.uncertainty}</p>}
                </li>
              )
            })}
          </ul>
        </>
      )}
    </section>
  )
}
