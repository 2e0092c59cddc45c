/**
 * External figures as the follow-up charts them: one chart per source and label (SCB's safety
 * index for "evenings and nights", Brå's share feeling unsafe, …), years in order, with Sweden's
 * figure as a second series when the source gives one, and every citation once under the chart.
 */
import type { ExternalFigure, FigureSource } from '../../../server/shared/api/survey-schemas.ts'
import { figureSources } from './survey-options.ts'
import { percentTop } from './year-chart.ts'

export interface FigureYear {
  year: number
  value: number
  national: number | null
}

export interface FigureGroup {
  source: FigureSource
  label: string
  years: FigureYear[]
  /** Whether any year has Sweden's figure: then it is drawn as the second series. */
  hasNational: boolean
  citations: string[]
  /** The scale the chart is drawn on. */
  domain: [number, number]
}

/** Grouped by source (SCB first) and label, each group's years oldest first. */
export function figureGroups(figures: readonly ExternalFigure[]): FigureGroup[] {
  const groups = new Map<string, ExternalFigure[]>()
  for (const figure of figures) {
    const key = `${figure.source}\u0000${figure.label}`
    groups.set(key, [...(groups.get(key) ?? []), figure])
  }
  return [...groups.values()]
    .map((items): FigureGroup => {
      const first = items[0] as ExternalFigure
      const years = [...items].sort((a, b) => a.year - b.year).map((item) => ({ year: item.year, value: Number(item.value), national: item.national_value === null ? null : Number(item.national_value) }))
      return {
        source: first.source,
        label: first.label,
        years,
        hasNational: years.some((year) => year.national !== null),
        citations: [...new Set(items.map((item) => item.citation))],
        domain: figureDomain(first.source, years),
      }
    })
    .sort((a, b) => figureSources.indexOf(a.source) - figureSources.indexOf(b.source) || a.label.localeCompare(b.label, 'sv'))
}

/**
 * SCB's index is always shown on its whole 0–100 scale, where its limits (40, 55, 75) mean
 * something; NTU's percentage starts at 0 and ends a little above the highest value.
 */
function figureDomain(source: FigureSource, years: readonly FigureYear[]): [number, number] {
  if (source === 'scb') return [0, 100]
  return [0, percentTop(years.flatMap((year) => [year.value, year.national]))]
}

/** SCB's limits of its index: below 40 not approved, 55 satisfied, 75 and more very satisfied. */
export const scbLimits = [40, 55, 75] as const
