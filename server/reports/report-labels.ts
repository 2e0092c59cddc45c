/** Swedish words for the feed (the web app has its own translations in both languages). */
import type { ReportCategory, ReportStatus } from '../shared/api/report-schemas.ts'

export const categoryLabels: Record<ReportCategory, string> = {
  lighting: 'Belysning',
  vegetation: 'Växtlighet',
  visibility: 'Sikt och överblick',
  paths: 'Gångvägar och tillgänglighet',
  tunnels: 'Tunnlar och passager',
  graffiti_littering: 'Klotter och nedskräpning',
  people_groups: 'Personer och grupper',
  signage: 'Skyltning',
  other: 'Övrigt',
}

export const statusLabels: Record<ReportStatus, string> = {
  received: 'Mottagen',
  published: 'Publicerad',
  under_review: 'Under utredning',
  measure_planned: 'Åtgärd planerad',
  fixed: 'Åtgärdad',
  not_actionable: 'Går inte att åtgärda',
  duplicate: 'Dubblett',
  rejected: 'Avvisad',
}
