/**
 * A new measure started elsewhere (a candidate site on the planning screen, a report): its shape
 * and the evidence it answers, handed to the measures screen for one navigation in this tab.
 */
import type { MeasureGeometry } from '../../../server/shared/api/planning-schemas.ts'

export interface MeasureDraft {
  title: string
  geometry: MeasureGeometry
  report_ids: number[]
  observation_ids: number[]
}

const KEY = 'trygghetskartan.measureDraft'

export function saveMeasureDraft(draft: MeasureDraft): void {
  sessionStorage.setItem(KEY, JSON.stringify(draft))
}

/** The draft, once: reading it removes it, so a reload starts an empty form. */
export function takeMeasureDraft(): MeasureDraft | null {
  const text = sessionStorage.getItem(KEY)
  sessionStorage.removeItem(KEY)
  if (!text) return null
  try {
    return JSON.parse(text) as MeasureDraft
  } catch {
    return null
  }
}
