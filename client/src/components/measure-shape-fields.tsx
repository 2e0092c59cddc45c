import { useTranslation } from 'react-i18next'
import type { PlaceMatch } from '../../../server/shared/api/report-schemas.ts'
import type { MeasureGeometry } from '../../../server/shared/api/planning-schemas.ts'
import { shapeKinds } from '../measures/measure-form.ts'
import type { ShapeKind } from '../measures/measure-form.ts'
import { PlaceSearch } from './place-search.tsx'

interface MeasureShapeFieldsProps {
  formId: string
  geometry: MeasureGeometry | null
  kind: ShapeKind
  onKind(kind: ShapeKind): void
  /** A line or area is being drawn and not yet finished. */
  drawing: boolean
  onFinish(): void
  onClear(): void
  onCentre(): void
  onPlace(coordinates: [number, number]): void
  error: string | undefined
}

/**
 * Where the measure is: a point, a line or an area drawn on the map, with what a click does now
 * and what is drawn said in words. A point can also be set without a mouse: from a place name,
 * or in the middle of the map after moving it with the arrow keys.
 */
export function MeasureShapeFields({ formId, geometry, kind, onKind, drawing, onFinish, onClear, onCentre, onPlace, error }: MeasureShapeFieldsProps) {
  const { t } = useTranslation()
  const help = drawing ? `measures.shape.drawing.${kind}` : geometry && geometry.type !== 'Point' ? 'measures.shape.helpEdit' : `measures.shape.help.${kind}`
  return (
    <fieldset id={`${formId}-geometry`} tabIndex={-1} className={error ? 'gs-areas-pick ms-shape field--error' : 'gs-areas-pick ms-shape'}>
      <legend className="field__label">{t('measures.shape.legend')}</legend>
      {error && (
        <p className="field__error">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      <fieldset className="ms-shape__kinds">
        <legend className="ms-shape__kinds-legend">{t('measures.shape.kind')}</legend>
        <p id={`${formId}-kind-hint`} className="field__hint">
          {t('measures.shape.kindHint')}
        </p>
        {shapeKinds.map((value) => (
          <div key={value} className="gs-check">
            <input
              id={`${formId}-kind-${value}`}
              className="gs-check__input"
              type="radio"
              name={`${formId}-kind`}
              checked={kind === value}
              aria-describedby={`${formId}-kind-hint`}
              onChange={() => onKind(value)}
            />
            <label htmlFor={`${formId}-kind-${value}`} className="gs-check__label">
              {t(`measures.shape.kindValue.${value}`)}
            </label>
          </div>
        ))}
      </fieldset>
      <p className="field__hint">{t(help)}</p>
      <p className="ms-shape__state" aria-live="polite">
        {drawing ? t('measures.shape.state.drawing') : geometry ? t(`measures.shape.state.${geometry.type}`, { count: cornerCount(geometry) }) : t('measures.shape.state.none')}
      </p>
      <div className="gs-form__actions">
        {drawing && (
          <button type="button" className="button button--secondary" onClick={onFinish}>
            {t(kind === 'Polygon' ? 'measures.shape.finishPolygon' : 'measures.shape.finishLine')}
          </button>
        )}
        {(geometry || drawing) && (
          <button type="button" className="button button--secondary" onClick={onClear}>
            {t('measures.shape.clear')}
          </button>
        )}
      </div>
      {kind === 'Point' && (
        <div className="ms-shape__keyboard">
          <PlaceSearch id={`${formId}-place-search`} onChoose={(match: PlaceMatch) => onPlace(match.coordinates)} />
          <p className="field__hint">{t('measures.shape.centreHint')}</p>
          <button type="button" className="button button--secondary" onClick={onCentre}>
            {t('measures.shape.centre')}
          </button>
        </div>
      )}
    </fieldset>
  )
}

/** The points of a line, or the corners of an area (the closing position is the first one again). */
function cornerCount(geometry: MeasureGeometry): number {
  if (geometry.type === 'Point') return 1
  if (geometry.type === 'LineString') return geometry.coordinates.length
  return Math.max(0, (geometry.coordinates[0]?.length ?? 1) - 1)
}
