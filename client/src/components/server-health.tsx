import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { fetchHealth } from '../data/staff-api.ts'
import type { Health } from '../data/staff-api.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { errorMessage } from '../forms/form-problems.ts'

/**
 * The app's and database's state from the public health check: healthy or not (in words, with the
 * server's reason), the app's version, which database, its PostGIS and schema versions. What the server did not say
 * (it was not reached, or the schema could not be read) is shown as unknown.
 */
export function ServerHealth() {
  const { t } = useTranslation()
  const context = useFormatContext()
  const [health, setHealth] = useState<Health | null>(null)

  useEffect(() => {
    let current = true
    void fetchHealth().then((answer) => current && setHealth(answer))
    return () => {
      current = false
    }
  }, [])

  if (!health) {
    return (
      <div role="status" className="status-region">
        <p>{t('operations.healthLoading')}</p>
      </div>
    )
  }
  const unknown = <span className="facts__missing">{t('operations.unknown')}</span>
  const database = health.database
  return (
    <>
      {health.problem && (
        <p role="alert" className="message message--error">
          {t('operations.healthProblem', { message: errorMessage(health.problem, context) })}
        </p>
      )}
      <dl className="facts">
        <div className="facts__row">
          <dt>{t('operations.status')}</dt>
          <dd>
            <span className={health.healthy ? 'status-tag status-tag--on' : 'status-tag status-tag--off'}>
              {t(health.healthy ? 'operations.healthy' : 'operations.unhealthy')}
            </span>
          </dd>
        </div>
        <div className="facts__row">
          <dt>{t('operations.version')}</dt>
          <dd>{health.version ?? unknown}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('operations.databaseKind')}</dt>
          <dd>{database ? t(`operations.kinds.${database.kind}`) : unknown}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('operations.postgis')}</dt>
          <dd>{database?.postgis ?? unknown}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('operations.schema')}</dt>
          <dd>{database?.schema ?? unknown}</dd>
        </div>
      </dl>
    </>
  )
}
