import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../data/api-client.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage } from '../forms/form-problems.ts'
import type { EffectsState } from '../measures/use-measure-effects.ts'
import { DEFAULT_EFFECT_RADIUS_METRES, MAX_EFFECT_RADIUS_METRES, MIN_EFFECT_RADIUS_METRES } from '../measures/measure-options.ts'
import { TextField } from './text-field.tsx'

/**
 * The radius around a measure that counts as "near" for its effect. The server says what is wrong
 * with a radius it refuses; the message is shown at the field, and the last effects stay.
 */
export function MeasureRadiusForm({ effects, id }: { effects: EffectsState; id: string }) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const [text, setText] = useState(effects.radius)
  const refused = effects.error instanceof ApiError && effects.error.status === 400 ? effects.error : null
  // The server names the field; its own words for it say what is wrong with the radius.
  const fieldProblem = refused?.fields.find((problem) => problem.field === 'radius_m')
  const error = refused ? (fieldProblem ? (context.language === 'sv' ? fieldProblem.message_sv : fieldProblem.message) : errorMessage(refused, context)) : undefined

  const submit = (event: FormEvent) => {
    event.preventDefault()
    effects.setRadius(text.trim().replace(',', '.'))
  }

  return (
    <form className="ms-radius" noValidate onSubmit={submit} aria-label={t('measures.effect.radiusForm')}>
      <TextField
        id={`${id}-radius_m`}
        label={t('measures.effect.radius')}
        hint={t('measures.effect.radiusHint', { min: MIN_EFFECT_RADIUS_METRES, max: MAX_EFFECT_RADIUS_METRES, standard: DEFAULT_EFFECT_RADIUS_METRES })}
        inputMode="numeric"
        autoComplete="off"
        value={text}
        onChange={(event) => setText(event.target.value)}
        error={error}
      />
      <button type="submit" className="button button--secondary" aria-disabled={effects.loading || undefined}>
        {t('measures.effect.radiusApply')}
      </button>
    </form>
  )
}
