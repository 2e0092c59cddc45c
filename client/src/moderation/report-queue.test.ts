import { describe, expect, it } from 'vitest'
import type { StaffReport } from '../../../server/shared/api/report-schemas.ts'
import { canModerate, excerpt, queueApiPath, queueFilterFromSearch, queueSearchFor, reportPoints, reportStage, statusWord } from './report-queue.ts'

const report = (change: Partial<StaffReport> = {}): StaffReport => ({
  id: 7,
  category: 'lighting',
  time_of_day: 'evening',
  week_part: 'all_week',
  description: 'Mörkt vid gångtunneln',
  status: 'received',
  status_reason: '',
  answer: '',
  duplicate_of: null,
  me_too_count: 0,
  reported_at: '2026-11-20T18:00:00Z',
  updated_at: '2026-11-20T18:00:00Z',
  coordinates: [14.1, 59.31],
  photo: null,
  text_edited: false,
  text_removed: false,
  duplicate_candidates: [],
  ...change,
})

describe('the queue filter in the page query', () => {
  it('defaults to open reports in every category', () => {
    expect(queueFilterFromSearch('')).toEqual({ status: 'open', category: null })
    expect(queueSearchFor({ status: 'open', category: null })).toBe('')
  })

  it('reads and writes a status and a category, dropping unknown values', () => {
    expect(queueFilterFromSearch('?status=received&kategori=lighting')).toEqual({ status: 'received', category: 'lighting' })
    expect(queueFilterFromSearch('?status=bananas&kategori=x')).toEqual({ status: 'open', category: null })
    expect(queueSearchFor({ status: 'all', category: 'tunnels' })).toBe('?status=all&kategori=tunnels')
  })

  it('asks the API for the filter', () => {
    expect(queueApiPath({ status: 'open', category: null }, 50)).toBe('/api/reports?status=open&limit=50')
    expect(queueApiPath({ status: 'fixed', category: 'paths' }, 50)).toBe('/api/reports?status=fixed&category=paths&limit=50')
  })
})

describe('reports on the staff map', () => {
  it('puts each report at its exact point with its number and stage', () => {
    const points = reportPoints([report(), report({ id: 8, status: 'fixed', coordinates: [14.2, 59.3] })])
    expect(points.features.map((feature) => [feature.geometry.coordinates, feature.properties])).toEqual([
      [[14.1, 59.31], { point_id: 7, stage: 'waiting', label: '#7' }],
      [[14.2, 59.3], { point_id: 8, stage: 'closed', label: '#8' }],
    ])
  })

  it('groups statuses into waiting, open and closed', () => {
    expect(reportStage('received')).toBe('waiting')
    expect(['published', 'under_review', 'measure_planned'].map((status) => reportStage(status as StaffReport['status']))).toEqual(['open', 'open', 'open'])
    expect(['fixed', 'not_actionable', 'duplicate', 'rejected'].map((status) => reportStage(status as StaffReport['status']))).toEqual(['closed', 'closed', 'closed', 'closed'])
  })
})

describe('words and roles', () => {
  const t = (key: string, options?: Record<string, unknown>) => (options ? `${key} ${JSON.stringify(options)}` : key)

  it('names the report a duplicate belongs to', () => {
    expect(statusWord(report({ status: 'duplicate', duplicate_of: 3 }), t)).toBe('moderation.statusOf.duplicate {"id":3}')
    expect(statusWord(report({ status: 'under_review' }), t)).toBe('moderation.status.under_review')
  })

  it('lets the municipality and admins moderate, not the police', () => {
    expect(canModerate('kommun')).toBe(true)
    expect(canModerate('admin')).toBe(true)
    expect(canModerate('polis')).toBe(false)
    expect(canModerate(undefined)).toBe(false)
  })

  it('cuts a long text at a word', () => {
    expect(excerpt('kort text')).toBe('kort text')
    expect(excerpt('ett två tre fyra fem sex', 12)).toBe('ett två tre …')
  })
})
