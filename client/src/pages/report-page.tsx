import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReportReceipt as Receipt } from '../../../server/shared/api/report-schemas.ts'
import { NearbyReports } from '../components/nearby-reports.tsx'
import { ReportForm, reportFormId } from '../components/report-form.tsx'
import { ReportPlaceStep } from '../components/report-place-step.tsx'
import { ReportReceipt } from '../components/report-receipt.tsx'
import { useFormatContext } from '../features/use-format-context.ts'
import { problemFor } from '../forms/form-problems.ts'
import { useForm } from '../forms/use-form.ts'
import type { PreparedPhoto } from '../reports/photo-resize.ts'
import { sendReport } from '../reports/report-api.ts'
import { draftProblems, emptyDraft, reportBody, reportFormFields } from '../reports/report-draft.ts'
import type { ChosenPlace, ReportDraft } from '../reports/report-draft.ts'
import { pageHeadingId } from '../routing/use-focus-on-navigation.ts'
import { useSession } from '../session/session-context.ts'
import { useDocumentTitle } from './use-document-title.ts'

/**
 * A resident reports an unsafe place, without logging in: the place (search, position or map),
 * reports already made nearby, then the form. On success the page becomes the receipt.
 */
export function ReportPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('reports.title'))
  const context = useFormatContext()
  const { call } = useSession()
  const form = useForm({ fields: reportFormFields })
  const [place, setPlace] = useState<ChosenPlace | null>(null)
  const [draft, setDraft] = useState<ReportDraft>(emptyDraft)
  const [photo, setPhoto] = useState<PreparedPhoto | null>(null)
  const [receipt, setReceipt] = useState<Receipt | null>(null)

  const submit = async () => {
    const full = { ...draft, photo: photo?.base64 ?? null }
    const problems = draftProblems(full, place, context.t)
    if (problems.length > 0) return form.fail(problems)
    let sent: Receipt | null = null
    const ok = await form.run(async () => {
      sent = await sendReport(call, reportBody(full, place))
    })
    if (ok && sent) {
      setReceipt(sent)
      setDraft(emptyDraft)
      setPhoto(null)
      setPlace(null)
      window.scrollTo(0, 0)
    }
  }

  const another = () => {
    setReceipt(null)
    window.scrollTo(0, 0)
    window.setTimeout(() => document.getElementById(pageHeadingId)?.focus(), 0)
  }

  if (receipt) {
    return (
      <div className="report-page">
        <ReportReceipt receipt={receipt} onAnother={another} />
      </div>
    )
  }

  return (
    <div className="report-page">
      <h1 id={pageHeadingId} tabIndex={-1} className="report-page__heading">
        {t('reports.heading')}
      </h1>
      <p className="report-page__lead">{t('reports.intro')}</p>
      <p className="report-page__emergency">{t('reports.emergency')}</p>
      <ReportPlaceStep
        searchId={`${reportFormId}-geometry`}
        place={place}
        error={problemFor(form.problems, 'geometry')}
        onChange={setPlace}
      />
      {place && <NearbyReports point={place.coordinates} />}
      <ReportForm
        draft={draft}
        photo={photo}
        problems={form.problems}
        attempt={form.attempt}
        busy={form.busy}
        onChange={(change) => setDraft((previous) => ({ ...previous, ...change }))}
        onPhotoChange={setPhoto}
        onSubmit={() => void submit()}
      />
    </div>
  )
}
