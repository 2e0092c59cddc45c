import { Fragment, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MunicipalitySummary } from '../../../server/shared/api/municipality-schemas.ts'
import type { ExternalFigure } from '../../../server/shared/api/survey-schemas.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage } from '../forms/form-problems.ts'
import { intlLocales } from '../i18n/languages.ts'
import { deleteFigure, readPaths } from '../promise-editing/editing-api.ts'
import { figureSources } from '../promise-editing/editing-options.ts'
import { focusSoon } from '../promise-editing/focus-soon.ts'
import { useApiGet } from '../promise-editing/use-api-get.ts'
import { useSession } from '../session/session-context.ts'
import { ConfirmButton } from './confirm-button.tsx'
import { EditingFigureForm, figureFormId } from './editing-figure-form.tsx'

const headingId = 'pe-figures-heading'
const columns = 7

interface EditingFigureTableProps {
  /** The police area's municipalities, to name each figure's; null while loading (or failed). */
  municipalities: readonly MunicipalitySummary[] | null
  announce(message: string): void
}

/**
 * The external figures in a table per municipality with real headers (a card per figure on a
 * phone), the scale of each source in words next to the form, and a figure changed in a row under
 * its own.
 */
export function EditingFigureTable({ municipalities, announce }: EditingFigureTableProps) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const { call, user } = useSession()
  // A kommun account edits its own municipality's figures; the police and admins every one's.
  const own = user?.role === 'kommun' && user.municipality_code ? `?kommun=${encodeURIComponent(user.municipality_code)}` : ''
  const list = useApiGet<{ figures: ExternalFigure[] }>(call, `${readPaths.figures}${own}`)
  const figures = list.data?.figures ?? null
  const [open, setOpen] = useState<number | null>(null)
  const number = new Intl.NumberFormat(intlLocales[context.language], { maximumFractionDigits: 1 })
  const editId = (figure: ExternalFigure) => `pe-figure-${figure.id}-edit`

  const changed = async (message: string) => {
    await list.refresh()
    announce(message)
  }
  const start = (figure: ExternalFigure) => {
    setOpen(figure.id)
    focusSoon(`${figureFormId(figure)}-year`)
  }
  const close = (figure: ExternalFigure) => {
    setOpen(null)
    focusSoon(editId(figure))
  }
  const saved = async (figure: ExternalFigure, message: string) => {
    setOpen(null)
    await changed(message)
    focusSoon(editId(figure))
  }
  const remove = async (figure: ExternalFigure) => {
    await deleteFigure(call, figure.id)
    await changed(t('promiseEditing.figures.removed', { label: figure.label, year: figure.year }))
    focusSoon(`${figureFormId(null)}-year`)
  }

  return (
    <section className="pe-part" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('promiseEditing.figures.heading')}</h2>
      <p className="pe-part__intro">{t('promiseEditing.figures.intro')}</p>
      <div role="status" className="status-region">
        {!figures && list.error === null && <p>{t('promiseEditing.figures.loading')}</p>}
      </div>
      {list.error !== null && (
        <p role="alert" className="message message--error">
          {t('promiseEditing.figures.loadError', { message: errorMessage(list.error, context) })}
        </p>
      )}
      {figures && figures.length === 0 && <p className="pe-empty">{t('promiseEditing.figures.none')}</p>}
      {figures &&
        byMunicipality(figures, municipalities).map(({ code, place, figures: theirs }) => (
          <table key={code} className="data-table pe-figures">
            <caption className="pe-figures__caption">{t('promiseEditing.figures.tableCaption', { place })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('promiseEditing.figures.label')}</th>
                <th scope="col">{t('promiseEditing.figures.source')}</th>
                <th scope="col">{t('promiseEditing.figures.year')}</th>
                <th scope="col">{t('promiseEditing.figures.value', { place })}</th>
                <th scope="col">{t('promiseEditing.figures.nationalValue')}</th>
                <th scope="col">{t('promiseEditing.figures.citation')}</th>
                <th scope="col">{t('promiseEditing.figures.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {theirs.map((figure) => (
                <Fragment key={figure.id}>
                  <tr className="pe-figures__row">
                    <th scope="row">{figure.label}</th>
                    <td data-label={t('promiseEditing.figures.source')}>
                      <span>{t(`promiseEditing.sources.${figure.source}`)}</span>
                    </td>
                    <td data-label={t('promiseEditing.figures.year')} className="pe-figures__number">
                      <span>{figure.year}</span>
                    </td>
                    <td data-label={t('promiseEditing.figures.value', { place })} className="pe-figures__number">
                      <span>{t(`promiseEditing.units.${figure.source}`, { value: number.format(figure.value) })}</span>
                    </td>
                    <td data-label={t('promiseEditing.figures.nationalValue')} className="pe-figures__number">
                      <span>
                        {figure.national_value === null
                          ? t('promiseEditing.figures.noNational')
                          : t(`promiseEditing.units.${figure.source}`, { value: number.format(figure.national_value) })}
                      </span>
                    </td>
                    <td data-label={t('promiseEditing.figures.citation')}>
                      <span>{figure.citation}</span>
                    </td>
                    <td className="pe-figures__actions">
                      <div className="pe-item__actions">
                        <button
                          id={editId(figure)}
                          type="button"
                          className="button button--secondary button--small"
                          aria-expanded={open === figure.id}
                          onClick={() => (open === figure.id ? close(figure) : start(figure))}
                        >
                          {t('promiseEditing.edit')}
                          <span className="visually-hidden"> {t('promiseEditing.figures.what', { label: figure.label, year: figure.year })}</span>
                        </button>
                        <ConfirmButton
                          label={t('promiseEditing.remove')}
                          what={t('promiseEditing.figures.what', { label: figure.label, year: figure.year })}
                          confirmLabel={t('promiseEditing.removeConfirm')}
                          onConfirm={() => remove(figure)}
                        />
                      </div>
                    </td>
                  </tr>
                  {open === figure.id && (
                    <tr className="pe-figures__editor">
                      <td colSpan={columns}>
                        <EditingFigureForm figure={figure} municipalities={municipalities} onSaved={(message) => void saved(figure, message)} onCancel={() => close(figure)} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        ))}
      <div className="pe-figures__new">
        <EditingFigureForm figure={null} municipalities={municipalities} onSaved={(message) => void changed(message)} />
        <section className="pe-scales" aria-labelledby="pe-scales-heading">
          <h3 id="pe-scales-heading">{t('promiseEditing.figures.scalesHeading')}</h3>
          <dl className="pe-scales__list">
            {figureSources.map((source) => (
              <div key={source} className="pe-scales__item">
                <dt>{t(`promiseEditing.sources.${source}`)}</dt>
                <dd>{t(`promiseEditing.sourceScales.${source}`)}</dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
    </section>
  )
}

interface MunicipalityFigures {
  code: string
  /** The municipality's name, or its code when the list of municipalities did not load. */
  place: string
  figures: ExternalFigure[]
}

/** The figures per municipality, in the police area's order (the installation's own first). */
function byMunicipality(figures: readonly ExternalFigure[], municipalities: readonly MunicipalitySummary[] | null): MunicipalityFigures[] {
  const codes = [...new Set(figures.map((figure) => figure.municipality_code))]
  const listed = municipalities?.map((municipality) => municipality.code) ?? []
  // A code the list does not hold (it did not load) comes after the listed ones.
  const rank = (code: string) => (listed.includes(code) ? listed.indexOf(code) : listed.length)
  codes.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
  return codes.map((code) => ({
    code,
    place: municipalities?.find((municipality) => municipality.code === code)?.name ?? code,
    figures: figures.filter((figure) => figure.municipality_code === code),
  }))
}
