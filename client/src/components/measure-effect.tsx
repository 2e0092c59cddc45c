import { useTranslation } from 'react-i18next'
import type { MeasureEffect } from '../../../server/shared/api/planning-schemas.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { effectNumbers, effectPeriods, effectWords } from '../measures/effect-verdict.ts'
import { MeasureEffectChart } from './measure-effect-chart.tsx'

/**
 * One done measure's effect: the verdict in plain words with how sure it is, the periods compared,
 * a small chart and the same numbers in a table (near the measure and in the rest of the
 * municipality, before and after).
 */
export function MeasureEffectView({ effect, radius }: { effect: MeasureEffect; radius: number }) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const words = effectWords(effect, context)
  const format = effectNumbers(context)
  const showNumbers = effect.verdict !== 'too_early'
  return (
    <div className={`ms-effect ms-effect--${effect.verdict}`}>
      <p className="ms-effect__verdict">{words.sentence}</p>
      {words.uncertainty && <p className="ms-effect__uncertainty">{words.uncertainty}</p>}
      <p className="ms-effect__periods">{effectPeriods(effect, context)}</p>
      {showNumbers && (
        <div className="ms-effect__figures">
          <MeasureEffectChart effect={effect} radius={radius} />
          <table className="data-table ms-effect__table">
            <caption className="ms-effect__caption">{t('measures.effect.table.caption', { radius })}</caption>
            <thead>
              <tr>
                <td />
                <th scope="col">{t('measures.effect.table.before')}</th>
                <th scope="col">{t('measures.effect.table.after')}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{t('measures.effect.table.near')}</th>
                <td>{format.count(effect.before.near)}</td>
                <td>{format.count(effect.after.near)}</td>
              </tr>
              <tr>
                <th scope="row">{t('measures.effect.table.rest')}</th>
                <td>{format.count(effect.before.rest)}</td>
                <td>{format.count(effect.after.rest)}</td>
              </tr>
              <tr>
                <th scope="row">{t('measures.effect.table.expected')}</th>
                <td>–</td>
                <td>{effect.expected_after === null ? t('measures.effect.chart.unknown') : format.expected(effect.expected_after)}</td>
              </tr>
            </tbody>
          </table>
        </div>
      )}
    </div>
  )
}
