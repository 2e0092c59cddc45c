import { useEffect, useId, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { PlaceMatch } from '../../../server/shared/api/report-schemas.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage } from '../forms/form-problems.ts'
import { isSearchable, nextActiveIndex, PLACE_SEARCH_DEBOUNCE_MS } from '../reports/place-search-keys.ts'
import { searchPlaces } from '../reports/report-api.ts'

interface PlaceSearchProps {
  /** The input's id, so the report form's error summary can link to it. */
  id: string
  error?: string | undefined
  onChoose(place: PlaceMatch): void
}

type SearchState =
  | { status: 'idle' }
  | { status: 'searching'; query: string }
  | { status: 'done'; query: string; places: PlaceMatch[] }
  | { status: 'failed'; message: string }

/**
 * Place-name search as an ARIA 1.2 combobox: suggestions appear while typing (after a short
 * pause), the arrow keys move through them with aria-activedescendant, Enter chooses, Escape
 * closes. A polite status says how many were found, so a screen reader hears it without leaving
 * the field. Works without the map.
 */
export function PlaceSearch({ id, error, onChoose }: PlaceSearchProps) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const listId = useId()
  const [query, setQuery] = useState('')
  const [state, setState] = useState<SearchState>({ status: 'idle' })
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const chosenName = useRef<string | null>(null)

  useEffect(() => {
    // Typing the chosen name back into the field is not a new search.
    if (!isSearchable(query) || query === chosenName.current) return
    const controller = new AbortController()
    const timer = window.setTimeout(() => {
      setState({ status: 'searching', query })
      searchPlaces(query, controller.signal).then(
        (places) => {
          setState({ status: 'done', query, places })
          setActive(-1)
          setOpen(true)
        },
        (failure: unknown) => {
          if (!controller.signal.aborted) setState({ status: 'failed', message: errorMessage(failure, context) })
        },
      )
    }, PLACE_SEARCH_DEBOUNCE_MS)
    return () => {
      window.clearTimeout(timer)
      controller.abort()
    }
  }, [query, context])

  const places = state.status === 'done' ? state.places : []
  const expanded = open && places.length > 0
  const optionId = (index: number) => `${listId}-option-${index}`

  const choose = (place: PlaceMatch) => {
    chosenName.current = place.name
    setQuery(place.name)
    setOpen(false)
    setActive(-1)
    onChoose(place)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      if (!expanded) {
        setOpen(true)
        if (places.length > 0) setActive(event.key === 'ArrowDown' ? 0 : places.length - 1)
        return
      }
      setActive((current) => nextActiveIndex(event.key, current, places.length))
    } else if (event.key === 'Enter') {
      const place = expanded && active >= 0 ? places[active] : undefined
      // Enter with nothing highlighted takes the only suggestion, or does nothing.
      const pick = place ?? (expanded && places.length === 1 ? places[0] : undefined)
      if (pick) {
        event.preventDefault()
        choose(pick)
      }
    } else if (event.key === 'Escape') {
      if (expanded) {
        event.preventDefault()
        setOpen(false)
        setActive(-1)
      } else if (query) {
        event.preventDefault()
        setQuery('')
      }
    }
  }

  const hintId = `${id}-hint`
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ')

  return (
    <div className={error ? 'field field--error place-search' : 'field place-search'}>
      <label className="field__label" htmlFor={id}>
        {t('reports.place.searchLabel')}
      </label>
      <p id={hintId} className="field__hint">
        {t('reports.place.searchHint')}
      </p>
      {error && (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      <div className="place-search__box">
        <input
          id={id}
          className="field__input place-search__input"
          type="text"
          role="combobox"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          enterKeyHint="search"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          value={query}
          onChange={(event) => {
            chosenName.current = null
            setQuery(event.target.value)
            if (!isSearchable(event.target.value)) {
              setState({ status: 'idle' })
              setOpen(false)
            }
          }}
          onKeyDown={onKeyDown}
          onFocus={() => setOpen(true)}
          // A click on a suggestion lands before the blur; closing later lets it through.
          onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        />
        <ul id={listId} role="listbox" aria-label={t('reports.place.searchLabel')} className="place-search__list" hidden={!expanded}>
          {places.map((place, index) => (
            <li
              key={`${place.kind}-${place.id}`}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'place-search__option place-search__option--active' : 'place-search__option'}
              // Keeps focus in the input, so the screen reader stays in the combobox.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(place)}
            >
              <span className="place-search__name">{place.name}</span>
              <span className="place-search__kind">{t(`reports.place.kinds.${place.kind}`)}</span>
            </li>
          ))}
        </ul>
      </div>
      <div role="status" className="place-search__status">
        {state.status === 'searching' && <p>{t('reports.place.searching')}</p>}
        {state.status === 'done' && open && (
          <p>
            {state.places.length === 0
              ? t('reports.place.noMatches', { query: state.query.trim() })
              : t('reports.place.matches', { count: state.places.length })}
          </p>
        )}
        {state.status === 'failed' && <p className="message--error">{t('reports.place.searchError', { message: state.message })}</p>}
      </div>
    </div>
  )
}
