import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { WalkProtocol, WalkSummary } from '../../../server/shared/api/walk-schemas.ts'
import { pagePaths } from '../../../server/shared/page-paths.ts'
import { ApiError } from '../data/api-client.ts'
import { formatDateTime } from '../features/format-value.ts'
import { useFormatContext } from '../features/use-format-context.ts'
import { problemFor } from '../forms/form-problems.ts'
import { useForm } from '../forms/use-form.ts'
import { intlLocales } from '../i18n/languages.ts'
import { AppLink } from '../routing/app-link.tsx'
import { useSession } from '../session/session-context.ts'
import { publishProtocol, withdrawProtocol } from '../walks/walk-api.ts'
import { ErrorSummary } from './error-summary.tsx'
import { TextAreaField } from './text-area-field.tsx'

const formId = 'wp-publish'
const SUMMARY_MAX = 5000

interface WalkProtocolPublishProps {
  walk: WalkSummary
  /** The server's protocol after the change, and what to announce. */
  onChange(protocol: WalkProtocol, message: string): void
}

/**
 * The summary and the publication. Publishing again after a correction replaces the summary.
 * The server refuses a walk that is not marked done (409): that is explained with a link to
 * the planning, where the status is set, rather than shown as a bare error.
 */
export function WalkProtocolPublish({ walk, onChange }: WalkProtocolPublishProps) {
  const { t } = useTranslation()
  const context = useFormatContext()
  const { call } = useSession()
  const form = useForm({ fields: ['summary'] })
  const [summary, setSummary] = useState(walk.protocol_summary)
  const [notDone, setNotDone] = useState(false)
  const published = walk.protocol_published_at !== null

  const publish = async (event: FormEvent) => {
    event.preventDefault()
    setNotDone(false)
    await form.run(async () => {
      try {
        onChange(await publishProtocol(call, walk.id, summary.trim()), t('walkProtocol.publish.publishedMessage'))
      } catch (error) {
        if (!(error instanceof ApiError && error.code === 'walk_not_done')) throw error
        setNotDone(true)
      }
    })
  }

  const withdraw = () =>
    void form.run(async () => {
      onChange(await withdrawProtocol(call, walk.id), t('walkProtocol.publish.withdrawnMessage'))
    })

  return (
    <form id={formId} className="staff-form wp-publish wp-no-print" noValidate aria-labelledby={`${formId}-heading`} onSubmit={(event) => void publish(event)}>
      <h2 id={`${formId}-heading`} className="wp-section__heading">
        {t('walkProtocol.publish.heading')}
      </h2>
      <p className={published ? 'wp-publish__state wp-publish__state--published' : 'wp-publish__state'}>
        {published
          ? t('walkProtocol.publish.published', { date: formatDateTime(walk.protocol_published_at, intlLocales[context.language]) })
          : t('walkProtocol.publish.notPublished')}
      </p>
      <ErrorSummary formId={formId} problems={form.problems} attempt={form.attempt} headingLevel="h3" />
      {notDone && (
        <div role="alert" className="wp-publish__refused">
          <p>{t('walkProtocol.publish.notDone')}</p>
          <p>
            <AppLink to={`${pagePaths.walkPlanning}?id=${walk.id}`}>{t('walkProtocol.publish.notDoneLink')}</AppLink>
          </p>
        </div>
      )}
      <TextAreaField
        id={`${formId}-summary`}
        label={t('walkProtocol.publish.summary')}
        hint={t('walkProtocol.publish.summaryHint')}
        rows={5}
        maxLength={SUMMARY_MAX}
        value={summary}
        onChange={(event) => setSummary(event.target.value)}
        error={problemFor(form.problems, 'summary')}
      />
      <div className="gs-form__actions wp-publish__actions">
        <button type="submit" className="button" aria-disabled={form.busy || undefined}>
          {form.busy ? t('form.busy') : t(published ? 'walkProtocol.publish.republish' : 'walkProtocol.publish.publish')}
        </button>
        {published && (
          <button type="button" className="button button--secondary" aria-disabled={form.busy || undefined} onClick={withdraw}>
            {t('walkProtocol.publish.withdraw')}
          </button>
        )}
      </div>
    </form>
  )
}
