import { useTranslation } from 'react-i18next'
import type { FileImportResult } from '../../../server/shared/api/file-import-schemas.ts'
import { pagePaths } from '../../../server/shared/page-paths.ts'
import { AppLink } from '../routing/app-link.tsx'

/** Where each kind of object is seen after the import; areas are in the register, walks and measures one by one. */
const linkFor = (target: FileImportResult['target'], id: number) =>
  target === 'watch-areas' ? pagePaths.grannsamverkan : target === 'walk-routes' ? `${pagePaths.walkPlanning}?id=${id}` : `${pagePaths.measures}?id=${id}`

/** What a save made, with a link to each new object. */
export function ImportResult({ result, onAnother }: { result: FileImportResult; onAnother(): void }) {
  const { t } = useTranslation()
  return (
    <section className="file-import__result" aria-labelledby="file-import-result-heading">
      <h2 id="file-import-result-heading" className="file-import__heading" tabIndex={-1}>
        {t('fileImport.savedHeading', { count: result.created.length })}
      </h2>
      <ul className="file-import__created">
        {result.created.map((created) => (
          <li key={created.id}>
            <AppLink to={linkFor(result.target, created.id)}>{created.label || t('fileImport.unnamed')}</AppLink>
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={onAnother}>
        {t('fileImport.another')}
      </button>
    </section>
  )
}
