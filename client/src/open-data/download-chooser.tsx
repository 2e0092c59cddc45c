import { useTranslation } from 'react-i18next'
import { downloadCrss, downloadFormats } from './download-options.ts'
import type { DownloadCrsKey, DownloadFormat } from './download-options.ts'

export interface DownloadChoice {
  format: DownloadFormat
  crs: DownloadCrsKey
}

interface DownloadChooserProps {
  choice: DownloadChoice
  onChange: (choice: DownloadChoice) => void
}

/**
 * One choice of format and CRS for every layer's download link, so the list below stays a list
 * of links rather than a form per layer. Radio buttons, because each option needs its hint visible.
 */
export function DownloadChooser({ choice, onChange }: DownloadChooserProps) {
  const { t } = useTranslation()
  return (
    <section className="od-chooser" aria-labelledby="od-chooser-heading">
      <h2 id="od-chooser-heading">{t('openData.chooser.heading')}</h2>
      <div className="od-chooser__groups">
        <fieldset className="od-chooser__group">
          <legend>{t('openData.chooser.format')}</legend>
          {downloadFormats.map((format) => (
            <Option
              key={format}
              name="od-format"
              value={format}
              checked={choice.format === format}
              label={t(`openData.chooser.formats.${format}`)}
              hint={t(`openData.chooser.formatHints.${format}`)}
              onSelect={() => onChange({ ...choice, format })}
            />
          ))}
        </fieldset>
        <fieldset className="od-chooser__group">
          <legend>{t('openData.chooser.crs')}</legend>
          {downloadCrss.map(({ key }) => (
            <Option
              key={key}
              name="od-crs"
              value={key}
              checked={choice.crs === key}
              label={t(`openData.chooser.crsNames.${key}`)}
              hint={t(`openData.chooser.crsHints.${key}`)}
              onSelect={() => onChange({ ...choice, crs: key })}
            />
          ))}
        </fieldset>
      </div>
    </section>
  )
}

interface OptionProps {
  name: string
  value: string
  checked: boolean
  label: string
  hint: string
  onSelect: () => void
}

function Option({ name, value, checked, label, hint, onSelect }: OptionProps) {
  const id = `${name}-${value}`
  return (
    <div className="od-chooser__option">
      <input type="radio" id={id} name={name} value={value} checked={checked} onChange={onSelect} aria-describedby={`${id}-hint`} />
      <label htmlFor={id}>{label}</label>
      <span id={`${id}-hint`} className="od-chooser__hint">
        {hint}
      </span>
    </div>
  )
}
