/**
 * Colours of the map and its legend. Okabe–Ito hues stay apart for the common kinds of colour
 * blindness; every feature also differs by shape or line pattern, and the legend names it in text.
 * Outlines are darker so shapes keep a 3:1 contrast with the light basemap.
 */
export const okabeIto = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const

export const basemapColours = {
  /** Outside the municipality: a muted grey so the municipality stands out. */
  outside: '#dedcd6',
  land: '#f7f5f0',
  urbanFill: '#ece4d4',
  urbanOutline: '#b9a888',
  boundary: '#4d4d4d',
  label: '#2f2a22',
  halo: '#ffffff',
} as const

export const watchStatusColours = {
  active: { fill: okabeIto.bluishGreen, line: '#00664c' },
  planned: { fill: okabeIto.skyBlue, line: '#1d6ea3' },
  inactive: { fill: '#9a9a9a', line: '#5c5c5c' },
} as const

export const layerColours = {
  centreFill: okabeIto.yellow,
  centreLine: '#1a1a1a',
  walk: okabeIto.blue,
  walkCasing: '#ffffff',
  observationSafe: okabeIto.bluishGreen,
  observationUnsafe: okabeIto.vermillion,
  report: okabeIto.reddishPurple,
  reportStroke: '#5e1f47',
  measure: okabeIto.orange,
  measureLine: '#8a5a00',
  measureRejected: '#8c8c8c',
  markerStroke: '#1a1a1a',
  selection: '#111111',
  selectionHalo: '#ffffff',
} as const

/**
 * Reports on the open map by status, all in the purple family that says "report" (green and
 * orange belong to walk observations and measures): open is filled purple, with a thick black edge
 * while it is looked into; a planned measure is a white ring; fixed is dark with a white edge; "no
 * action" is grey. Fill and edge differ, not only the hue, and the legend, list and details say
 * the status in words.
 */
export const reportStatusStyles = {
  published: { fill: okabeIto.reddishPurple, stroke: '#5e1f47', strokeWidth: 1.5 },
  under_review: { fill: okabeIto.reddishPurple, stroke: '#111111', strokeWidth: 3 },
  measure_planned: { fill: '#ffffff', stroke: '#8e2f6b', strokeWidth: 3 },
  fixed: { fill: '#5e1f47', stroke: '#ffffff', strokeWidth: 2 },
  not_actionable: { fill: '#a3a3a3', stroke: '#4d4d4d', strokeWidth: 1.5 },
} as const

/** The density of reports on a zoomed-out map: from clear through light pink to deep purple. */
export const reportDensityRamp = ['rgba(204, 121, 167, 0)', 'rgba(240, 200, 222, 0.6)', '#e08fbd', '#cc79a7', '#8e2f6b', '#4a0f34'] as const

/**
 * The police's grannsamverkan screen: an area's state. "Needs update" is also hatched and every
 * state has its own outline pattern and a label in words, so colour is never the only cue.
 */
export const areaStateColours = {
  needs_update: { fill: okabeIto.vermillion, line: '#8f3e00' },
  in_order: watchStatusColours.active,
  planned: watchStatusColours.planned,
  inactive: watchStatusColours.inactive,
} as const

/**
 * Coverage on the police's map. Blue is apart from the states' vermillion, green and grey for every
 * common colour blindness, and the cross-hatch and dotted outline (not the colour) mark the parts.
 * Hints are white rings with a dark purple edge: a shape no area has.
 */
export const coverageColours = {
  uncovered: okabeIto.blue,
  uncoveredLine: '#00446b',
  hint: '#ffffff',
  hintStroke: '#5e1f47',
} as const
