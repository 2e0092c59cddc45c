/** Reports from the public: where, when and about what, and how the staff moderated and answered them. */
import { booleanPointInPolygon, point } from '@turf/turf'
import { CENTRUM_FEATURE } from './centrum.ts'
import { localTimestamp } from './dates.ts'
import { gaussianPointNear, pointGeometry } from './geometry.ts'
import { must } from './must.ts'
import { createRng } from './random.ts'
import type { Rng } from './random.ts'
import { OUTSKIRT_LABELS, REPORT_SITES } from './report-sites.ts'
import { FIXED_TEXT, UNSAFE_TEXT } from './texts.ts'
import type { Category, DemoReport } from './types.ts'
import { randomPointInside } from './urban-areas.ts'
import type { UrbanAreas } from './urban-areas.ts'

const REPORT_COUNT = 150
const REPORT_HISTORY_DAYS = 3 * 365

export function buildReports(urbanAreas: UrbanAreas, refDay: number): DemoReport[] {
  const rng = createRng('reports')
  const town = must(urbanAreas.get('Kristinehamn'), 'Kristinehamn')
  const reports: DemoReport[] = []
  for (let n = 0; n < REPORT_COUNT; n++) {
    const site = rng.weighted(REPORT_SITES.map((s) => [s, s.weight] as const))
    const at = site.place
      ? gaussianPointNear(rng, site.place.at, site.spread)
      : randomPointInside(rng, town, 120, (p) => !booleanPointInPolygon(point(p), CENTRUM_FEATURE))
    const category = rng.weighted(site.categories)
    const label = site.place?.label ?? rng.pick(OUTSKIRT_LABELS)
    const status = rng.weighted([['published', 52], ['measure_planned', 15], ['fixed', 17], ['received', 9], ['rejected', 7]] as const)
    const timeOfDay = rng.weighted([['evening', 45], ['night', 35], ['day', 20]] as const)
    const reportDay = refDay - reportAge(rng, status)
    const answer = reportAnswer(rng, status, category)
    reports.push({
      category,
      timeOfDay,
      weekPart: rng.weighted([['weekend', 40], ['all_week', 35], ['weekday', 25]] as const),
      description: `${label}: ${rng.pick(UNSAFE_TEXT[category])}`,
      status,
      // A rejection's words are its reason; a public answer is for reports that stay public.
      answer: status === 'rejected' ? '' : answer,
      statusReason: status === 'rejected' ? answer : '',
      meTooCount: Math.floor(rng.next() ** 2 * 9),
      reportedAt: reportTimestamp(rng, reportDay, timeOfDay),
      history: statusHistory(status, reportDay, refDay),
      geometry: pointGeometry(at),
    })
  }
  return reports
}

/** Unmoderated reports are the newest; fixed ones are old enough for the fix to have happened. */
function reportAge(rng: Rng, status: DemoReport['status']): number {
  const [minAge, maxAge] = status === 'received' ? [1, 28] : status === 'fixed' ? [60, REPORT_HISTORY_DAYS] : [3, REPORT_HISTORY_DAYS]
  return rng.int(minAge, maxAge)
}

function reportTimestamp(rng: Rng, day: number, timeOfDay: DemoReport['timeOfDay']): string {
  // Night-time problems are mostly reported the morning after.
  const hour = timeOfDay === 'evening' ? rng.int(18, 22) : timeOfDay === 'night' ? rng.pick([7, 8, 9, 23]) : rng.int(9, 16)
  return localTimestamp(day, hour, rng.int(0, 59))
}

/** The moderation steps after 'received' that led to the status, spread over the weeks since, at 10:00 on those days. */
function statusHistory(status: DemoReport['status'], reportDay: number, refDay: number): DemoReport['history'] {
  const steps: DemoReport['status'][] = {
    received: [],
    published: ['published'],
    measure_planned: ['published', 'measure_planned'],
    fixed: ['published', 'measure_planned', 'fixed'],
    rejected: ['rejected'],
  }[status] as DemoReport['status'][]
  const age = refDay - reportDay
  return steps.map((step, index) => ({
    status: step,
    at: localTimestamp(reportDay + Math.max(1, Math.round((age * (index + 1)) / (steps.length + 1))), 10, 0),
  }))
}

function reportAnswer(rng: Rng, status: DemoReport['status'], category: Category): string {
  switch (status) {
    case 'fixed':
      return `${FIXED_TEXT[category]} Tack för att du rapporterade!`
    case 'measure_planned':
      return 'Platsen finns med i kommunens åtgärdsplan och åtgärdas under året.'
    case 'rejected':
      return rng.pick([
        'Rapporten beskriver personer och inte platsen, så den publiceras inte. Beskriv gärna platsen i en ny rapport.',
        'Samma plats finns redan rapporterad; vi har lagt ihop rapporterna.',
      ])
    default:
      return ''
  }
}
