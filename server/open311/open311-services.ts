/**
 * Our report categories as Open311 GeoReport v2 services, and a report's other fields as a
 * service's attributes. Everything here is derived from the report schema, so a new category
 * or time of day shows up in Open311 without anyone editing this file (the labels are typed).
 */
import { categoryLabels } from '../reports/report-labels.ts'
import { reportCategories } from '../shared/api/report-schemas.ts'
import type { ReportCategory, timesOfDay, weekParts } from '../shared/api/report-schemas.ts'

/** The one jurisdiction this server answers for; a request naming another one is refused. */
export const JURISDICTION_ID = 'kristinehamn.se'

export interface Open311Service {
  service_code: string
  service_name: string
  description: string
  /** Every service has attributes (time of day, days of the week). */
  metadata: true
  /** A report gets its id at once. */
  type: 'realtime'
  keywords: string
  group: string
}

export interface Open311AttributeValue {
  key: string
  name: string
}

export interface Open311Attribute {
  /** false: information shown to the person, not a field to fill in. */
  variable: boolean
  code: string
  datatype: 'string' | 'singlevaluelist'
  required: boolean
  datatype_description: string | null
  order: number
  description: string
  values: Open311AttributeValue[]
}

export interface Open311ServiceDefinition {
  service_code: string
  attributes: Open311Attribute[]
}

const serviceDescriptions: Record<ReportCategory, string> = {
  lighting: 'Mörka platser: lampor som saknas, är trasiga eller lyser för svagt.',
  vegetation: 'Buskar och träd som skymmer sikten eller gör en plats mörk och instängd.',
  visibility: 'Platser där man inte kan se eller bli sedd, till exempel skymda hörn och murar.',
  paths: 'Gångvägar som är dåliga, smala eller svåra att ta sig fram på.',
  tunnels: 'Tunnlar och passager som känns otrygga att gå igenom.',
  graffiti_littering: 'Klotter, skadegörelse och skräp som gör att platsen känns övergiven.',
  people_groups: 'Platser där folksamlingar gör att man känner sig otrygg. Beskriv platsen, inte personerna.',
  signage: 'Skyltar som saknas eller är svåra att förstå, så att man inte hittar rätt.',
  other: 'Något annat som gör platsen otrygg.',
}

const serviceKeywords: Record<ReportCategory, string> = {
  lighting: 'belysning, lampa, gatlykta, mörkt',
  vegetation: 'växtlighet, buskar, träd, röjning',
  visibility: 'sikt, överblick, skymt, hörn',
  paths: 'gångväg, cykelväg, tillgänglighet, underlag',
  tunnels: 'tunnel, gångtunnel, passage, viadukt',
  graffiti_littering: 'klotter, skadegörelse, skräp, nedskräpning',
  people_groups: 'folksamling, grupper, personer',
  signage: 'skylt, skyltning, vägvisning',
  other: 'övrigt, annat',
}

const timeOfDayNames: Record<(typeof timesOfDay)[number], string> = { day: 'Dagtid', evening: 'Kväll', night: 'Natt' }
const weekPartNames: Record<(typeof weekParts)[number], string> = { weekday: 'Vardagar', weekend: 'Helger', all_week: 'Hela veckan' }

/** What every category's report asks for besides the place and the text, as in the web form. */
export const reportAttributes = {
  time_of_day: { description: 'När känns platsen otrygg?', names: timeOfDayNames },
  week_part: { description: 'Vilka dagar?', names: weekPartNames },
} as const
export type ReportAttributeCode = keyof typeof reportAttributes
export const reportAttributeCodes = Object.keys(reportAttributes) as ReportAttributeCode[]

export const isServiceCode = (code: string): code is ReportCategory => (reportCategories as readonly string[]).includes(code)

export function serviceList(): Open311Service[] {
  return reportCategories.map((category) => ({
    service_code: category,
    service_name: categoryLabels[category],
    description: serviceDescriptions[category],
    metadata: true,
    type: 'realtime',
    keywords: serviceKeywords[category],
    group: 'Otrygga platser',
  }))
}

/** The attributes a report of this category takes, then what the person should know before sending. */
export function serviceDefinition(category: ReportCategory, gridMetres: number): Open311ServiceDefinition {
  const choices = reportAttributeCodes.map(
    (code, index): Open311Attribute => ({
      variable: true,
      code,
      datatype: 'singlevaluelist',
      required: true,
      datatype_description: 'Välj ett av värdena.',
      order: index + 1,
      description: reportAttributes[code].description,
      values: Object.entries(reportAttributes[code].names).map(([key, name]) => ({ key, name })),
    }),
  )
  const notice: Open311Attribute = {
    variable: false,
    code: 'public_record',
    datatype: 'string',
    required: false,
    datatype_description: null,
    order: choices.length + 1,
    description:
      'Det du skickar blir en allmän handling enligt offentlighetsprincipen. Beskriv platsen och miljön i description ' +
      `(5–2000 tecken), inte enskilda personer. Kommunen granskar rapporten innan den visas på kartan, med platsen avrundad till ett rutnät på ${gridMetres} m. ` +
      'Namn, e-post och telefon sparas inte.',
    values: [],
  }
  return { service_code: category, attributes: [...choices, notice] }
}
