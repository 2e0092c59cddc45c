import { useTranslation } from 'react-i18next'

export interface ChoiceTile<T extends string | number> {
  value: T
  label: string
  /** Words a screen reader hears after the label but the tile does not show (the ends of a scale). */
  hiddenLabel?: string
  wide?: boolean
}

interface SurveyChoiceTilesProps<T extends string | number> {
  /** The first tile's input gets this id, so the error summary can link to the question. */
  id: string
  name: string
  tiles: readonly ChoiceTile<T>[]
  value: T | undefined
  invalid: boolean
  onChange(value: T): void
  /** Takes the answer back; offered once something is chosen, since a radio group cannot be emptied. */
  onClear(): void
}

/**
 * Radio buttons drawn as big tiles for a thumb: the input stays a real radio button (arrow keys,
 * screen readers), the label around it is the tile, and the chosen one is marked by a tick and
 * a dark fill, not by colour alone.
 */
export function SurveyChoiceTiles<T extends string | number>({ id, name, tiles, value, invalid, onChange, onClear }: SurveyChoiceTilesProps<T>) {
  const { t } = useTranslation()
  const clear = () => {
    onClear()
    // The button goes away with the answer; the question's first choice keeps the focus nearby.
    window.setTimeout(() => document.getElementById(id)?.focus(), 0)
  }
  return (
    <>
      {[tiles.filter((tile) => !tile.wide), tiles.filter((tile) => tile.wide)].map((row, rowIndex) =>
        row.length === 0 ? null : (
          // "I don't go out" gets a row of its own, so the numbers share theirs evenly.
          <div key={rowIndex} className={rowIndex === 0 ? 'survey-tiles' : 'survey-tiles survey-tiles--wide'}>
            {row.map((tile) => {
              const index = tiles.indexOf(tile)
              const inputId = index === 0 ? id : `${id}-${tile.value}`
              const checked = value === tile.value
              return (
                <label key={String(tile.value)} htmlFor={inputId} className={checked ? 'survey-tile survey-tile--checked' : 'survey-tile'}>
                  <input
                    id={inputId}
                    className="survey-tile__input"
                    type="radio"
                    name={name}
                    value={String(tile.value)}
                    checked={checked}
                    aria-invalid={invalid ? true : undefined}
                    onChange={() => onChange(tile.value)}
                  />
                  <span className="survey-tile__label">
                    {checked && (
                      <span className="survey-tile__tick" aria-hidden="true">
                        ✓
                      </span>
                    )}
                    {tile.label}
                    {tile.hiddenLabel && <span className="visually-hidden"> {tile.hiddenLabel}</span>}
                  </span>
                </label>
              )
            })}
          </div>
        ),
      )}
      {value !== undefined && (
        <button type="button" className="survey-clear" onClick={clear}>
          {t('survey.form.clear')}
        </button>
      )}
    </>
  )
}
