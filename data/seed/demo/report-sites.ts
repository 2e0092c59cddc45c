/** Where reports from the public come from and what they are mostly about. */
import { PLACES } from './centrum.ts'
import type { Place } from './centrum.ts'
import type { CategoryWeights } from './types.ts'

export interface ReportSite {
  /** Used in the description; null = somewhere else in town, with a generic label. */
  place: Place | null
  /** Standard deviation in metres of the scatter around the place. */
  spread: number
  /** Relative share of all reports. */
  weight: number
  categories: CategoryWeights
}

/** Where the reports cluster: the problem picture puts the unsafety in the centre. */
export const REPORT_SITES: readonly ReportSite[] = [
  {
    place: PLACES.norraTorget,
    spread: 70,
    weight: 22,
    categories: [['people_groups', 35], ['graffiti_littering', 25], ['lighting', 25], ['visibility', 10], ['other', 5]],
  },
  {
    place: PLACES.kungsgatan,
    spread: 70,
    weight: 12,
    categories: [['people_groups', 30], ['graffiti_littering', 30], ['lighting', 25], ['signage', 5], ['visibility', 10]],
  },
  {
    place: PLACES.sodraTorget,
    spread: 60,
    weight: 12,
    categories: [['people_groups', 35], ['lighting', 30], ['graffiti_littering', 20], ['vegetation', 15]],
  },
  {
    place: PLACES.resecentrum,
    spread: 75,
    weight: 18,
    categories: [['people_groups', 35], ['lighting', 30], ['graffiti_littering', 15], ['signage', 10], ['visibility', 10]],
  },
  {
    place: PLACES.stadsparken,
    spread: 70,
    weight: 14,
    categories: [['vegetation', 35], ['lighting', 35], ['paths', 15], ['people_groups', 15]],
  },
  {
    place: PLACES.gangtunneln,
    spread: 25,
    weight: 4,
    categories: [['tunnels', 70], ['lighting', 20], ['graffiti_littering', 10]],
  },
  {
    place: null,
    spread: 0,
    weight: 18,
    categories: [
      ['lighting', 30], ['paths', 18], ['vegetation', 18], ['tunnels', 8], ['visibility', 8], ['graffiti_littering', 10],
      ['people_groups', 6], ['signage', 2],
    ],
  },
]

/** Places in the rest of town, for the reports that are not in the centre. */
export const OUTSKIRT_LABELS = [
  'Gångväg vid skolan', 'Busshållplatsen', 'Lekplatsen', 'Gång- och cykelvägen', 'Parkeringen vid idrottsplatsen',
  'Gångtunneln under vägen', 'Återvinningsstationen', 'Stigen mellan bostadsområdena',
]
