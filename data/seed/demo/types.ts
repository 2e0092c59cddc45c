/** The shapes of the fictional demo set: plain objects, ready to insert or to serialise as JSON. */

/** [lon, lat] in WGS84, rounded to 6 decimals (about 0.1 m). */
export type LonLat = [number, number]
export interface PointGeometry {
  type: 'Point'
  coordinates: LonLat
}
export interface LineStringGeometry {
  type: 'LineString'
  coordinates: LonLat[]
}
export interface PolygonGeometry {
  type: 'Polygon'
  coordinates: LonLat[][]
}

export type UrbanAreaName = 'Kristinehamn' | 'Björneborg' | 'Bäckhammar'
export type Category =
  | 'lighting'
  | 'vegetation'
  | 'visibility'
  | 'paths'
  | 'tunnels'
  | 'graffiti_littering'
  | 'people_groups'
  | 'signage'
  | 'other'
/** Categories with their relative weights, for weighted random picks. */
export type CategoryWeights = readonly (readonly [Category, number])[]
export type Responsible = 'kommun' | 'polis' | 'fastighetsagare' | 'annan'

export interface DemoFocusZone {
  name: string
  kind: 'centrum'
  description: string
  geometry: PolygonGeometry
}

export interface DemoContactPerson {
  name: string
  phone: string
  email: string
  isMain: boolean
}

export interface DemoWatchArea {
  name: string
  urbanArea: UrbanAreaName
  status: 'planned' | 'active' | 'inactive'
  households: number
  /** ISO date; null when the area never had its start-up meeting. */
  startupMeetingOn: string | null
  lastVerifiedOn: string | null
  signsCount: number
  signsCondition: 'good' | 'worn' | 'damaged' | 'missing' | null
  signsCheckedOn: string | null
  notes: string
  geometry: PolygonGeometry
  contacts: DemoContactPerson[]
}

export interface DemoMeeting {
  kind: 'startup' | 'yearly' | 'update_visit'
  heldOn: string
  attendees: number
  heldBy: 'polis' | 'kommun' | 'polis_kommun'
  notes: string
  /** Indexes into `DemoData.watchAreas`. */
  areaIndexes: number[]
}

export interface DemoWalkObservation {
  category: Category
  assessment: 'safe' | 'unsafe'
  rating: number
  description: string
  proposedMeasure: string
  responsible: Responsible | null
  priority: 'low' | 'medium' | 'high' | null
  deadlineOn: string | null
  geometry: PointGeometry
  /** Set by walk-progress.ts after the walks are built. */
  measureStatus?: 'none' | 'proposed' | 'in_progress' | 'done' | 'not_done'
  measureReason?: string
  measureDoneOn?: string | null
}

export interface DemoSafetyWalk {
  title: string
  /** ISO timestamp with the Swedish UTC offset of that day, e.g. 2016-11-15T18:00:00+01:00. */
  startsAt: string
  light: 'daylight' | 'dark'
  status: 'planned' | 'done'
  meetingPointName: string
  meetingPoint: PointGeometry
  maxParticipants: number
  invited: string
  preMeetingOn: string
  followUpOn: string
  route: LineStringGeometry
  observations: DemoWalkObservation[]
  /** Set by walk-progress.ts after the walks are built. */
  howToJoin?: string
  /** The date the protocol was published (the follow-up meeting), if it was. */
  protocolPublishedOn?: string | null
}

export interface DemoReport {
  category: Category
  timeOfDay: 'day' | 'evening' | 'night'
  weekPart: 'weekday' | 'weekend' | 'all_week'
  description: string
  status: 'received' | 'published' | 'measure_planned' | 'fixed' | 'rejected'
  answer: string
  /** Why a report was rejected; empty otherwise. */
  statusReason: string
  meTooCount: number
  reportedAt: string
  /** The moderation steps after 'received', oldest first; the last is the current status. */
  history: { status: DemoReport['status']; at: string }[]
  geometry: PointGeometry
}

export interface DemoMeasure {
  title: string
  description: string
  type: 'lighting' | 'vegetation_clearance' | 'visibility' | 'furniture_fixings' | 'camera' | 'art_activity' | 'other'
  status: 'proposed' | 'decided' | 'done' | 'rejected'
  rejectedReason: string | null
  responsible: Responsible
  proposedOn: string
  decidedOn: string | null
  doneOn: string | null
  costSek: number | null
  geometry: PointGeometry | LineStringGeometry | PolygonGeometry
}

export interface DemoIncident {
  type: 'damage' | 'unsafe_place' | 'threat_staff' | 'event' | 'drug_dealing' | 'littering' | 'disruptive_group'
  organisation: 'kommun' | 'bostadsbolag' | 'vaktbolag' | 'polis' | 'raddningstjanst' | 'hemtjanst'
  occurredAt: string
  description: string
  geometry: PointGeometry
}

export interface DemoData {
  focusZones: DemoFocusZone[]
  watchAreas: DemoWatchArea[]
  meetings: DemoMeeting[]
  walks: DemoSafetyWalk[]
  reports: DemoReport[]
  measures: DemoMeasure[]
  incidents: DemoIncident[]
}

export interface DemoCounts {
  watchAreas: number
  contactPersons: number
  meetings: number
  walks: number
  observations: number
  reports: number
  measures: number
  focusZones: number
  incidents: number
}
