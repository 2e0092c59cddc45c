/**
 * Staff incident reports (EST) over the last year: the housing company, security guards, home
 * care and the police reporting damage, littering, groups and the like, mostly in the centre and
 * in the evening. Descriptions name places and things, never people.
 */
import { PLACES } from './centrum.ts'
import { localTimestamp } from './dates.ts'
import { gaussianPointNear, pointGeometry } from './geometry.ts'
import { createRng } from './random.ts'
import type { DemoIncident } from './types.ts'

const INCIDENT_COUNT = 90
const HISTORY_DAYS = 365

const DESCRIPTIONS: Record<DemoIncident['type'], readonly string[]> = {
  damage: ['Krossad glasruta i busskuren.', 'Sönderslagen belysningsarmatur.', 'Skadad parkbänk.'],
  unsafe_place: ['Mörkt parti där flera lampor är ur funktion.', 'Skymd passage bakom containrarna.'],
  threat_staff: ['Personal hotad under kvällsrunda.', 'Verbalt hot mot personal vid entrén.'],
  event: ['Större samling efter evenemang på torget.', 'Brand i papperskorg, släckt av personal.'],
  drug_dealing: ['Misstänkt försäljning vid cykelstället, rapporterat till polisen.'],
  littering: ['Mycket skräp och glas efter helgen.', 'Nedskräpning vid bänkarna.'],
  disruptive_group: ['Störande grupp vid entrén sent på kvällen.', 'Högljudd samling vid busshållplatsen.'],
}

export function buildIncidents(refDay: number): DemoIncident[] {
  const rng = createRng('incidents')
  const places = Object.values(PLACES)
  const incidents: DemoIncident[] = []
  for (let n = 0; n < INCIDENT_COUNT; n++) {
    const type = rng.weighted([
      ['littering', 25], ['damage', 22], ['disruptive_group', 18], ['unsafe_place', 12], ['event', 10], ['drug_dealing', 8], ['threat_staff', 5],
    ] as const)
    const organisation = rng.weighted([['bostadsbolag', 30], ['vaktbolag', 25], ['kommun', 20], ['polis', 15], ['hemtjanst', 5], ['raddningstjanst', 5]] as const)
    const day = refDay - rng.int(1, HISTORY_DAYS)
    const hour = rng.chance(0.6) ? rng.int(18, 23) : rng.int(8, 17)
    incidents.push({
      type,
      organisation,
      occurredAt: localTimestamp(day, hour, rng.int(0, 59)),
      description: rng.pick(DESCRIPTIONS[type]),
      geometry: pointGeometry(gaussianPointNear(rng, rng.pick(places).at, 80)),
    })
  }
  return incidents
}
