/**
 * Kristinehamn's medborgarlöfte 2016–2017, word for word from the municipality's text
 * (data/open/medborgarloften/kristinehamn-2016-2017.txt), with the indicators that follow it up.
 * Real data, not demo: loaded once into every installation and published.
 */
import type { Queryable } from '../../server/db/database.ts'
import type { IndicatorKind, PromiseResponsible } from '../../server/shared/api/promise-schemas.ts'

export const PERIOD_2016_2017 = {
  municipalityCode: '1781',
  title: 'Medborgarlöfte 2016-2017',
  startsOn: '2016-01-01',
  endsOn: '2017-12-31',
  introduction: [
    'Kristinehamns kommun och lokalpolisområde Kristinehamn har tecknat medborgarlöften för 2016-2017.',
    'Samverkan mellan polis och kommun är en nödvändighet för att kunna arbeta effektivt med brottsförebyggande- och trygghetsskapande arbete. Medborgarlöftet är en del av polismyndighetens nya styrning och innebär att den lokala problembilden ska vara utgångspunkt för de mål som polisen arbetar med lokalt.',
    'Medborgarlöftet är en del av kommunens och polisens samverkansöverens-kommelser. Det handlar om konkreta aktiviteter som kommun och polis till-sammans kommit överens om som ska ge effekten att öka tryggheten och minska brottsligheten.',
    // The asterisk is the document's own (its footnote is not in the published text).
    'Genom medborgarlöftet ska medborgar- och medarbetarperspektivet tas till-vara i högre utsträckning för att tydliggöra den lokala problembilden. *',
  ].join('\n\n'),
  problemTitle: 'Problembild – otrygghet i centrum',
  problemPicture:
    'Många medborgare upplever otrygghet i centrala Kristinehamn när personer uppehåller sig i - eller rör sig grupp. Missbrukares uppträdande i centrum är en annan faktor som påverkar tryggheten negativt. Positivt är att antalet anmälda brott har sjunkit stadigt sedan år 2009 i Kristinehamns kommun.',
  goal: 'Kristinehamns kommun och polisen ska gemensamt arbeta för att öka den upplevda tryggheten i Kristinehamn.\n\nDet gör vi genom att:',
  followUp:
    'Uppföljning av medborgarlöftet ska genomföras genom Statistiska Centralby-råns medborgarundersökning samt enkätfrågor på kommunens hemsida. An-svarig: Kommunen Resultatet kommer att presenteras på kommunens hemsida.',
  validity: 'Medborgarlöftet gäller tills nya medborgarlöften för 2018 undertecknats.',
}

interface SeedPromise {
  text: string
  responsible: PromiseResponsible
  responsibleText: string
  indicators: { kind: IndicatorKind; label: string; target: number | null }[]
}

/** In the document's order; "Ansvarig" is kept as written, `responsible` says who answers for it. */
export const PROMISES_2016_2017: readonly SeedPromise[] = [
  {
    text: 'Kommunen och polisen lovar att verka för inkludering av nyanlända.',
    responsible: 'kommunen',
    responsibleText: 'Kommunen',
    indicators: [{ kind: 'activities', label: 'Aktiviteter för inkludering av nyanlända', target: null }],
  },
  {
    text: 'Polisen lovar att arbeta med ordnings- och trygghetsfrågor i centrala Kristinehamn.',
    responsible: 'polisen',
    responsibleText: 'Polisen',
    indicators: [{ kind: 'activities', label: 'Polisens närvaro och insatser i centrum', target: null }],
  },
  {
    text: 'Kristinehamns kommun och polisen lovar att genomföra trygghets-vandringar vid minst två tillfällen under respektive år.',
    responsible: 'kommunen',
    responsibleText: 'Kommunen',
    indicators: [{ kind: 'walks_done', label: 'Trygghetsvandringar genomförda', target: 2 }],
  },
  {
    text: 'Kristinehamns kommun lovar att arbeta med att skapa tryggare miljöer i centrum.',
    responsible: 'kommunen',
    responsibleText: 'Kommunen',
    indicators: [{ kind: 'centrum_measures_done', label: 'Åtgärder för tryggare miljö klara i centrumzonen', target: null }],
  },
  {
    text: 'Polisen lovar att uppdatera befintliga grannsamverkansområden och hålla uppstartsmöten för grannsamverkan minst två gånger respektive år.',
    responsible: 'both',
    responsibleText: 'Polisen i samverkan med kommunen',
    indicators: [
      { kind: 'startup_meetings', label: 'Uppstartsmöten för grannsamverkan', target: 2 },
      { kind: 'areas_updated', label: 'Befintliga grannsamverkansområden uppdaterade', target: null },
    ],
  },
]

/**
 * Inserts and publishes the 2016–2017 period into an installation that has no promise period yet.
 * Once there it is the municipality's to correct, so a later seed never adds it again.
 */
export async function loadPromise2016To2017(tx: Queryable): Promise<void> {
  const period = PERIOD_2016_2017
  const [existing] = await tx.query('SELECT 1 FROM promise_period WHERE municipality_code = $1', [period.municipalityCode])
  if (existing) return
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO promise_period (municipality_code, title, starts_on, ends_on, introduction, problem_title, problem_picture,
       goal, follow_up, validity, published_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now()) RETURNING id`,
    [
      period.municipalityCode, period.title, period.startsOn, period.endsOn, period.introduction, period.problemTitle,
      period.problemPicture, period.goal, period.followUp, period.validity,
    ],
  )
  if (!row) throw new Error('promise period insert returned no row')
  for (const [index, promise] of PROMISES_2016_2017.entries()) {
    const [inserted] = await tx.query<{ id: number }>(
      'INSERT INTO promise (period_id, position, text, responsible, responsible_text) VALUES ($1, $2, $3, $4, $5) RETURNING id',
      [row.id, index + 1, promise.text, promise.responsible, promise.responsibleText],
    )
    if (!inserted) throw new Error('promise insert returned no row')
    for (const [position, indicator] of promise.indicators.entries()) {
      await tx.query(
        'INSERT INTO promise_indicator (promise_id, position, kind, label, target_per_year) VALUES ($1, $2, $3, $4, $5)',
        [inserted.id, position + 1, indicator.kind, indicator.label, indicator.target],
      )
    }
  }
}
