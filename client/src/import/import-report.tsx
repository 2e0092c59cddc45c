import { useTranslation } from 'react-i18next'
import type { FilePreview, FilePreviewFeature } from '../../../server/shared/api/file-import-schemas.ts'
import { useFormatContext } from '../features/use-format-context.ts'

/** The validation report: every feature by its number on the map, ok or with each problem in words. */
export function ImportReport({ preview }: { preview: FilePreview }) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const total = preview.features.length
  const name = (feature: FilePreviewFeature) => feature.label ?? t('fileImport.unnamed')
  return (
    <section className="file-import__report" aria-labelledby="file-import-report-heading">
      <h2 id="file-import-report-heading" className="file-import__heading" tabIndex={-1}>
        {t('fileImport.reportHeading')}
      </h2>
      <p className="file-import__summary">
        {preview.problem_count === 0 ? t('fileImport.allOk', { count: total }) : t('fileImport.someProblems', { problems: preview.problem_count, count: total })}
      </p>
      <ol className="file-import__features">
        {preview.features.map((feature) => (
          <li key={feature.index} className={feature.ok ? 'file-import__feature' : 'file-import__feature file-import__feature--problem'}>
            <span className="file-import__number">{feature.index + 1}.</span> <span className="file-import__name">{name(feature)}</span> –{' '}
            <strong className="file-import__verdict">{feature.ok ? t('fileImport.ok') : t('fileImport.problem')}</strong>
            {feature.problems.length > 0 && (
              <ul className="file-import__problems">
                {feature.problems.map((problem, index) => (
                  <li key={index}>
                    {problem.field && <span className="file-import__problem-field">{t(`fileImport.fields.${problem.field}`)}: </span>}
                    {context.language === 'sv' ? problem.message_sv : problem.message}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  )
}
