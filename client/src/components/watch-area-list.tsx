import { useTranslation } from 'react-i18next'
import type { RegisterEntry } from '../../../server/shared/api/watch-area-schemas.ts'
import { formatDate } from '../features/format-value.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { areaState, splitRegister } from '../grannsamverkan/area-state.ts'
import { intlLocales } from '../i18n/languages.ts'

interface WatchAreaListProps {
  areas: readonly RegisterEntry[]
  thresholdMonths: number
  selectedId: number | null
  onChoose(areaId: number): void
}

export const areaButtonId = (areaId: number) => `gs-area-${areaId}`

/**
 * "Behöver uppdateras": the areas with a reason to act, most urgent first, each reason in words
 * with the last update; then the other areas, folded away. Each name is a button that opens the
 * area's details; the reasons are tied to it, so a screen reader reads them together.
 */
export function WatchAreaList({ areas, thresholdMonths, selectedId, onChoose }: WatchAreaListProps) {
  const { t } = useTranslation()
  const { language } = useFormatContext()
  const { needsUpdate, others } = splitRegister(areas, intlLocales[language])

  const item = (area: RegisterEntry) => {
    const infoId = `${areaButtonId(area.id)}-info`
    const state = areaState(area)
    return (
      <li key={area.id} className={selectedId === area.id ? 'gs-item gs-item--selected' : 'gs-item'}>
        <button
          type="button"
          id={areaButtonId(area.id)}
          className="gs-item__button"
          aria-current={selectedId === area.id ? 'true' : undefined}
          aria-describedby={infoId}
          onClick={() => onChoose(area.id)}
        >
          <span className="gs-item__name">{area.name}</span>
          <span className={`gs-state gs-state--${state}`}>{t(`grannsamverkan.states.${state}`)}</span>
        </button>
        <div id={infoId} className="gs-item__info">
          {area.reasons.length > 0 && (
            <p className="gs-item__reasons">
              {area.reasons.map((reason) => t(`grannsamverkan.reasons.${reason}`, { months: thresholdMonths })).join(' · ')}
            </p>
          )}
          <p className="gs-item__updated">
            {area.last_update_on
              ? t('grannsamverkan.list.lastUpdate', { date: formatDate(area.last_update_on, intlLocales[language]) })
              : t('grannsamverkan.list.neverUpdated')}
          </p>
        </div>
      </li>
    )
  }

  return (
    <>
      <section className="gs-section" aria-labelledby="gs-needs-heading">
        <h2 id="gs-needs-heading" className="gs-section__heading">
          {t('grannsamverkan.list.heading')} <span className="gs-count">({needsUpdate.length})</span>
        </h2>
        <p className="gs-section__intro">{t('grannsamverkan.list.intro', { months: thresholdMonths })}</p>
        {needsUpdate.length === 0 ? <p>{t('grannsamverkan.list.none')}</p> : <ol className="gs-list">{needsUpdate.map(item)}</ol>}
      </section>
      {others.length > 0 && (
        <details className="gs-section gs-others">
          <summary className="gs-others__summary">{t('grannsamverkan.list.others', { count: others.length })}</summary>
          <ul className="gs-list">{others.map(item)}</ul>
        </details>
      )}
    </>
  )
}
